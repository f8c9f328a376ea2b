/**
 * Search finds the page a Party worker means: each query of tests/e2e/search-queries.json is
 * typed into the real search page (Chromium, built site, real Pagefind index), and its expected
 * page must be among the first three results. Recall@3 must reach 95%; MRR is reported.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, watchedPage } from './support/browser';

type Query = { q: string; expect: string; kind: string };
const { queries } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as { queries: Query[] };

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types `q` into the search page and returns the result links, as paths below the base. */
export async function resultsFor(page: Page, q: string): Promise<string[]> {
  await page.fill('#search-page-q', q);
  const state = `?${new URLSearchParams({ q: q.trim() })}`;
  await page.waitForSelector(`[data-search-results][data-state="${state}"]`, { state: 'attached', timeout: 15_000 });
  const hrefs = await page.$$eval('[data-search-results] a[data-result-link]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => (h.startsWith(basePath) ? h.slice(basePath.length) : h));
}

describe('search quality', () => {
  test(`the expected page is in the first three results for at least 95% of ${queries.length} queries`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const { page, errors } = await watchedPage(browser, baseUrl);
    await page.goto(new URL('search/', baseUrl).href);
    const misses: string[] = [];
    const lower: string[] = [];
    let found = 0;
    let reciprocal = 0;
    for (const { q, expect: expected } of queries) {
      const results = await resultsFor(page, q);
      const rank = results.indexOf(expected) + 1;
      if (rank >= 1 && rank <= 3) found++;
      if (rank >= 1) reciprocal += 1 / rank;
      if (rank !== 1) {
        (rank >= 1 && rank <= 3 ? lower : misses).push(`  ${q} → ${expected}: rank ${rank || '—'}; first ${results.slice(0, 3).join(', ')}`);
      }
    }
    const recall = found / queries.length;
    const mrr = reciprocal / queries.length;
    console.info(
      `search quality: recall@3 ${found}/${queries.length} = ${(recall * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)}` +
        (lower.length ? `\nfound at rank 2–3:\n${lower.join('\n')}` : '') +
        (misses.length ? `\nnot in the first three:\n${misses.join('\n')}` : ''),
    );
    expect(errors).toEqual([]);
    expect(recall, `pages not in the first three results:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    await page.context().close();
  });
});
