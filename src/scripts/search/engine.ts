/**
 * The search engine in the browser: Pagefind's JS API (`pagefind/pagefind.js` of the built bundle,
 * imported under the site's base path on first use) with every bundle of the index merged into it
 * (`src/lib/search/bundles.ts`), queried by the words the index holds (`index-terms.ts`), with what
 * the site knows besides its index (src/scripts/search/assist.ts):
 *
 * 1. the typed query, without its question words (src/lib/search/query.ts), and the queries its
 *    synonyms add (src/lib/search/synonyms.ts) — searched together, results merged;
 * 2. the literal re-rank of the best hits (src/lib/search/rerank.ts);
 * 3. when nothing found holds the typed words, the nearest names (src/lib/search/did-you-mean.ts),
 *    and the results of the nearest one;
 * 4. for a question about a figure, the answer from the statistics (src/lib/search/figure-answer.ts).
 */
import { BUNDLES_FILE, mergeOptions, type BundleManifest } from '../../lib/search/bundles';
import { indexTerms, prepareSegmenter } from '../../lib/search/index-terms';
import { compact, parseQuery, type SearchQuery } from '../../lib/search/query';
import { FILTER_NAMES, type FilterName } from '../../lib/search/page-facets';
import { toHit, type Hit, type PagefindData } from '../../lib/search/hits';
import { holdsWords, onlyNoise, rerank } from '../../lib/search/rerank';
import { expandQuery } from '../../lib/search/synonyms';
import { namesIn } from '../../lib/search/candidates';
import { suggest } from '../../lib/search/did-you-mean';
import { answerFigure, type FigureAnswer } from '../../lib/search/figure-answer';
import { hasFilters, toPagefindFilters, type SearchState, type SelectedFilters } from '../../lib/search/url-state';
import { loadAssist, loadFigures, loadNames, type Assist } from './assist';

export type Counts = Record<string, Record<string, number>>;
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
type PagefindSearch = { results: PagefindResult[]; filters: Counts; totalFilters: Counts };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Counts>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
};

/** How many of Pagefind's hits are loaded and re-ranked at once. */
const PAGE_SIZE = 10;
/** How many hits of each synonym's query join the typed query's. */
const SYNONYM_DEPTH = 5;
/** How many hits of a search for a name inside the query (or the answer's dataset) join them. */
const PULL_DEPTH = 3;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once (its script, WebAssembly, the list of bundles and each bundle's metadata).
 * Safe to call on every focus.
 */
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const root = `${base}pagefind/`;
    const [pagefind, manifest] = await Promise.all([
      import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Pagefind>,
      fetch(`${root}${BUNDLES_FILE}`, { cache: 'no-cache' }).then((r) => r.json() as Promise<BundleManifest>),
    ]);
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    // In a language Pagefind does not segment, so the words `indexTerms` chose reach the index as they are.
    await Promise.all(manifest.bundles.map((b) => pagefind.mergeIndex(`${root}${b.path}`, mergeOptions(base))));
    return pagefind;
  })();
  // A failed load (offline, or no index in `astro dev`) may be retried on the next focus.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Loads Pagefind and the search data together; the data is optional. */
function loadSearch(): Promise<[Pagefind, Assist | null]> {
  return Promise.all([loadPagefind(), loadAssist()]);
}

/**
 * Loads what a first search needs before the reader types: Pagefind, the search data and, where
 * results show filter counts (the search page), the filter index.
 */
export async function warmUp(options: { counts?: boolean } = {}): Promise<void> {
  const ready = Promise.all([loadSearch(), options.counts ? allFilterCounts() : undefined]);
  // While the index downloads, in the browser's idle time where it has one.
  (globalThis.requestIdleCallback ?? setTimeout)(prepareSegmenter);
  await ready;
}

let filtersLoaded: Promise<Counts> | undefined;
/** Every filter value with its page count; once loaded, searches also return filter counts. */
async function allFilterCounts(): Promise<Counts> {
  const pagefind = await loadPagefind();
  filtersLoaded ??= pagefind.filters();
  return filtersLoaded;
}

/** A query's text as the words the index holds (`楼宇党建` → `楼宇 党建`); null for no words (filters only). */
const lookup = (text: string): string | null => (text ? indexTerms(text) : null);

/** Starts loading the index chunks a query and its synonyms will need, while the reader is still typing. */
export async function preload(raw: string): Promise<void> {
  const typed = parseQuery(raw);
  if (!typed.text) return;
  const pagefind = await loadPagefind();
  const typedWords = pagefind.preload(lookup(typed.text)!);
  const assist = await loadAssist();
  const others = assist ? expandQuery(typed, assist.terms.synonyms).queries.slice(1) : [];
  await Promise.all([typedWords, ...others.map((q) => pagefind.preload(lookup(q.text)!))]);
}

