/**
 * An answer card for a question that asks for a figure (杭州流动党员有多少, 2011年杭州新建了多少党组织,
 * 商务楼宇党建覆盖率): the figure of the statistics that matches what is asked, where and when, with
 * its source and dataset. Never a figure for a place or year the data does not have: the answer then
 * says so and gives what the data has instead.
 *
 * What is asked is read from the query: years (2011年), places (the regions' names and short forms,
 * 杭州 for 杭州市), and the rest, matched against indicator names by the share of its character
 * pairs they contain, with a bonus when the name ends as the query does (Chinese puts the thing
 * counted last: 新建了多少党组织 counts 党组织) and when the unit is the one asked for (多少家).
 */
import type { AssistFiguresShard, FigureRecord } from './assist-data';
import { compact, type SearchQuery } from './query';

export type FigureAnswer = {
  /** What is counted: the indicator's name. */
  indicator: string;
  /** The value as pages show it: `10,000名以上`. */
  value: string;
  place: string;
  period: string;
  dataset: string;
  datasetUrl: string;
  source: string;
  sourceUrl: string;
  /** What the question named that the data does not have, so the figure shown is another one. */
  missing?: { place?: string; year?: number };
  /** With `missing`: the other places and periods the data has for this indicator. */
  alternatives?: string[];
};

const YEAR = /((?:19|20)\d{2})年?/gu;

/** Character pairs of a text (a single character stands for itself). */
function pairs(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** How many characters two texts end with in common. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How well an indicator's names match what is asked (0 when no pair of characters is shared). */
function indicatorScore(asked: string, names: readonly string[], unit: string, measure: string | undefined): number {
  const wanted = pairs(asked);
  if (wanted.length === 0) return 0;
  let best = 0;
  for (const name of names) {
    const have = new Set(pairs(name));
    const shared = wanted.filter((p) => have.has(p)).length;
    if (shared === 0) continue;
    // Coverage of what is asked first; among equals, the shorter name (less it adds).
    const score = shared / wanted.length + shared / (have.size * 20) + (sharedEnd(asked, name) >= 2 ? 0.5 : 0);
    best = Math.max(best, score);
  }
  return best === 0 ? 0 : best + (measure && unit === measure ? 0.3 : 0);
}

type Located = { shard: AssistFiguresShard; figure: FigureRecord; score: number };

const regionName = (shard: AssistFiguresShard, at: number) => shard.regions[at]!.names[0]!;
/** How many regions up the registry a region has (a province 0, a city 1 …): broader places first. */
function depth(shard: AssistFiguresShard, at: number): number {
  let n = 0;
  for (let r = shard.regions[at]; r?.parent !== undefined && n < 10; r = shard.regions[r.parent]) n++;
  return n;
}

/**
 * The places named in `text` (the regions' names and short forms, longest first), and the text
 * without them. A name that reads as a place the registry does not hold (北京市, 某某县) is named
 * too: the data has nothing for it.
 */
function placesIn(text: string, shards: readonly AssistFiguresShard[]): { places: string[]; rest: string } {
  const forms = shards.flatMap((s) => s.regions.flatMap((r) => r.names.map((form) => ({ form: compact(form), place: r.names[0]! }))));
  forms.sort((a, b) => b.form.length - a.form.length);
  const places: string[] = [];
  let rest = text;
  for (const { form, place } of forms) {
    if (form.length < 2 || !rest.includes(form)) continue;
    rest = rest.replace(form, ' ');
    if (!places.includes(place)) places.push(place);
  }
  const unknown = /^\p{Script=Han}{2,3}?(?:省|市|县|区|镇|乡|街道)/u.exec(rest.trim())?.[0];
  if (places.length === 0 && unknown) {
    places.push(unknown);
    rest = rest.replace(unknown, ' ');
  }
  return { places, rest: rest.replace(/\s+/g, '') };
}

/**
 * The answer to `queries` (the typed query first, then its synonyms' queries), from the figure
 * shards; null when the query does not ask for a figure the statistics hold.
 */
export function answerFigure(queries: readonly SearchQuery[], shards: readonly AssistFiguresShard[]): FigureAnswer | null {
  const typed = queries[0];
  if (!typed?.phrase) return null;
  const years = [...typed.phrase.matchAll(YEAR)].map((m) => Number(m[1]));
  let place: string | undefined;
  const scores = new Map<FigureRecord, Located>();
  for (const query of queries) {
    // The words as typed (with their spaces): 杭州 市流动人员党委 is 杭州 and a name, not 杭州市.
    const { places, rest } = placesIn(query.text.replace(YEAR, ' '), shards);
    place ??= places[0];
    const asked = rest.replace(/^[的在了有共]+|[的了]+$/gu, '');
    // Without 多少, 几个 … only an indicator's name (or short name), with a place or a year, asks for a figure.
    if (!typed.asksForNumber && !(places.length || years.length)) continue;
    for (const shard of shards) {
      shard.indicators.forEach((ind, i) => {
        const names = [ind.name, ...(ind.short ? [ind.short] : [])].map(compact);
        const outright = names.some((n) => n.length >= 3 && asked.includes(n));
        if (!typed.asksForNumber && !outright) return;
        const score = indicatorScore(asked, names, ind.unit, typed.measure);
        if (score < 0.5) return;
        for (const figure of shard.figures) {
          if (figure.i === i && (scores.get(figure)?.score ?? 0) < score) scores.set(figure, { shard, figure, score });
        }
      });
    }
  }
  const candidates = [...scores.values()];
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((c) => c.score));
  // Indicators nearly as good as the best stay in: the place asked for may be in one of them only.
  const close = candidates.filter((c) => c.score >= top * 0.75);
  const atPlace = (c: Located) => !place || regionName(c.shard, c.figure.r) === place;
  const inYear = (c: Located) => years.length === 0 || years.includes(c.figure.y);
  const order = (a: Located, b: Located) =>
    b.score - a.score ||
    (b.figure.h ?? 0) - (a.figure.h ?? 0) ||
    depth(a.shard, a.figure.r) - depth(b.shard, b.figure.r) ||
    b.figure.y - a.figure.y;
  const matching = close.filter((c) => atPlace(c) && inYear(c)).sort(order);
  if (matching.length) return toAnswer(matching[0]!);

  // The data does not have what was asked: the best figure it has, saying what it lacks.
  const placeKnown = close.some(atPlace);
  const yearKnown = close.some(inYear);
  const missing = {
    ...(place && (!placeKnown || yearKnown) ? { place } : {}),
    ...(years.length && (!yearKnown || placeKnown) ? { year: years[0] } : {}),
  };
  // What the data has: for the place asked, if it has that; else for the year asked; else the best.
  const pool = placeKnown ? close.filter(atPlace) : yearKnown ? close.filter(inYear) : close;
  const [best, ...others] = pool.sort(order);
  const alternatives = others
    .filter((c) => c.figure.i === best!.figure.i && c.shard === best!.shard)
    .slice(0, 4)
    .map((c) => `${regionName(c.shard, c.figure.r)}（${c.figure.p}）${c.figure.v}`);
  return { ...toAnswer(best!), missing, ...(alternatives.length ? { alternatives } : {}) };
}

function toAnswer({ shard, figure }: Located): FigureAnswer {
  const ds = shard.datasets[figure.d]!;
  return {
    indicator: shard.indicators[figure.i]!.name,
    value: figure.v,
    place: regionName(shard, figure.r),
    period: figure.p,
    dataset: ds.title,
    datasetUrl: ds.url,
    source: ds.source,
    sourceUrl: ds.sourceUrl,
  };
}
