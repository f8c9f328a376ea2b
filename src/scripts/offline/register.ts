/**
 * Offline reading: registers the service worker (`<base>sw.js`, built from
 * `src/scripts/offline/service-worker.ts`) once the page has loaded, so it never competes with the
 * page itself. Everything else — caching, the offline page, switching to a new version of the site
 * at the next page the reader opens — happens in the worker.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    // The base path always ends with `/` (the site settings' schema adds it).
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {});
  });
}
