/**
 * A reminder for editors, not a proof: a page that names a place of the region registry, or a
 * year, which none of the source documents it cites mentions, gets a warning.
 *
 * What "mentions" can mean here: the project does not hold the source documents' text (they stay
 * outside the repository, and the build never reads them). It holds each source's entry in
 * `content/reports/` — title, place, date, publisher, summary, what the site drew from it
 * (`drawnInto`) and a body that retells the document section by section. That entry is what a page
 * is compared with. So a warning says "the site's own record of this source does not show it":
 * either the page says more than its sources, or it cites the wrong one, or the report entry
 * leaves out something the source does say (then add it there). Silence proves nothing about the
 * source itself.
 *
 * What is compared:
 * - places: every name of `data/regions.json` and its short form without 省/市/区/县/镇/乡/街道
 *   (`萧山区` and `萧山`); names the sources mask or that carry a note in brackets (`*市（广东）`,
 *   `高新区（滨江）`) cannot be written in running text and are left out;
 * - years: a four-digit year followed by 年 in text (`2011年`), and the year of a date field
 *   (`period`, `issuedAt`, `asOf` …) — against any year the report entry names, its `date` included.
 * The text of a page is its frontmatter strings and its body, without the text of Markdown links
 * (a link names another page, whose own sources answer for it).
 *
 * Known false positives: a place inside a proper name (`西湖先锋创先争优活动` names 西湖); a place
 * or year in a sentence that points at another page without linking it (`杭州下城区的类似做法见…`);
 * a year the page works out from the source's words (`上年底` in a 2011 report is 2010); and
 * anything the source says that its report entry does not retell.
 */
import type { Problem } from './problems';

/** A page to check: its file, the report ids it cites, its frontmatter and its body. */
export type ClaimPage = {
  file: string;
  sources: readonly string[];
  data: Record<string, unknown>;
  /** The body with the frontmatter blanked, so that positions keep their line numbers. */
  body: string;
  /** 1-based line of a top-level frontmatter field. */
  fieldLine: (field: string) => number | undefined;
};

/** A region of the registry: its name (`萧山区`). */
export type RegionName = { id: string; name: string };

const SUFFIX = /(?:省|市|区|县|镇|乡|街道)$/;
const DATE_VALUE = /^((?:19|20)\d\d)(?:-\d\d){0,2}$/;
const YEAR_IN_TEXT = /(?<![\d.])((?:19|20)\d\d)(?=年)/g;
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;
const LINK = /\[[^\]\n]*\]\([^)\n]*\)/g;

/** The ways running text writes a region: its name, and the name without its suffix. */
export function placeForms(name: string): string[] {
  if (/[*（(]/.test(name) || name.length < 2) return [];
  const short = name.replace(SUFFIX, '');
  return short !== name && short.length >= 2 ? [name, short] : [name];
}

/** The keys whose values are dates (`2011`, `2011-09-30`): a case's period, a policy's dates, a figure's `asOf`. */
const DATE_KEYS = new Set(['start', 'end', 'issuedAt', 'publishedAt', 'asOf', 'date']);

/** Every string (and whole number) of frontmatter: the top-level field it sits under, its own key, the text. */
function strings(data: Record<string, unknown>): { field: string; key: string; text: string }[] {
  const out: { field: string; key: string; text: string }[] = [];
  const walk = (value: unknown, field: string, key: string) => {
    if (typeof value === 'string') out.push({ field, key, text: value });
    else if (typeof value === 'number' && Number.isInteger(value)) out.push({ field, key, text: String(value) });
    else if (Array.isArray(value)) value.forEach((v) => walk(v, field, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, field, k));
  };
  for (const [field, value] of Object.entries(data)) walk(value, field, field);
  return out;
}

/** All text of a report entry, in one string: what a page's places and years are looked up in. */
export function reportText(data: Record<string, unknown>, body: string): string {
  return [...strings(data).map((s) => s.text), body].join('\n');
}

type Claim = { kind: 'place' | 'year'; value: string; label: string; line?: number };
type PlaceForm = { form: string; region: RegionName };

/**
 * The regions `text` names, each with where it is first named and the form used. Longer forms
 * win: `测试县` is one place, not also `测试` of `测试省`.
 */
function placesIn(text: string, forms: readonly PlaceForm[]): Map<string, { at: number; form: string }> {
  const hits: { at: number; form: PlaceForm }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form.form); at >= 0; at = text.indexOf(form.form, at + 1)) hits.push({ at, form });
  }
  hits.sort((a, b) => b.form.form.length - a.form.form.length || a.at - b.at);
  const taken: [number, number][] = [];
  const found = new Map<string, { at: number; form: string }>();
  for (const { at, form } of hits) {
    const end = at + form.form.length;
    if (taken.some(([s, e]) => at < e && end > s)) continue;
    taken.push([at, end]);
    const seen = found.get(form.region.id);
    if (!seen || at < seen.at) found.set(form.region.id, { at, form: form.form });
  }
  return found;
}

