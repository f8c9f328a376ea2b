/**
 * What search knows besides Pagefind's index, made from content/ and data/ at build time and
 * fetched by the search UI only when it is used (on the search page, or once the header box is
 * focused). Three kinds of file, all under `search/`:
 *
 * - `terms.json`, always: the glossary's synonyms, the names a slip or typed pinyin is matched
 *   against (terms and their aliases, the 五个一 items, places), which characters sound alike, the
 *   place names a figure question may use, and the list of the other files. It grows with the
 *   glossary and the region registry only.
 * - `names-<n>.json`: titles of everything else (methods and their aliases, cases, policies, source
 *   documents, datasets), in shards of at most {@link NAMES_PER_SHARD}; loaded only to suggest a
 *   correction for a query that found nothing.
 * - `figures-<n>.json`: the statistics' figures, whole datasets per shard up to
 *   {@link FIGURES_PER_SHARD}; loaded only for a query that asks for a number or names a place or year.
 *
 * The browser imports only the types from here (`import type`); the builders run in the build.
 */
import { nameSyllables, homophones } from './pinyin';
import { fold } from './query';

/** A name as suggested: its text, and its toneless syllables (`shuang tong bu`) when all Han. */
export type AssistName = [name: string, pinyin?: string];

/** A glossary term with its other names (`names[0]` is the term), and phrases that ask for it. */
export type SynonymGroup = { names: string[]; asked?: string[] };

export type AssistTerms = {
  synonyms: SynonymGroup[];
  /** Names to suggest, in order of preference: glossary, 五个一, places. */
  names: AssistName[];
  /** Toneless syllable → the characters that read so (the names' characters and their common homophones). */
  sounds: Record<string, string>;
  /** Place names, with their short forms (杭州 for 杭州市), that may make a query a figure question. */
  places: string[];
  /** The other files, as paths below the site's base. */
  shards: { names: string[]; figures: string[] };
};

export type AssistNamesShard = { names: AssistName[] };

/** One figure: indexes into its shard's lists, with the period and value as pages show them. */
export type FigureRecord = {
  /** Indicator (index into `indicators`). */
  i: number;
  /** Region (index into `regions`). */
  r: number;
  /** Period as shown: `截至2011年11月`, `2011年9月30日`. */
  p: string;
  /** The year the period ends in. */
  y: number;
  /** Value as shown, with unit and approximation: `10,000名以上`, `43.91%`, `未披露`. */
  v: string;
  /** Dataset (index into `datasets`). */
  d: number;
  /** 1 when the dataset names the figure among its key figures. */
  h?: 1;
};

export type AssistFiguresShard = {
  datasets: { title: string; url: string; source: string; sourceUrl: string }[];
  indicators: { name: string; short?: string; unit: string }[];
  /** Regions: the name, its short forms, and the region it lies in (index). */
  regions: { names: string[]; parent?: number }[];
  figures: FigureRecord[];
};

export const NAMES_PER_SHARD = 400;
export const FIGURES_PER_SHARD = 400;

