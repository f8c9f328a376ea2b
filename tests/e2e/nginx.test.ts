/**
 * The deployment, verified with a real nginx: Debian's nginx serves the build with the project's
 * configuration (src/lib/nginx.ts, which deploy/nginx.conf and deploy/nginx-subpath.conf are), at
 * the root (`e2e`, dist/) and under /portal/ (`e2e-base`, dist-base/). Every file answers with its
 * type (UTF-8 for text), the security headers of src/lib/csp.ts and the right caching; a missing
 * page is the site's 404 page with status 404; `_headers` is not served; and in Chromium, search
 * finds pages from the real Pagefind index and a chart draws.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/csp';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/nginx';
import { useBrowser, watchedPage } from './support/browser';
import { startNginx, type RunningNginx } from './support/nginx';

const basePath = inject('basePath');
const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
const dist = inject('distDir');
const browser = useBrowser();

let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx([{ base, root: dist }]);
});
afterAll(async () => {
  await nginx?.close();
});

const url = (path: string) => `${nginx.origin}${base}${path}`;
const get = (path: string, init: RequestInit = {}) => fetch(url(path), { redirect: 'manual', ...init });

/** Every file of the build, relative to it, `_headers` aside. */
const files = (readdirSync(dist, { recursive: true }) as string[]).filter((p) => statSync(join(dist, p)).isFile() && p !== '_headers').sort();

/** The type each kind of file must be sent with. Pagefind's index files are compressed binaries. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
};
const expectedType = (file: string) => TYPES[extname(file)] ?? (file.startsWith('pagefind/') ? 'application/octet-stream' : `no type listed for ${file}`);

const astroAsset = files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!;
const csv = files.find((f) => f.endsWith('.csv'))!;

describe(`nginx serving the build at ${base}`, () => {
  test('every file of the build answers 200 with its type, UTF-8 for text', async () => {
    expect(files.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const file of files) {
      const response = await get(file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);
      const type = response.headers.get('content-type');
      if (response.status !== 200 || type !== expectedType(file)) wrong.push(`${file}: ${response.status} ${type}`);
      await response.arrayBuffer();
    }
    expect(wrong).toEqual([]);
  });

  test('Pagefind’s WebAssembly is pagefind/wasm.<language>.pagefind (bytes it unpacks itself), not a .wasm file', async () => {
    const wasm = files.filter((f) => /^pagefind\/wasm\.[\w-]+\.pagefind$/.test(f));
    expect(wasm.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.wasm'))).toEqual([]);
    const response = await get(wasm[0]!);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(dist, wasm[0]!)))).toBe(true);
  });

  test('every answer carries the security headers of src/lib/csp.ts; hashed assets are kept a year, the rest revalidated', async () => {
    expect(astroAsset, 'a stylesheet in _astro/').toBeTruthy();
    const cases: [path: string, cache: string][] = [
      ['', REVALIDATE],
      ['methods/liu-qing/', REVALIDATE],
      [csv, REVALIDATE],
      ['data/index.json', REVALIDATE],
      ['pagefind/pagefind-entry.json', REVALIDATE],
      [astroAsset, IMMUTABLE],
      ['no-such-page/', REVALIDATE],
    ];
    for (const [path, cache] of cases) {
      const response = await get(path);
      await response.arrayBuffer();
      expect(response.headers.get('cache-control'), path).toBe(cache);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} of /${path}`).toBe(value);
    }
  });

  test('text is sent compressed to browsers that accept it', async () => {
    const response = await get(astroAsset, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(await response.text()).toBe(readFileSync(join(dist, astroAsset), 'utf8'));
  });

  test('a missing page, a folder without a page and _headers answer 404 with the site’s 404 page', async () => {
    const page404 = readFileSync(join(dist, '404.html'), 'utf8');
    for (const path of ['no-such-page/', 'methods/no-such-method/', 'pagefind/', '_headers']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text(), path).toBe(page404);
    }
  });

  test('a page address without its final / redirects to it, with a relative Location', async () => {
    const response = await get('methods/liu-qing');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${base}methods/liu-qing/`);
    if (base !== '/') {
      const top = await fetch(`${nginx.origin}${base.slice(0, -1)}`, { redirect: 'manual' });
      expect(top.status).toBe(301);
      expect(top.headers.get('location')).toBe(base);
    }
  });

  test('in Chromium, the 404 page shows with its styles, under the CSP, nothing broken', async () => {
    const { page, errors, brokenResources, foreignRequests } = await watchedPage(browser(), url(''));
    const response = await page.goto(url('no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('找不到这个页面');
    const styled = await page.evaluate(() => document.styleSheets.length);
    expect(styled).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(brokenResources).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  test('in Chromium, typing a query on the search page shows results from the Pagefind index', async () => {
    const { page, errors, brokenResources } = await watchedPage(browser(), url(''));
    await page.goto(url('search/'));
    await page.locator('#search-page-q').pressSequentially('六清', { delay: 30 });
    await page.waitForSelector('[data-search-results] > li a', { timeout: 15_000 });
    const hrefs = await page.locator('[data-search-results] > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`${base}methods/liu-qing/`);
    expect(errors).toEqual([]);
    expect(brokenResources).toEqual([]);
    await page.context().close();
  });

  test('in Chromium, a dataset’s chart draws', async () => {
    const id = files.find((f) => /^data\/[\w-]+\/index\.html$/.test(f) && readFileSync(join(dist, f), 'utf8').includes('data-chart-figure'))!;
    expect(id).toBeTruthy();
    const { page, errors, brokenResources } = await watchedPage(browser(), url(''));
    await page.goto(url(id.slice(0, -'index.html'.length)));
    const figure = page.locator('[data-chart-figure]').first();
    await figure.scrollIntoViewIfNeeded();
    await page.locator('[data-chart-figure][data-chart-state="drawn"]').first().waitFor({ timeout: 10_000 });
    const painted = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
      return ink / (data.length / 4);
    });
    expect(painted).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    expect(brokenResources).toEqual([]);
    await page.context().close();
  });
});

