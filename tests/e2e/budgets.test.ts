/**
 * Size budgets on the real build of the bundled site, for a reader on a phone on a slow network.
 * Sizes are deterministic; timings are not tested here (they are in `npm run bench`).
 *
 * - A content page of up to about 2,500 Chinese characters: HTML + CSS ≤ 14 KB gzipped (the
 *   first round trips of a slow connection). The bundled pages are checked here; the 2,500-character
 *   generated fixture pages are checked in build-scale.test.ts.
 * - No script loads with a page beyond what every page needs, ≤ 2 KB gzipped: the search loader
 *   and the service worker's registration (one module), and the 长者模式 script in <head>. Search
 *   code comes when the reader focuses the search box, chart code when a chart scrolls into view.
 *   The service worker itself (sw.js) runs beside the page, not in it, and is not counted. Checked on the home
 *   page, a list page, the glossary and the typical page of each content type; /search/ (which is
 *   the search code's page) and the /data/ pages (a chart may be on screen as the page opens) are
 *   left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { gz, siteSizes, walk } from '../../scripts/bench/measure.mjs';
import { useBrowser, watchedPage } from './support/browser';
import { mainHanCount } from './support/html';

const KB = 1024;
const baseUrl = inject('baseUrl');
const basePath = inject('basePath');
const dist = inject('distDir');
const CONTENT_TYPES = ['policy', 'program', 'case', 'method', 'report'];

type PageSize = { path: string; htmlGz: number; cssGz: number; jsGz: number };

const browser = useBrowser();

/** The typical and the largest built page of each page type (home, list, case …). */
function pagesByType(): Map<string, PageSize[]> {
  const sizes = siteSizes(dist, basePath.endsWith('/') ? basePath : `${basePath}/`);
  const out = new Map<string, PageSize[]>();
  for (const [type, t] of Object.entries(sizes.types) as [string, { typical: PageSize; largest: PageSize }][]) {
    out.set(type, [t.typical, t.largest]);
  }
  return out;
}

describe('budgets', () => {
  test('a content page of up to 2,500 Chinese characters weighs at most 14 KB gzipped, HTML and CSS together', () => {
    const checked: { path: string; chars: number; total: number }[] = [];
    for (const { path } of walk(dist)) {
      if (!/^(policies|program|cases|methods|reports)\/[^/]+\/index\.html$/.test(path)) continue;
      const text = readFileSync(join(dist, path));
      const chars = mainHanCount(text.toString('utf8'));
      if (chars > 2750) continue;
      const css = [...text.toString('utf8').matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*href="?([^" >]+)/g)].map((m) =>
        gz(readFileSync(join(dist, m[1]!.slice(basePath.length)))),
      );
      checked.push({ path, chars, total: gz(text) + css.reduce((s, x) => s + x, 0) });
    }
    expect(checked.length, 'content pages checked').toBeGreaterThan(0);
    const over = checked.filter((c) => c.total > 14 * KB).map((c) => `${c.path}: ${c.chars} characters, ${c.total} bytes`);
    expect(over).toEqual([]);
  });

  test('a page loads at most 2 KB (gzipped) of JavaScript before the reader touches search or a chart', async () => {
    const byType = pagesByType();
    // Home, a list, the glossary and the typical page of each content type. (Not /search/: a reader
    // who opens it has come to search, so its code loads with it.) A fresh browser context per page,
    // and waiting for the network to go idle, so that scripts fetched "when idle" count too.
    const paths = [
      '',
      'cases/',
      'glossary/',
      ...CONTENT_TYPES.flatMap((t) => (byType.get(t) ?? []).slice(0, 1).map((p) => p.path.replace(/index\.html$/, ''))),
    ];
    const heavy: string[] = [];
    for (const path of [...new Set(paths)]) {
      const { page } = await watchedPage(browser(), baseUrl);
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'script' || /\.(m?js|wasm)(\?|$)/.test(response.url())) {
          scripts.push(response.body().then((b) => gz(b), () => 0));
        }
      });
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      // Inline scripts count too (JSON data blocks are data, not code).
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((s) => !/json/.test((s as HTMLScriptElement).type))
          .map((s) => s.textContent ?? ''),
      );
      const total = (await Promise.all(scripts)).reduce((s, x) => s + x, 0) + inline.reduce((s, code) => s + (code.trim() ? gz(Buffer.from(code)) : 0), 0);
      if (total > 2 * KB) heavy.push(`/${path}: ${total} bytes of JavaScript`);
      await page.context().close();
    }
    expect(heavy).toEqual([]);
  });
});
