/**
 * 360 px screenshots of the pages a phone reader finds hardest — a data page with its full tables,
 * and the search page with results — written to `test-artifacts/screenshots/<label>/` (git-ignored)
 * for people to look at. The label is the test project (`e2e`, `e2e-base`), or `SCREENSHOT_LABEL`
 * (e.g. `before` when run against an older build with `E2E_SKIP_BUILD=1 E2E_OUT_DIR=…`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { projectRoot } from './support/build';
import { useBrowser, watchedPage } from './support/browser';

const baseUrl = inject('baseUrl');
const label = process.env.SCREENSHOT_LABEL || (inject('basePath') === '/' ? 'e2e' : 'e2e-base');
const folder = join(projectRoot, 'test-artifacts/screenshots', label);
const browser = useBrowser();

describe('360 px screenshots', () => {
  test('a data page and the search page with results, full length', async () => {
    mkdirSync(folder, { recursive: true });
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    await page.goto(new URL('data/guangdong-liangzhangwang-2023/', baseUrl).href, { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(folder, 'data-360.png'), fullPage: true });
    await page.screenshot({ path: join(folder, 'data-360-first-screen.png') });
    await page.goto(new URL(`search/?q=${encodeURIComponent('楼宇党建')}`, baseUrl).href);
    await page.waitForSelector('[data-search-results] > li', { timeout: 15_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(folder, 'search-360.png'), fullPage: true });
    await page.screenshot({ path: join(folder, 'search-360-first-screen.png') });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(0);
    await page.context().close();
  });
});