export type Outcome = {
  /** The query as typed (without question words). */
  query: SearchQuery;
  /** How many pages match. */
  total: number;
  /** The first hits, re-ranked. */
  hits: Hit[];
  /** Per filter value: how many results choosing it would give (with the other filters kept). */
  counts: Counts;
  /** Loads the next hits, in Pagefind's order; [] at the end. */
  more: () => Promise<Hit[]>;
  /** Other names searched as well (synonyms): 也搜索了. */
  also: string[];
  /** Nearest names, when nothing found held the typed words: 您是不是要找. */
  suggestions: string[];
  /** The suggestion whose results are shown instead, when the typed words found nothing. */
  corrected?: string;
  /** The figure that answers a question about a number. */
  answer?: FigureAnswer;
};

/**
 * The hits of `results`, each made as its page's data arrives: the excerpt work (enough to block a
 * slow phone if done for every hit at once) overlaps the downloads, one short task per hit.
 */
function load(results: PagefindResult[], queries: readonly SearchQuery[]): Promise<Hit[]> {
  return Promise.all(results.map(async (r) => toHit(await r.data(), queries, r.score)));
}

/** The results of several searches as one list: each result once, by its best score scaled to its search's best. */
function merge(searches: readonly PagefindSearch[]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  searches.forEach((s) => {
    const top = Math.max(...s.results.map((r) => r.score), 0) || 1;
    for (const r of s.results) {
      const scaled = { ...r, score: r.score / top };
      if ((best.get(r.id)?.score ?? -1) < scaled.score) best.set(r.id, scaled);
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Filter counts of the union of several searches' results: Pagefind counts one search at a time,
 * and a search for several queries' words together gives their intersection, so the union's
 * count is found by inclusion–exclusion (|A∪B| = |A| + |B| − |A∩B| …).
 */
async function unionCounts(
  pagefind: Pagefind,
  queries: readonly SearchQuery[],
  filters: SelectedFilters,
  except?: FilterName,
  singles?: readonly PagefindSearch[],
): Promise<Counts> {
  const options = { filters: toPagefindFilters(filters, except) };
  const subsets: number[][] = [];
  for (let mask = 1; mask < 1 << queries.length; mask++) subsets.push(queries.map((_, i) => i).filter((i) => mask & (1 << i)));
  // Each query alone was searched already (`singles`, with the same filters); the rest are intersections.
  const searches = await Promise.all(
    subsets.map((s) => (s.length === 1 && singles ? singles[s[0]!]! : pagefind.search(lookup(s.map((i) => queries[i]!.text).join(' ')), options))),
  );
  const counts: Counts = {};
  searches.forEach((search, i) => {
    const sign = subsets[i]!.length % 2 === 1 ? 1 : -1;
    for (const [name, values] of Object.entries(search.filters)) {
      const out = (counts[name] ??= {});
      for (const [value, n] of Object.entries(values)) out[value] = (out[value] ?? 0) + sign * n;
    }
  });
  return counts;
}

/** Per filter: its values' counts for the search; a filter with chosen values is counted without itself (they are alternatives). */
async function filterCounts(pagefind: Pagefind, queries: readonly SearchQuery[], filters: SelectedFilters, searches: readonly PagefindSearch[]): Promise<Counts> {
  const term = lookup(queries[0]!.text);
  const union = queries.length > 1 && term;
  const together = union ? unionCounts(pagefind, queries, filters, undefined, searches) : Promise.resolve(searches[0]!.filters);
  const counts: Counts = {};
  await Promise.all(
    FILTER_NAMES.map(async (name: FilterName) => {
      if (!filters[name]?.length) counts[name] = (await together)[name] ?? {};
      else if (union) counts[name] = (await unionCounts(pagefind, queries, filters, name))[name] ?? {};
      else counts[name] = (await pagefind.search(term, { filters: toPagefindFilters(filters, name) })).filters[name] ?? {};
    }),
  );
  return counts;
}

type Found = Omit<Outcome, 'also' | 'suggestions' | 'corrected' | 'answer'> & { holds: boolean };

/** Searches `queries` (the typed one first) with `filters`: merged results, re-ranked, with counts. */
async function find(
  pagefind: Pagefind,
  queries: readonly SearchQuery[],
  filters: SelectedFilters,
  options: { counts?: boolean; depth?: number; answer?: Promise<FigureAnswer | undefined>; pull?: readonly string[] },
): Promise<Found> {
  const typed = queries[0]!;
  const term = lookup(typed.text);
  const searchFor = (text: string) => pagefind.search(lookup(text), { filters: toPagefindFilters(filters) });
  // Pages named by a word of the query, and the answer's dataset, are found by searching for them
  // alone (src/lib/search/candidates.ts), at the same time as the query.
  const [searches, named] = await Promise.all([
    Promise.all((term ? queries : [typed]).map((q) => searchFor(q.text))),
    Promise.all((term ? (options.pull ?? []) : []).map((n) => searchFor(parseQuery(n).text))),
  ]);
  const answer = await options.answer;
  if (term && answer) named.push(await searchFor(parseQuery(answer.dataset).text));
  const depth = options.depth ?? PAGE_SIZE;

  const all = searches.length > 1 ? merge(searches) : searches[0]!.results;
  // Of the pages named, only those the typed query finds too.
  const matching = new Set(all.map((r) => r.id));
  const pulled = named.flatMap((s) => s.results.slice(0, PULL_DEPTH).filter((r) => matching.has(r.id)));
  // The typed query's best hits, the best few of each synonym's query, and the pulled ones.
  const first = [
    ...new Map(
      [...searches[0]!.results.slice(0, depth), ...searches.slice(1).flatMap((s) => s.results.slice(0, SYNONYM_DEPTH)), ...pulled].map((r) => [r.id, r]),
    ).values(),
  ];
  const shown = new Set(first.map((r) => r.id));
  const rest = all.filter((r) => !shown.has(r.id));
  // The first hits' pages are asked for first; the filters are counted while they arrive.
  const loading = load(first, queries);
  const counting = options.counts ? filterCounts(pagefind, queries, filters, searches) : Promise.resolve({});
  const [loaded, counts] = await Promise.all([loading, counting]);
  const empty = { total: 0, hits: [], counts: {}, more: async () => [], holds: false };
  // When not even the best hits contain a typed word, Pagefind matched stray characters only.
  if (term && onlyNoise(loaded, queries)) return { query: typed, ...empty };
  const hits = term ? rerank(loaded, queries, { answerUrl: answer?.datasetUrl }) : loaded;
  let next = 0;
  return {
    query: typed,
    total: all.length,
    hits,
    counts,
    holds: !term || hits.some((h) => holdsWords(h, queries)),
    more: async () => {
      const slice = rest.slice(next, next + PAGE_SIZE);
      next += slice.length;
      return load(slice, queries);
    },
  };
}

/** Whether a query may ask for a figure: it asks for a number, or names a year or a place. */
function mayAskFigure(query: SearchQuery, assist: Assist): boolean {
  return query.asksForNumber || /(?:19|20)\d{2}/.test(query.phrase) || assist.terms.places.some((p) => query.phrase.includes(compact(p)));
}

/**
 * Runs a search: the query and filters of `state`. `null` when there is nothing to search for
 * (no words and no filters). With `counts`, also returns filter counts (loading the filter index).
 */
export async function search(state: SearchState, options: { counts?: boolean; depth?: number } = {}): Promise<Outcome | null> {
  const typed = parseQuery(state.q);
  if (!typed.text && !hasFilters(state.filters)) return null;
  const [pagefind, assist] = await loadSearch();
  if (options.counts) await allFilterCounts();
  const { queries, also } = assist && typed.text ? expandQuery(typed, assist.terms.synonyms) : { queries: [typed], also: [] };

  // The figure shards load while Pagefind searches.
  const answering =
    assist && typed.text && mayAskFigure(typed, assist)
      ? loadFigures()
          .then((shards) => answerFigure(queries, shards) ?? undefined)
          .catch(() => undefined)
      : Promise.resolve(undefined);
  const pull = assist ? namesIn(typed, assist.terms.names) : [];
  const found = await find(pagefind, queries, state.filters, { ...options, answer: answering, pull });
  const answer = await answering;
  // Found what the words say, or answered with a figure: nothing to correct.
  if (found.holds || answer || !assist) return { ...found, also, suggestions: [], ...(answer ? { answer } : {}) };

  // Nothing found holds the typed words: suggest the nearest names, and show the nearest one's results.
  const suggestions = suggest(typed, await loadNames().catch(() => []), assist.sounds);
  if (suggestions.length === 0) return { ...found, also, suggestions };
  const correction = expandQuery(parseQuery(suggestions[0]!), assist.terms.synonyms);
  const instead = await find(pagefind, correction.queries, state.filters, options);
  if (instead.total === 0 || (!instead.holds && found.total > 0)) return { ...found, also, suggestions };
  return { ...instead, query: typed, also: correction.also, suggestions, corrected: suggestions[0] };
}
