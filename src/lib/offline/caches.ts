/**
 * What the service worker keeps as it is read, under which names: read by the worker
 * (`src/scripts/offline/service-worker.ts`) and the offline page (which lists the pages kept).
 *
 * - Pages: the latest 60, in a cache of the build they belong to (their HTML refers to that build's
 *   CSS and JavaScript); when a new build comes, the pages a reader kept are fetched again in their
 *   new version and the old cache is deleted.
 * - The search index: Pagefind's chunks have content-hashed names, so a kept chunk is never wrong;
 *   its entry, script and WebAssembly are fetched fresh whenever the network answers.
 * - Not kept, left to the network: the embeddable charts (`embed/…`), which live in other sites'
 *   frames and are not pages a reader reads here, and the web editor (`admin/…`), an application
 *   that talks to the git host under its own policy.
 */
import { ADMIN_PATH, EMBED_PATH } from '../csp';

/** How many pages read are kept (the oldest go first). */
export const PAGES_KEPT = 60;
/** How many search-index files are kept. */
export const SEARCH_FILES_KEPT = 300;

const PAGES_PREFIX = 'liangxin-pages-';

/** The cache of pages read under one build. */
export const pagesCacheName = (build: string): string => `${PAGES_PREFIX}${build}`;
/** Whether a cache holds pages read (of any build). */
export const isPagesCache = (name: string): boolean => name.startsWith(PAGES_PREFIX);
/** Caches of pages read under other builds: their pages refer to files the current build no longer has. */
export const stalePagesCaches = (names: readonly string[], build: string): string[] =>
  names.filter((n) => isPagesCache(n) && n !== pagesCacheName(build));

/**
 * A page the worker leaves alone (never served from a cache, kept or listed), by its path below the
 * base: an embeddable chart (`embed/…`) or the web editor (`admin`, `admin/…`).
 */
export const isLeftToNetwork = (path: string): boolean =>
  path.startsWith(EMBED_PATH) || path === ADMIN_PATH.replace(/\/$/, '') || path.startsWith(ADMIN_PATH);

/** The search index read so far (Pagefind's files, for every build). */
export const SEARCH_CACHE = 'liangxin-search';

/** A file of the Pagefind bundle, by its path below the base: `pagefind/…`. */
export const isSearchFile = (path: string): boolean => path.startsWith('pagefind/');
/**
 * A Pagefind file named by its content hash (an index, fragment or filter chunk, or the metadata),
 * in the primary bundle or a page bundle (`pagefind/<n>/`, `src/lib/search/bundles.ts`): the same
 * name always holds the same bytes, so a kept copy is always right.
 */
export const isHashedSearchFile = (path: string): boolean =>
  /^pagefind\/(?:\d+\/)?(?:(?:index|fragment|filter)\/[^/]+|[^/]+\.pf_meta)$/.test(path);

/** A page's title without the site name after its last ` · `: `临浦镇 · 两新党建知识库与政策门户` → `临浦镇`. */
export const shortTitle = (title: string): string => {
  const cut = title.lastIndexOf(' · ');
  return (cut > 0 ? title.slice(0, cut) : title).trim();
};
