/**
 * The search page does not move under the reader: Cumulative Layout Shift, measured by a
 * PerformanceObserver in Chromium, stays below 0.1 (the “good” threshold) while the page loads a
 * query's results, and while a reader types a first query — on a phone and on a wide screen.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser';
import { layoutShifts, watchLayoutShifts } from './support/layout-shift';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const at = (path: string) => new URL(path, baseUrl).href;

for (const phone of [true, false]) {
  describe(`search page layout shift (${phone ? '360 px phone' : '1280 px screen'})`, () => {
    test('opening a search address shows its results without shifting the page (CLS < 0.1)', async () => {
      const { page } = await watchedPage(browser(), baseUrl, { phone });
      if (!phone) await page.setViewportSize({ width: 1280, height: 800 });
      await watchLayoutShifts(page);
      await page.goto(at(`search/?q=${encodeURIComponent('楼宇党建')}`));
      await page.waitForSelector('[data-search-results] > li', { timeout: 15_000 });
      await page.waitForTimeout(800);
      const { total, shifts } = await layoutShifts(page);
      expect(total, `layout shifts: ${shifts.join('; ')}`).toBeLessThan(0.1);
      await page.context().close();
    });

    test('typing a first query shows results without shifting the page (CLS < 0.1)', async () => {
      const { page } = await watchedPage(browser(), baseUrl, { phone });
      if (!phone) await page.setViewportSize({ width: 1280, height: 800 });
      await watchLayoutShifts(page);
      await page.goto(at('search/'), { waitUntil: 'networkidle' });
      await page.locator('#search-page-q').pressSequentially('双同步', { delay: 40 });
      await page.waitForSelector('[data-search-results] > li', { timeout: 15_000 });
      // Past the 500 ms after input within which the browser does not count shifts.
      await page.waitForTimeout(1000);
      const { total, shifts } = await layoutShifts(page);
      expect(total, `layout shifts: ${shifts.join('; ')}`).toBeLessThan(0.1);
      await page.context().close();
    });
  });
}
