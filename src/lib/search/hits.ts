/**
 * A Pagefind result turned into what the search UI shows: where it links, its title, category,
 * date and a highlighted excerpt. Pages that hold many entries under headings with ids (the
 * glossary) link to the entry whose heading matches the query: `/glossary/#koudai-dangyuan`.
 */
import { excerptAround, hasMark, highlight, pagefindSegments, type Segment } from './excerpt';
import { ALIAS_SEPARATOR } from './page-facets';
import { fold, type SearchQuery } from './query';

/** The part of a Pagefind result's data the UI uses (see pagefind's `PagefindSearchFragment`). */
export type PagefindAnchor = { element: string; id: string; text?: string; location: number };
export type PagefindSubResult = { title: string; url: string; excerpt: string; anchor?: PagefindAnchor };
export type PagefindData = {
  url: string;
  content: string;
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

/** Terms to look for literally, the most specific first. */
function literalTerms(query: SearchQuery): string[] {
  return [...new Set([query.phrase, ...query.parts, ...query.subterms].filter(Boolean))];
}

const EXCERPT_LENGTH = 90;

/** How well a heading's title names the query: 0 when it does not contain every typed word. */
function headingMatch(title: string, query: SearchQuery): number {
  const t = fold(title);
  if (!query.phrase) return 0;
  if (t.startsWith(query.phrase)) return 3;
  if (t.includes(query.phrase)) return 2;
  return query.parts.length > 1 && query.parts.every((p) => t.includes(p)) ? 1 : 0;
}

/** The text of a heading's section: from its heading to the next heading with an id. */
export function sectionText(data: PagefindData, anchor: PagefindAnchor): string {
  const heading = anchor.text ?? '';
  const start = heading ? data.content.indexOf(heading) : -1;
  if (start === -1) return '';
  const next = (data.anchors ?? [])
    .filter((a) => a.location > anchor.location && a.text)
    .sort((a, b) => a.location - b.location)[0];
  const end = next?.text ? data.content.indexOf(next.text, start + heading.length) : -1;
  return data.content.slice(start, end === -1 ? start + 600 : end).trim();
}

export function toHit(data: PagefindData, query: SearchQuery, score = 0): Hit {
  const pageTitle = data.meta.title?.trim() || data.url;
  const terms = literalTerms(query);
  const base = {
    pageTitle,
    category: data.meta.category,
    date: data.meta.date,
    score,
  };
  const headings = data.sub_results
    .filter((s) => s.anchor)
    .map((s) => ({ sub: s, match: headingMatch(s.title, query) }))
    .filter((h) => h.match > 0)
    .sort((a, b) => b.match - a.match || a.sub.title.length - b.sub.title.length);
  const sections = (best?: PagefindSubResult) =>
    headings
      .filter((h) => h.sub !== best)
      .slice(0, 3)
      .map((h) => ({ title: h.sub.title, url: h.sub.url }));

  // A page whose own title does not name the query, with a heading that does: link to the heading.
  const best = headings[0]?.sub;
  if (best && headingMatch(pageTitle, query) === 0) {
    const text = sectionText(data, best.anchor!) || best.title;
    const aliases = /（([^）]*)）\s*$/u.exec(best.title)?.[1]?.split('、') ?? [];
    const body = text.startsWith(best.title) ? text.slice(best.title.length).trim() : text;
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
