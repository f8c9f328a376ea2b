/**
 * A Pagefind result turned into what the search UI shows: where it links, its title, category,
 * date and a highlighted excerpt. A page whose heading names the query links to that heading.
 * A page of entries under headings (the glossary, marked by the `entries` meta) is never a result
 * itself: its hit is the entry that matches best, linked by its anchor (`/glossary/#koudai-dangyuan`),
 * named by its term, with the term's first sentence as the excerpt.
 *
 * A search may run several queries (the typed one and its synonyms, src/lib/search/synonyms.ts);
 * a hit is matched and highlighted by all of them.
 */
import { excerptAround, hasMark, highlight, pagefindSegments, type Segment } from './excerpt';
import { ALIAS_SEPARATOR, ENTRIES_META } from './page-facets';
import { fold, type SearchQuery } from './query';
import { literalScore } from './rerank';

/** The part of a Pagefind result's data the UI uses (see pagefind's `PagefindSearchFragment`). */
export type PagefindAnchor = { element: string; id: string; text?: string; location: number };
export type PagefindSubResult = { title: string; url: string; excerpt: string; anchor?: PagefindAnchor };
export type PagefindData = {
  url: string;
  content: string;
  /** Words in `content`, as Pagefind counts them; anchors' `location`s count the same words. */
  word_count?: number;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
  anchors?: PagefindAnchor[];
};

export type Hit = {
  /** Where the result links: the page, or a heading on it. */
  url: string;
  /** The page's title, or the heading's when the result links to a heading. */
  title: string;
  /** The page's own title (differs from `title` when the result is a heading on the page). */
  pageTitle: string;
  /** 类别 of the page (`data-pagefind-meta` category). */
  category?: string;
  /** The date shown with the result. */
  date?: string;
  /** The excerpt, cut into marked and unmarked runs. */
  excerpt: Segment[];
  /** The text the result stands for (the page's, or the heading's section), for the re-rank. */
  text: string;
  /** Whether the hit is a heading on the page rather than the page itself. */
  inPage: boolean;
  /** Other names of the subject: the page's `aliases` meta, or a heading's （…） part. */
  aliases: string[];
  /** Other headings on the page whose titles contain the query, as links under the result. */
  sections: { title: string; url: string }[];
  /** Pagefind's score. */
  score: number;
};

/** Terms to look for literally, the most specific first (each query's phrase, then its words). */
function literalTerms(queries: readonly SearchQuery[]): string[] {
  return [...new Set([...queries.map((q) => q.phrase), ...queries.flatMap((q) => [...q.parts, ...q.subterms])].filter(Boolean))];
}

const EXCERPT_LENGTH = 90;

/** How well a heading's title names a query: 0 when it does not contain every typed word. */
function headingMatch(title: string, query: SearchQuery): number {
  const t = fold(title);
  if (!query.phrase) return 0;
  if (t.startsWith(query.phrase)) return 3;
  if (t.includes(query.phrase)) return 2;
  return query.parts.length > 1 && query.parts.every((p) => t.includes(p)) ? 1 : 0;
}

const bestOf = (queries: readonly SearchQuery[], score: (q: SearchQuery) => number) => Math.max(0, ...queries.map(score));

/** A heading's name and the other names in its trailing （…）: `口袋党员（“口袋”党员）` → `口袋党员`, [`“口袋”党员`]. */
function headingNames(title: string): { name: string; aliases: string[] } {
  const m = /^(.*?)\s*（([^）]*)）\s*$/u.exec(title);
  return m ? { name: m[1]!, aliases: m[2]!.split('、') } : { name: title, aliases: [] };
}

/** A section's text after its heading (and the “. ” Pagefind puts after it). */
const afterHeading = (text: string, heading: string) => (text.startsWith(heading) ? text.slice(heading.length).replace(/^[.\s]+/, '') : text);

