/**
 * Literal re-rank of Pagefind's top hits.
 *
 * Pagefind 1.6 splits many Chinese words into single characters (楼宇 → 楼 + 宇) and matches word
 * prefixes (双 matches 双向), so a page that merely contains the characters can outrank the page
 * named after the query. The re-rank puts first the hits whose title, then whose text, contains
 * the words as typed, and keeps Pagefind's order (and score) among equals.
 */
import { fold, type SearchQuery } from './query';

export type Rankable = {
  title: string;
  text: string;
  score: number;
  /** The hit is a heading on a page (a glossary term), not a page of its own. */
  inPage?: boolean;
  /** Other names of the hit's subject; an alias that is the query counts like the title. */
  aliases?: readonly string[];
  /** 类别 of the hit's page. */
  category?: string;
};

/**
 * Among hits that match about equally, the portal's own pages (methods, cases, policies, the
 * 五个一, terms) come before the material they were written from: source documents and the
 * statistics drawn from them. A query that names the figures (`两张网 数字`) still finds those;
 * one that asks for a number (`杭州流动党员有多少`) puts the statistics first.
 */
const CATEGORY_PRIOR: Record<string, number> = { 报告: -0.5, 数据: -0.5 };
const NUMBER_PRIOR: Record<string, number> = { 报告: -0.5, 数据: 1 };

/** A match through a synonym counts a little less than one of the words as typed. */
const SYNONYM_WEIGHT = 0.9;

/** A name without quotes, book-title marks or spaces: `“头雁”工程` → `头雁工程`. */
function bare(name: string): string {
  return fold(name).replace(/[“”‘’"'《》「」\s]/gu, '');
}

/** A name without a trailing （…） as well: `六清（“六清”要求）` → `六清`. */
function coreName(name: string): string {
  return bare(name.replace(/[（(][^）)]*[）)]\s*$/u, ''));
}

const share = (words: readonly string[], text: string) =>
  words.length === 0 ? 0 : words.filter((w) => text.includes(w)).length / words.length;

function occurrences(text: string, word: string, max: number): number {
  let n = 0;
  for (let at = text.indexOf(word); at !== -1 && n < max; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/**
 * How literally a hit matches the query. Its names (title and aliases) weigh most: being the
 * query (+3), containing it (+4), containing the typed words; then its text.
 */
export function literalScore(hit: Pick<Rankable, 'title' | 'text' | 'aliases'>, query: SearchQuery): number {
  const { phrase, parts, subterms } = query;
  if (!phrase) return 0;
  const names = [hit.title, ...(hit.aliases ?? [])];
  const bareNames = names.map(bare);
  const nameText = bareNames.join(' ');
  const text = fold(hit.text);
  let score = 0;
  if (names.some((n) => coreName(n) === phrase)) score += 3;
  if (bareNames.some((n) => n.includes(phrase))) score += 4;
  score += 2 * share(parts, nameText) + share(subterms, nameText);
  if (text.includes(phrase)) score += 1.5;
  score += share(parts, text) + 0.5 * share(subterms, text);
  score += (0.5 * occurrences(text, phrase, 5)) / 5;
  return score;
}

/** A hit's literal score for several queries: the typed one (first), or a synonym's, a little less. */
export function bestLiteralScore(hit: Pick<Rankable, 'title' | 'text' | 'aliases'>, queries: readonly SearchQuery[]): number {
  return Math.max(0, ...queries.map((q, i) => literalScore(hit, q) * (i === 0 ? 1 : SYNONYM_WEIGHT)));
}

export type RerankOptions = {
  /** The page holding the figure the search answers with (src/lib/search/figure-answer.ts): it, or a heading on it, comes first. */
  answerUrl?: string;
};

/**
 * `hits` in a new order: first those that contain some typed word literally; then by literal
 * score, then by Pagefind's score (scaled to at most 1, so it decides only among hits that match
 * about equally literally), then in Pagefind's order. A heading on a page (a glossary term) yields
 * to a page of its own that matches as well: a term with a method page of the same name lists
 * the method first, then the definition; source documents and statistics yield to the pages
 * written from them, unless the query asks for a number. `queries` are the typed query and
 * those its synonyms add; the dataset of the search's answer, when there is one, comes first.
 */
export function rerank<T extends Rankable & { url?: string }>(hits: readonly T[], queries: readonly SearchQuery[], options: RerankOptions = {}): T[] {
  const top = Math.max(...hits.map((h) => h.score), 0) || 1;
  const prior = queries[0]?.asksForNumber ? NUMBER_PRIOR : CATEGORY_PRIOR;
  return hits
    .map((hit, index) => ({ hit, index, literal: bestLiteralScore(hit, queries), answer: options.answerUrl !== undefined && hit.url?.split('#')[0] === options.answerUrl }))
    .map((x) => ({
      ...x,
      score: x.literal + x.hit.score / top - (x.hit.inPage ? 1 : 0) + (prior[x.hit.category ?? ''] ?? 0),
    }))
    .sort((a, b) => Number(b.answer) - Number(a.answer) || Number(b.literal > 0) - Number(a.literal > 0) || b.score - a.score || a.index - b.index)
    .map((x) => x.hit);
}

/**
 * Whether none of `hits` contains any typed word: Pagefind also returns pages for a stray letter
 * or character of the query (`zzqxw` finds a heading “Z”). Its best hits all being such noise
 * means the search found nothing.
 */
export function onlyNoise(hits: readonly Pick<Rankable, 'title' | 'text' | 'aliases'>[], queries: readonly SearchQuery[]): boolean {
  return queries.some((q) => q.phrase !== '') && hits.every((hit) => bestLiteralScore(hit, queries) === 0);
}

/** Whether a hit's names or text hold every word of one of the queries as typed. */
export function holdsWords(hit: Pick<Rankable, 'title' | 'text' | 'aliases'>, queries: readonly SearchQuery[]): boolean {
  const text = `${[hit.title, ...(hit.aliases ?? [])].map(bare).join(' ')} ${fold(hit.text)}`;
  return queries.some((q) => q.parts.length > 0 && q.parts.every((p) => text.includes(p)));
}
