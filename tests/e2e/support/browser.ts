/**
 * Chromium for e2e tests: the system browser (`/usr/bin/chromium`, Debian package `chromium`)
 * driven by playwright-core. Never a downloaded browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One Chromium for a test file: launched before its tests and closed after them. Call it at the
 * top of the file; the function it returns gives the browser inside tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is only there inside tests and hooks');
    return browser;
  };
}

export type PageWatch = {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Every request URL whose origin is not the site's. */
  foreignRequests: string[];
  /** Resources (not the page itself) that answered 400 or worse. */
  brokenResources: string[];
};

/** A mid-range phone: 360 × 780 CSS pixels, a touch screen, the mobile viewport rules. */
export const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/**
 * A fresh page that records console errors and requests to other origins; requests to other
 * origins are also aborted, so a test never waits on the network. `phone` opens it as on a phone
 * (`PHONE`).
 */
export async function watchedPage(browser: Browser, siteUrl: string, options: { javaScript?: boolean; phone?: boolean } = {}): Promise<PageWatch> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, locale: 'zh-CN', ...(options.phone ? PHONE : {}) });
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const brokenResources: string[] = [];
  page.on('console', (msg) => {
    // A failed load is reported below, with its URL; the page's own 404 status is not an error.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      brokenResources.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, errors, foreignRequests, brokenResources };
}
