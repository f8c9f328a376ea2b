/**
 * Every page of the built site — all the sitemap lists, the 404 page and the offline page (which the
 * service worker shows, and the sitemap leaves out) — loaded in Chromium
 * under the site's Content-Security-Policy: zero axe-core violations of WCAG 2.1 A and AA, no CSP
 * violation, no console error, no request to another origin, no resource that fails to load.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser, watchedPage, type PageWatch } from './support/browser';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const paths = sitemapPaths(inject('distDir'), inject('basePath'));

const browser = useBrowser();
let watch: PageWatch;
let page: Page;

beforeAll(async () => {
  watch = await watchedPage(browser(), baseUrl);
  page = watch.page;
  // Records CSP violations as the browser reports them to the page (injected by the test, not subject to CSP).
  await page.context().addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
});

async function sweep(path: string, status: number) {
  watch.errors.length = 0;
  watch.foreignRequests.length = 0;
  watch.brokenResources.length = 0;
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  expect(response?.status(), `status of /${path}`).toBe(status);
  const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(csp, `CSP violations on /${path}`).toEqual([]);
  expect(watch.errors, `console errors on /${path}`).toEqual([]);
  expect(watch.foreignRequests, `requests to other origins from /${path}`).toEqual([]);
  expect(watch.brokenResources, `resources that failed to load on /${path}`).toEqual([]);
  expect(await axeViolations(page), `WCAG 2.1 A/AA violations on /${path}`).toEqual([]);
}

describe('every page passes WCAG 2.1 AA (axe) and runs under the CSP without errors', () => {
  test('the sitemap lists the pages of the site', () => {
    expect(paths).toContain('');
    expect(paths.length).toBeGreaterThan(10);
  });
  for (const path of paths) {
    test(`/${path}`, async () => {
      await sweep(path, 200);
    });
  }
  test('the 404 page (an unknown address)', async () => {
    await sweep('no-such-page/', 404);
  });
  test('the offline page', async () => {
    expect(paths).not.toContain('offline/');
    await sweep('offline/', 200);
  });
});

test('the policy is in force: a script injected into a page does not run, and the browser reports it', async () => {
  await page.goto(baseUrl, { waitUntil: 'load' });
  const result = await page.evaluate(async () => {
    const w = window as unknown as { __injected?: number; __cspViolations: string[] };
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ran: w.__injected, violations: w.__cspViolations };
  });
  expect(result.ran).toBeUndefined();
  expect(result.violations.join()).toContain('script-src');
});
