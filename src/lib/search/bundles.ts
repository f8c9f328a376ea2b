/**
 * How the search index is split into Pagefind bundles, read by the build (which writes them) and
 * by the browser (which merges them).
 *
 * - `pagefind/` is the primary bundle: Pagefind's script, its WebAssembly and one record that no
 *   query the site sends can match (`PRIMARY_RECORD`). Pagefind segments the queries of its
 *   primary bundle with the browser's `Intl.Segmenter`, which cuts 楼宇党建 into 楼 宇 党 建 and so
 *   fetches the posting lists of four common characters (see `index-terms.ts`); merged bundles take
 *   a language of their own, so the site merges every page's bundle with `MERGED_LANGUAGE`, which
 *   leaves the query as the site segmented it.
 * - The pages are in `pagefind/<n>/`, n = 1 … count, about `MAX_BUNDLE_PAGES` pages each: the
 *   indexer holds one bundle in memory at a time (about 1 MB per page of 2,500 characters), so the
 *   size of a bundle, not of the site, bounds the memory the index needs.
 * - A page's bundle is a hash of its path: stable from build to build while the number of bundles
 *   stays, so a build that changes a few pages re-indexes only their bundles.
 * - `pagefind/bundles.json` lists the bundles (`BundleManifest`); the browser reads it first.
 */

/**
 * Pages per bundle, on average (a hash spreads them, so a bundle may hold a few more). A build with
 * less memory may set fewer: `SEARCH_BUNDLE_PAGES=1000 npm run build`.
 */
export const MAX_BUNDLE_PAGES = 2500;

/** The bundle size a build uses: `SEARCH_BUNDLE_PAGES` when it is a whole number ≥ 1. */
export function bundlePagesFrom(env: { SEARCH_BUNDLE_PAGES?: string }): number {
  const n = Number(env.SEARCH_BUNDLE_PAGES);
  return Number.isInteger(n) && n >= 1 ? n : MAX_BUNDLE_PAGES;
}

/**
 * Word positions per index chunk for a bundle of `pages` pages (Pagefind's
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`; its default is 20,000). A query fetches the whole chunk of
 * each of its words, and the index lists every chunk in the metadata every search loads first:
 * small bundles take small chunks, so that a query on the bundled site fetches a few KB a word
 * (30 KB chunks made a first query on a slow phone wait about 1 s for its index alone); large
 * bundles take larger ones, so that their chunk lists stay small. 2.5 positions a page, between
 * 2,000 and 20,000: 2,000 at 800 pages or fewer, 6,250 at 2,500.
 */
export function indexChunkSize(pages: number): number {
  return Math.min(20_000, Math.max(2_000, Math.round(pages * 2.5)));
}

/** The manifest of the bundles, in `pagefind/`. */
export const BUNDLES_FILE = 'bundles.json';

/** The language merged bundles are searched in: not one Pagefind segments (zh, ja, th). */
export const MERGED_LANGUAGE = 'und';

/**
 * The `data-pagefind-meta` field that holds a page's names (title, aliases, what it lists) as the
 * words of the index (`indexedWords` in `index-terms.ts`): Pagefind does not segment metadata, so
 * without it a Chinese title is one long word no query matches.
 */
export const NAMES_META = 'names';

/**
 * How the browser merges a bundle: in `MERGED_LANGUAGE`, with results under the site's base path,
 * and a match in a page's names weighing what Pagefind gives a match in a title (5).
 */
export function mergeOptions(baseUrl: string) {
  return { language: MERGED_LANGUAGE, baseUrl, ranking: { metaWeights: { [NAMES_META]: 5 } } };
}

/**
 * The primary bundle's one record: Pagefind will not write an index without a page that has
 * words. Its only word is `_`, which the site's query parser always drops (`query.ts`), so no
 * search the site makes can return it.
 */
export const PRIMARY_RECORD = { url: '/search/', content: '_', title: '搜索' } as const;

export type BundleManifest = {
  /** The bundles, relative to `pagefind/`: `1/`, `2/` …, with what the build needs to reuse them. */
  bundles: { path: string; pages: number; digest: string }[];
};

/** How many bundles `pages` indexed pages need, at `perBundle` pages a bundle. */
export function bundleCount(pages: number, perBundle = MAX_BUNDLE_PAGES): number {
  return Math.max(1, Math.ceil(pages / perBundle));
}

/** The bundle folder (relative to `pagefind/`) of bundle `n`, counted from 1. */
export const bundlePath = (n: number): string => `${n}/`;

/** FNV-1a over the UTF-16 code units of `text`: a stable, well-spread 32-bit hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bundle (1 … count) a page belongs to, by its path relative to the output folder. */
export function bundleOf(path: string, count: number): number {
  return count <= 1 ? 1 : (hash(path) % count) + 1;
}
