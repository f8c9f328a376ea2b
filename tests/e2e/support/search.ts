/**
 * Search in the browser: the real search page as a reader uses it (type a query, read the result
 * links), and Pagefind's own API loaded the way the site loads it.
 */
import type { Page } from 'playwright-core';
import { BUNDLES_FILE, mergeOptions } from '../../../src/lib/search/bundles';
import { indexTerms } from '../../../src/lib/search/index-terms';

/**
 * Runs `query` with Pagefind's API in the page, the site's way (`src/scripts/search/engine.ts`):
 * every bundle of `pagefind/bundles.json` merged, the query cut into the index's words. Returns the
 * data of every result.
 */
export async function pagefindResults<T>(page: Page, basePath: string, query: string): Promise<T[]> {
  // A string, so that the test runner does not rewrite the browser's dynamic import.
  return page.evaluate(`(async () => {
    const root = ${JSON.stringify(`${basePath}pagefind/`)};
    const pagefind = await import(root + 'pagefind.js');
    if (!window.__bundlesMerged) {
      const { bundles } = await (await fetch(root + ${JSON.stringify(BUNDLES_FILE)})).json();
      for (const b of bundles) await pagefind.mergeIndex(root + b.path, ${JSON.stringify(mergeOptions(basePath))});
      window.__bundlesMerged = true;
    }
    const search = await pagefind.search(${JSON.stringify(indexTerms(query))});
    return Promise.all(search.results.map((r) => r.data()));
  })()`) as Promise<T[]>;
}

/** Types `q` into the search page (already open) and returns the result links, as paths below `basePath`. */
export async function resultsFor(page: Page, q: string, basePath: string): Promise<string[]> {
  await page.fill('#search-page-q', q);
  const state = `?${new URLSearchParams({ q: q.trim() })}`;
  await page.waitForSelector(`[data-search-results][data-state="${state}"]`, { state: 'attached', timeout: 15_000 });
  const hrefs = await page.$$eval('[data-search-results] a[data-result-link]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => (h.startsWith(basePath) ? h.slice(basePath.length) : h));
}