/** A name as people type it: without quotes and book-title marks (`“双同步”工作机制` → `双同步工作机制`). */
export function plainName(name: string): string {
  return name.replace(/[“”‘’"'《》「」]/gu, '').trim();
}

/** Names without repeats (compared folded), in order. */
function unique(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = plainName(raw);
    const key = fold(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Names with their pinyin (short, all-Han names only: typed pinyin spells short names). */
function withPinyin(names: readonly string[]): AssistName[] {
  return names.map((name) => {
    const syllables = name.length <= 8 ? nameSyllables(name) : null;
    return syllables ? [name, syllables.join(' ')] : [name];
  });
}

/**
 * The forms a place is asked by: its name, without the suffix of its level (`杭州市` → `杭州`,
 * `萧山区` → `萧山`, `石桥街道` → `石桥`) and split at a bracket (`高新区（滨江）` → `高新区`,
 * `滨江`). A name the source masks (`*市（广东）`) has no short form: `广东` means the province.
 */
export function placeForms(name: string): string[] {
  if (name.includes('*')) return [name];
  const forms = [name];
  const bracket = /^(.+?)（(.+)）$/u.exec(name);
  const cores = bracket ? [bracket[1]!, bracket[2]!] : [name];
  for (const core of cores) {
    forms.push(core);
    const short = core.replace(/(省|市|区|县|镇|乡|街道)$/u, '');
    if (short !== core && short.length >= 2) forms.push(short);
  }
  return unique(forms);
}

export type AssistInput = {
  glossary: readonly { term: string; aliases: readonly string[]; searchTerms: readonly string[] }[];
  program: readonly { title: string; short: string }[];
  /** Titles outside the glossary and 五个一, with their other names (a method's aliases). */
  titles: readonly { title: string; aliases?: readonly string[] }[];
  regions: readonly { name: string }[];
};

/** `count` files named `search/<kind>-1.json` … */
const shardPaths = (kind: string, count: number) => Array.from({ length: count }, (_, i) => `search/${kind}-${i + 1}.json`);

/** The titles' names in shards of at most `size`. */
export function nameShards(titles: AssistInput['titles'], size = NAMES_PER_SHARD): AssistNamesShard[] {
  const names = withPinyin(unique(titles.flatMap((t) => [t.title, ...(t.aliases ?? [])])));
  const shards: AssistNamesShard[] = [];
  for (let i = 0; i < names.length; i += size) shards.push({ names: names.slice(i, i + size) });
  return shards;
}

export function assistTerms(input: AssistInput, shardCounts: { names: number; figures: number }): AssistTerms {
  const synonyms = input.glossary.map((t) => {
    const names = unique([t.term, ...t.aliases]);
    const asked = unique(t.searchTerms);
    return asked.length ? { names, asked } : { names };
  });
  const core = unique([
    ...input.glossary.flatMap((t) => [t.term, ...t.aliases]),
    ...input.program.flatMap((p) => [p.short, p.title]),
    ...input.regions.map((r) => r.name),
  ]);
  const places = unique(input.regions.flatMap((r) => placeForms(r.name)));
  const allText = [...core, ...input.titles.flatMap((t) => [t.title, ...(t.aliases ?? [])])].join('');
  return {
    synonyms,
    names: withPinyin(core),
    sounds: homophones(new Set(allText)),
    places,
    shards: { names: shardPaths('names', shardCounts.names), figures: shardPaths('figures', shardCounts.figures) },
  };
}

/** What the figure shards are made from: every dataset with its resolved observations. */
export type FigureInput = {
  datasets: readonly {
    title: string;
    url: string;
    source: string;
    sourceUrl: string;
    figures: readonly { indicator: string; region: string; period: string; year: number; value: string; highlight: boolean }[];
  }[];
  indicators: ReadonlyMap<string, { name: string; shortName?: string; unit: string }>;
  regions: ReadonlyMap<string, { name: string; parent?: string }>;
};

/** The figures in shards of whole datasets, at most `size` figures a shard (a larger dataset alone). */
export function figureShards(input: FigureInput, size = FIGURES_PER_SHARD): AssistFiguresShard[] {
  const groups: FigureInput['datasets'][number][][] = [];
  let count = Infinity;
  for (const ds of input.datasets) {
    if (count + ds.figures.length > size) {
      groups.push([]);
      count = 0;
    }
    groups.at(-1)!.push(ds);
    count += ds.figures.length;
  }
  return groups.map((datasets) => {
    const shard: AssistFiguresShard = { datasets: [], indicators: [], regions: [], figures: [] };
    const indicatorAt = new Map<string, number>();
    const regionAt = new Map<string, number>();
    const indicator = (id: string) => {
      if (!indicatorAt.has(id)) {
        const ind = input.indicators.get(id)!;
        indicatorAt.set(id, shard.indicators.push({ name: ind.name, ...(ind.shortName && ind.shortName !== ind.name ? { short: ind.shortName } : {}), unit: ind.unit }) - 1);
      }
      return indicatorAt.get(id)!;
    };
    const region = (id: string): number => {
      if (!regionAt.has(id)) {
        const r = input.regions.get(id)!;
        const at = shard.regions.push({ names: placeForms(r.name) }) - 1;
        regionAt.set(id, at);
        if (r.parent && input.regions.has(r.parent)) shard.regions[at]!.parent = region(r.parent);
      }
      return regionAt.get(id)!;
    };
    for (const ds of datasets) {
      const d = shard.datasets.push({ title: ds.title, url: ds.url, source: ds.source, sourceUrl: ds.sourceUrl }) - 1;
      for (const f of ds.figures) {
        shard.figures.push({ i: indicator(f.indicator), r: region(f.region), p: f.period, y: f.year, v: f.value, d, ...(f.highlight ? { h: 1 as const } : {}) });
      }
    }
    return shard;
  });
}
