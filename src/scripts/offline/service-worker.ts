/**
 * The service worker: offline reading with Workbox. Built by `src/integrations/offline.ts` into
 * `<base>sw.js`, which defines the two constants below; what is precached is
 * `src/lib/offline/precache.ts`, what is kept as it is read `src/lib/offline/caches.ts`.
 *
 * - Precache (a new build's files replace the old ones at once): CSS, JavaScript, the home, section,
 *   search and offline pages, the manifest and icons — served from the cache, never mixed with
 *   another build's.
 * - Pages as they are read: from the network while it answers (within 4 s when a copy is kept), else
 *   the kept copy, else the offline page, which lists what is kept.
 * - Search index: Pagefind's content-named chunks from the cache once read; its entry, script and
 *   WebAssembly from the network when it answers.
 * - A new build: the browser installs its worker beside this one (which goes on serving its own
 *   build). On the reader's next page, this worker fetches that page from the network (the new
 *   build's page, which asks for the new build's files) and hands over to the new worker. Pages the
 *   reader kept are fetched again in their new version while the new worker installs, and the old
 *   copies are deleted when it takes over.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import {
  PAGES_KEPT,
  SEARCH_CACHE,
  SEARCH_FILES_KEPT,
  isHashedSearchFile,
  isPagesCache,
  isSearchFile,
  pagesCacheName,
  stalePagesCaches,
} from '../../lib/offline/caches';
import { routes } from '../../lib/urls';

declare const self: ServiceWorkerGlobalScope;
/** The precache list (workbox-build's getManifest) and the build it belongs to, set at build time. */
declare const __PRECACHE__: PrecacheEntry[];
declare const __BUILD__: string;
const PRECACHE = __PRECACHE__;

const scope = new URL(self.registration.scope);
const inScope = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const below = (url: URL) => url.pathname.slice(scope.pathname.length);
const OFFLINE_PAGE = new URL(routes.offline(), scope).href;
const PAGES = pagesCacheName(__BUILD__);
const SKIP_WAITING = 'liangxin:skip-waiting';

/** A page worth keeping: found, and HTML (a download opened as a page is not kept). */
const isPage = (response: Response) => response.status === 200 && !!response.headers.get('content-type')?.includes('text/html');

const pages = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: 4,
  plugins: [{ cacheWillUpdate: async ({ response }) => (isPage(response) ? response : null) }, new ExpirationPlugin({ maxEntries: PAGES_KEPT })],
});

/** Keeps `url` in this build's page cache, fetched from the network (a page kept under an older build, or one open now). */
async function keepPage(url: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
  if (!response || !isPage(response)) return;
  await (await caches.open(PAGES)).put(url, response);
  await new CacheExpiration(PAGES, { maxEntries: PAGES_KEPT }).updateTimestamp(url);
}

/** The pages to keep in a new build: those kept under older builds and those open now, not precached. */
async function pagesToCarryOver(): Promise<string[]> {
  const urls = new Set<string>();
  for (const name of (await caches.keys()).filter(isPagesCache)) {
    for (const request of await (await caches.open(name)).keys()) urls.add(request.url);
  }
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const url = new URL(client.url);
    url.hash = '';
    if (inScope(url)) urls.add(url.href);
  }
  const precached = new Set(PRECACHE.map((e) => new URL(e.url, scope).href));
  return [...urls].filter((url) => !precached.has(url)).slice(-PAGES_KEPT);
}

precache(PRECACHE);

self.addEventListener('install', (event) => {
  event.waitUntil(pagesToCarryOver().then((urls) => Promise.all(urls.map(keepPage))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(stalePagesCaches(names, __BUILD__).map((n) => caches.delete(n)))));
});
cleanupOutdatedCaches();
// The first worker takes charge of the page that installed it, so that page's later requests use the precache.
clientsClaim();

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});

// Pages. Registered before the precache's own route, so that every page opened goes through here.
registerRoute(
  new NavigationRoute(async (options) => {
    const url = new URL(options.request.url);
    const waiting = self.registration.waiting;
    if (waiting) {
      // A new build is installed: this page comes from it, then the new worker takes over.
      const response = await fetch(options.request).catch(() => undefined);
      if (response) {
        waiting.postMessage(SKIP_WAITING);
        return response;
      }
    }
    const precached = await matchPrecache(url.origin + url.pathname);
    return precached ?? pages.handle(options);
  }),
);

// CSS, JavaScript, icons (query strings ignored: the precache holds one version of each file).
addRoute({ ignoreURLParametersMatching: [/.*/] });

// The search index.
registerRoute(
  ({ url }) => inScope(url) && isHashedSearchFile(below(url)),
  new CacheFirst({
    cacheName: SEARCH_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: SEARCH_FILES_KEPT }), { cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) }],
  }),
);
registerRoute(
  ({ url }) => inScope(url) && isSearchFile(below(url)),
  new NetworkFirst({
    cacheName: SEARCH_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [
      // pagefind-entry.json?ts=… is one file whatever its ts.
      { cacheKeyWillBeUsed: async ({ request }) => request.url.split('?')[0]! },
      { cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) },
    ],
  }),
);

// A page that is neither online nor kept: the offline page, which lists what is.
setCatchHandler(async ({ request }) => (request.mode === 'navigate' ? ((await matchPrecache(OFFLINE_PAGE)) ?? Response.error()) : Response.error()));