/** The places and years a page states, each once, with the line it is first stated on. */
function claims(page: ClaimPage, forms: readonly PlaceForm[]): Claim[] {
  const found = new Map<string, Claim>();
  const add = (c: Claim) => {
    const key = `${c.kind}:${c.value}`;
    if (!found.has(key)) found.set(key, c);
  };
  const scan = (text: string, lineAt: (offset: number) => number | undefined, dates: boolean) => {
    const plain = text.replace(LINK, (link) => link.replace(/[^\n]/g, ' '));
    for (const [id, { at, form }] of [...placesIn(plain, forms)].sort((a, b) => a[1].at - b[1].at)) {
      const name = forms.find((f) => f.region.id === id)!.region.name;
      add({ kind: 'place', value: id, label: form === name ? form : `${form}（${name}）`, line: lineAt(at) });
    }
    for (const m of plain.matchAll(YEAR_IN_TEXT)) add({ kind: 'year', value: m[1]!, label: `${m[1]}年`, line: lineAt(m.index) });
    const date = dates ? DATE_VALUE.exec(text.trim()) : null;
    if (date) add({ kind: 'year', value: date[1]!, label: `${date[1]}年`, line: lineAt(0) });
  };
  for (const { field, key, text } of strings(page.data)) scan(text, () => page.fieldLine(field), DATE_KEYS.has(key));
  scan(page.body, lineOf(page.body), false);
  return [...found.values()];
}

/** The 1-based line of an offset of `text`, from the offsets where its lines start. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Warnings for the places and years `pages` state that none of their cited reports' entries
 * names. `reports` maps a report id to its entry's text (`reportText`).
 */
export function unsupportedClaims(pages: readonly ClaimPage[], reports: ReadonlyMap<string, string>, regions: readonly RegionName[]): Problem[] {
  const forms = regions.flatMap((region) => placeForms(region.name).map((form) => ({ form, region })));
  const held = new Map<string, { places: Set<string>; years: Set<string> }>();
  const heldBy = (id: string) => {
    let h = held.get(id);
    if (!h) {
      const text = reports.get(id) ?? '';
      h = { places: new Set(placesIn(text, forms).keys()), years: new Set([...text.matchAll(ANY_YEAR)].map((m) => m[1]!)) };
      held.set(id, h);
    }
    return h;
  };
  const problems: Problem[] = [];
  for (const page of pages) {
    const cited = page.sources.filter((id) => reports.has(id));
    if (cited.length === 0) continue;
    const list = cited.map((id) => `reports/${id}`).join('、');
    for (const claim of claims(page, forms)) {
      if (cited.some((id) => heldBy(id)[claim.kind === 'place' ? 'places' : 'years'].has(claim.value))) continue;
      problems.push({
        file: page.file,
        line: claim.line,
        severity: 'warning',
        message:
          `页面写到${claim.kind === 'place' ? '地名' : '年份'}“${claim.label}”，但所引来源（${list}）在本站的来源条目里都没有提到` +
          `${claim.kind === 'place' ? '这个地方' : '这一年'}。`,
        fix:
          '对照来源原文核对：原文确实写了，就在 content/reports/ 的来源条目中补上（摘要、本站引用内容或正文）；' +
          '出自别的来源，就把那份来源加进 sources；原文没有写，就删去或改写。',
      });
    }
  }
  return problems;
}
