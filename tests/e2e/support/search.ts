/** The real search page in the browser, as a reader uses it: type a query, read the result links. */
import type { Page } from 'playwright-core';

/** Types `q` into the search page (already open) and returns the result links, as paths below `basePath`. */
export async function resultsFor(page: Page, q: string, basePath: string): Promise<string[]> {
  await page.fill('#search-page-q', q);
  const state = `?${new URLSearchParams({ q: q.trim() })}`;
  await page.waitForSelector(`[data-search-results][data-state="${state}"]`, { state: 'attached', timeout: 15_000 });
  const hrefs = await page.$$eval('[data-search-results] a[data-result-link]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => (h.startsWith(basePath) ? h.slice(basePath.length) : h));
}