/** The first sentence of a text (up to 。！？ or ；), or its first {@link EXCERPT_LENGTH} characters. */
function firstSentence(text: string): string {
  const m = /^.*?[。！？；]/su.exec(text);
  if (m) return m[0];
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

/**
 * Where a heading's text stands in the page text. The same words may also occur in the text before
 * it (a term named under another term): of the occurrences, the one that ends a block (Pagefind
 * writes “. ” after a heading) nearest to where the anchor's word position puts it.
 */
function headingIndex(data: PagefindData, anchor: PagefindAnchor, from = 0): number {
  const heading = anchor.text ?? '';
  if (!heading) return -1;
  const found: number[] = [];
  for (let at = data.content.indexOf(heading, from); at !== -1; at = data.content.indexOf(heading, at + 1)) found.push(at);
  if (found.length <= 1) return found[0] ?? -1;
  const expected = data.word_count ? (anchor.location / data.word_count) * data.content.length : 0;
  const endsBlock = (at: number) => /^(\.\s|\s*$)/.test(data.content.slice(at + heading.length, at + heading.length + 2));
  const pool = found.some(endsBlock) ? found.filter(endsBlock) : found;
  return pool.reduce((best, at) => (Math.abs(at - expected) < Math.abs(best - expected) ? at : best));
}

/** The text of a heading's section: from its heading to the next heading with an id. */
export function sectionText(data: PagefindData, anchor: PagefindAnchor): string {
  const heading = anchor.text ?? '';
  const start = headingIndex(data, anchor);
  if (start === -1) return '';
  const next = (data.anchors ?? [])
    .filter((a) => a.location > anchor.location && a.text)
    .sort((a, b) => a.location - b.location)[0];
  const end = next ? headingIndex(data, next, start + heading.length) : -1;
  return data.content.slice(start, end === -1 ? start + 600 : end).trim();
}

export function toHit(data: PagefindData, queries: readonly SearchQuery[], score = 0): Hit {
  const pageTitle = data.meta.title?.trim() || data.url;
  const terms = literalTerms(queries);
  const base = {
    pageTitle,
    category: data.meta.category,
    date: data.meta.date,
    score,
  };
  const anchored = data.sub_results.filter((s) => s.anchor);

  // A page of entries: the entry that matches best, named by its term, its first sentence as excerpt.
  if (data.meta[ENTRIES_META] && anchored.length > 0) {
    const entries = anchored.map((sub, index) => {
      const { name, aliases } = headingNames(sub.title);
      const text = sectionText(data, sub.anchor!) || sub.title;
      const match = bestOf(queries, (q) => literalScore({ title: name, text, aliases }, q));
      return { sub, index, name, aliases, text, match };
    });
    entries.sort((a, b) => b.match - a.match || a.index - b.index);
    const [best, ...others] = entries;
    const body = afterHeading(best!.text, best!.sub.title);
    return {
      ...base,
      url: best!.sub.url,
      title: best!.name,
      text: best!.text,
      excerpt: highlight(firstSentence(body), terms),
      inPage: true,
      aliases: best!.aliases,
      sections: others.filter((e) => e.match > 0).slice(0, 3).map((e) => ({ title: e.name, url: e.sub.url })),
    };
  }

  const headings = anchored
    .map((s) => ({ sub: s, match: bestOf(queries, (q) => headingMatch(s.title, q)) }))
    .filter((h) => h.match > 0)
    .sort((a, b) => b.match - a.match || a.sub.title.length - b.sub.title.length);
  const sections = (best?: PagefindSubResult) =>
    headings
      .filter((h) => h.sub !== best)
      .slice(0, 3)
      .map((h) => ({ title: h.sub.title, url: h.sub.url }));

  // A page whose own title does not name the query, with a heading that does: link to the heading.
  const best = headings[0]?.sub;
  if (best && bestOf(queries, (q) => headingMatch(pageTitle, q)) === 0) {
    const text = sectionText(data, best.anchor!) || best.title;
    const { aliases } = headingNames(best.title);
    const body = afterHeading(text, best.title);
    let excerpt = highlight(excerptAround(body, terms, EXCERPT_LENGTH), terms);
    if (!hasMark(excerpt) && best.excerpt) excerpt = pagefindSegments(best.excerpt);
    return { ...base, url: best.url, title: best.title, text, excerpt, inPage: true, aliases, sections: sections(best) };
  }

  const content = data.content;
  const skip = content.startsWith(pageTitle) ? pageTitle.length : 0;
  let excerpt = highlight(excerptAround(content, terms, EXCERPT_LENGTH, skip), terms);
  if (!hasMark(excerpt) && data.excerpt) excerpt = pagefindSegments(data.excerpt);
  return { ...base, url: data.url, title: pageTitle, text: content, excerpt, inPage: false, aliases: metaAliases(data.meta.aliases), sections: sections() };
}

const metaAliases = (value: string | undefined) => (value ? value.split(ALIAS_SEPARATOR).filter(Boolean) : []);
