/**
 * What the service worker precaches: read by the build (`src/integrations/offline.ts`, which lists
 * the files with their revisions) and the offline page (which links the precached pages). What is
 * kept as it is read, and under which names, is `caches.ts`.
 *
 * - Precached with each build (a new build replaces them all at once, so old and new never mix):
 *   the CSS and JavaScript of `_astro/`, the home page, the section pages, the search page, the
 *   offline page, the web app manifest and its icons.
 */
import { MAIN_NAV } from '../navigation';
import { routes } from '../urls';

/** Pages precached with every build (paths below the base). */
export const PRECACHED_PAGES: readonly string[] = [
  ...new Set([...MAIN_NAV.map((n) => n.path), routes.reports(), routes.search(), routes.about(), routes.textSize(), routes.offline()]),
];

/** Files precached with every build besides the pages: globs below the output folder. */
export const PRECACHED_FILES: readonly string[] = ['_astro/**/*.{css,js}', routes.webManifest(), 'favicon.svg', 'icons/*.png'];

/** The globs of every precached file, pages as their `index.html`. */
export const precacheGlobs = (): string[] => [...PRECACHED_FILES, ...PRECACHED_PAGES.map((p) => `${p}index.html`)];

/** `/portal/cases/index.html` → `/portal/cases/`: a page is precached under the address readers open. */
export const pageAddress = (url: string): string => url.replace(/(^|\/)index\.html$/, '$1');
