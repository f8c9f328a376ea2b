/**
 * The search engine in the browser: Pagefind's JS API (`pagefind/pagefind.js` of the built bundle,
 * imported under the site's base path on first use) with every bundle of the index merged into it
 * (`src/lib/search/bundles.ts`), queried by the words the index holds (`index-terms.ts`), then the
 * literal re-rank of the top hits.
 */
import { BUNDLES_FILE, mergeOptions, type BundleManifest } from '../../lib/search/bundles';
import { indexTerms } from '../../lib/search/index-terms';
import { FILTER_NAMES, type FilterName } from '../../lib/search/page-facets';
import { toHit, type Hit, type PagefindData } from '../../lib/search/hits';
import { parseQuery, type SearchQuery } from '../../lib/search/query';
import { onlyNoise, rerank } from '../../lib/search/rerank';
import { hasFilters, toPagefindFilters, type SearchState } from '../../lib/search/url-state';

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

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once (its script, WebAssembly, the list of bundles and each bundle's metadata).
 * Safe to call on every focus.
 */
export function loadPagefind(): Promise<Pagefind> {
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

let filtersLoaded: Promise<Counts> | undefined;
/** Every filter value with its page count; once loaded, searches also return filter counts. */
async function allFilterCounts(): Promise<Counts> {
  const pagefind = await loadPagefind();
  filtersLoaded ??= pagefind.filters();
  return filtersLoaded;
}

/** Starts loading the index chunks a query will need, while the reader is still typing. */
export async function preload(raw: string): Promise<void> {
  const { text } = parseQuery(raw);
  if (text) await (await loadPagefind()).preload(indexTerms(text));
}

export type Outcome = {
  query: SearchQuery;
  /** How many pages match. */
  total: number;
  /** The first hits, re-ranked. */
  hits: Hit[];
  /** Per filter value: how many results choosing it would give (with the other filters kept). */
  counts: Counts;
  /** Loads the next hits, in Pagefind's order; [] at the end. */
  more: () => Promise<Hit[]>;
};

/** Lets the browser paint and handle input between pieces of work (no task of a phone's CPU over 50 ms). */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function load(results: PagefindResult[], query: SearchQuery): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  // One hit at a time: an excerpt over a whole page's text is work enough to block a slow phone.
  const hits: Hit[] = [];
  for (const [i, d] of data.entries()) {
    hits.push(toHit(d, query, results[i]!.score));
    await yieldToBrowser();
  }
  return hits;
}

/**
 * Runs a search: the query and filters of `state`. `null` when there is nothing to search for
 * (no words and no filters). With `counts`, also returns filter counts (loading the filter index).
 */
export async function search(state: SearchState, options: { counts?: boolean; depth?: number } = {}): Promise<Outcome | null> {
  const query = parseQuery(state.q);
  if (!query.text && !hasFilters(state.filters)) return null;
  const pagefind = await loadPagefind();
  if (options.counts) await allFilterCounts();
  const term = query.text ? indexTerms(query.text) : null;
  const main = await pagefind.search(term, { filters: toPagefindFilters(state.filters) });
  const depth = options.depth ?? PAGE_SIZE;

  const counts: Counts = {};
  if (options.counts) {
    // A filter with chosen values counts its other values without itself (they are alternatives).
    await Promise.all(
      FILTER_NAMES.map(async (name: FilterName) => {
        if (state.filters[name]?.length) {
          const without = await pagefind.search(term, { filters: toPagefindFilters(state.filters, name) });
          counts[name] = without.filters[name] ?? {};
        } else {
          counts[name] = main.filters[name] ?? {};
        }
      }),
    );
  }

  const loaded = await load(main.results.slice(0, depth), query);
  // When not even the best hits contain a typed word, Pagefind matched stray characters only.
  if (query.text && onlyNoise(loaded, query)) {
    return { query, total: 0, hits: [], counts: {}, more: async () => [] };
  }
  const hits = query.text ? rerank(loaded, query) : loaded;
  let next = depth;
  return {
    query,
    total: main.results.length,
    hits,
    counts,
    more: async () => {
      const slice = main.results.slice(next, next + PAGE_SIZE);
      next += slice.length;
      return load(slice, query);
    },
  };
}
