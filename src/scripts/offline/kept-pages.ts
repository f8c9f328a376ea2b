/**
 * The offline page's list of pages kept on the device: every page in the service worker's page
 * caches (`src/lib/offline/caches.ts`), by its title, newest first. Shown only when there is one.
 */
import { isPagesCache, shortTitle } from '../../lib/offline/caches';

export async function listKeptPages(section: HTMLElement | null): Promise<void> {
  const list = section?.querySelector('[data-offline-pages]');
  if (!section || !list || !('caches' in window)) return;
  const kept: { url: string; title: string }[] = [];
  for (const name of (await caches.keys()).filter(isPagesCache)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const html = await (await cache.match(request))?.text();
      const title = html && new DOMParser().parseFromString(html, 'text/html').title;
      if (title) kept.push({ url: request.url, title: shortTitle(title) });
    }
  }
  if (kept.length === 0) return;
  list.replaceChildren(
    ...kept.reverse().map(({ url, title }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      item.append(link);
      return item;
    }),
  );
  section.hidden = false;
}
