/**
 * Offline reading in Chromium with the network switched off (`context.setOffline`): a page read
 * online opens again from the service worker's cache, a page never read gets the offline page (in
 * Chinese, linking what is kept), the precached sections open with their styles, and the site can
 * be added to a home screen (a web app manifest with PNG icons; Chromium reports no installability
 * error). Runs at the root and under /portal/. Updating to a new build: build-offline-update.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { controlled, kept, readerContext, stylesLoaded } from './support/offline';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');
const at = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();
const casePages = sitemapPaths(dist, inject('basePath')).filter((p) => /^cases\/[^/]+\/$/.test(p) && !/^cases\/(page|by-name)\//.test(p));

describe('offline reading', () => {
  test('a page read online opens with the network off; a page never read shows the offline page, which links it', async () => {
    expect(casePages.length).toBeGreaterThan(2);
    const [read, unread] = casePages;
    const context = await readerContext(browser());
    const page = await context.newPage();
    await page.goto(at(''));
    await controlled(page);
    await page.goto(at(read!));
    const title = await page.locator('h1').innerText();
    await kept(page, at(read!));

    await context.setOffline(true);
    const again = await page.goto(at(read!));
    expect(again?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    expect(await stylesLoaded(page), 'the kept page has its styles offline').toBe(true);

    await page.goto(at(unread!));
    await expect(page.locator('h1').innerText()).resolves.toBe('没有网络连接');
    const keptLink = page.locator('[data-offline-pages] a', { hasText: title });
    await keptLink.waitFor();
    expect(await keptLink.getAttribute('href')).toBe(at(read!));
    expect(await axeViolations(page), 'the offline page passes axe').toEqual([]);

    await keptLink.click();
    await page.waitForURL(at(read!));
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    await context.close();
  });

  test('offline, the home page, every section and the search page open with their styles (precached)', async () => {
    const context = await readerContext(browser());
    const page = await context.newPage();
    await page.goto(at(''));
    await controlled(page);
    await context.setOffline(true);
    const sections = await page.getByRole('navigation', { name: '主导航' }).getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const url of [...sections, at('search/')]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      expect(await page.locator('h1').count(), url).toBe(1);
      expect(await page.locator('h1').innerText(), url).not.toBe('没有网络连接');
      expect(await stylesLoaded(page), `styles of ${url}`).toBe(true);
    }
    await context.close();
  });

  test('the service worker and the manifest live under the base path, and the site can be added to a home screen', async () => {
    const context = await readerContext(browser());
    const page = await context.newPage();
    await page.goto(at(''));
    await controlled(page);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { scope: r?.scope, script: r?.active?.scriptURL };
    });
    expect(registration).toEqual({ scope: baseUrl, script: at('sw.js') });

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await fetch(new URL(manifestHref!, baseUrl))).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: '两新党建知识库与政策门户', short_name: '两新党建', display: 'standalone' });
    expect(new URL(manifest.start_url, new URL(manifestHref!, baseUrl)).href).toBe(baseUrl);
    expect(new URL(manifest.scope, new URL(manifestHref!, baseUrl)).href).toBe(baseUrl);
    for (const icon of manifest.icons) {
      const file = readFileSync(join(dist, icon.src));
      // A PNG: its signature, then the IHDR chunk with width and height.
      expect(file.subarray(1, 4).toString()).toBe('PNG');
      expect(`${file.readUInt32BE(16)}x${file.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(manifest.icons.map((i) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));

    // Chromium's own check of what 添加到主屏幕 needs (manifest, icons, a worker that answers
    // offline…). A test browser context is an incognito profile, where nothing installs: that one
    // reason is expected.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await context.close();
  });
});
