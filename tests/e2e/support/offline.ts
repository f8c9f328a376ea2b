/**
 * Service-worker helpers for offline tests: a browser context as a phone reader has it (no test
 * routing, which would stand between the worker and the network), and waiting for the worker.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE } from './browser';

/** A fresh phone context with service workers allowed and nothing intercepted. */
export function readerContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, locale: 'zh-CN', serviceWorkers: 'allow' });
}

/** Waits until a service worker controls `page` and has finished precaching (it is active). */
export async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Waits until the cache `match` names holds `url` (a page kept as it was read). */
export async function kept(page: Page, url: string, match = 'liangxin-pages-'): Promise<void> {
  await page.waitForFunction(
    async ([u, prefix]) => {
      for (const name of await caches.keys()) {
        if (name.startsWith(prefix!) && (await (await caches.open(name)).match(u!))) return true;
      }
      return false;
    },
    [url, match],
    { timeout: 15_000, polling: 200 },
  );
}

/** The names of the caches the site has in the browser. */
export const cacheNames = (page: Page): Promise<string[]> => page.evaluate(() => caches.keys());

/** Whether every stylesheet of the page loaded (an old page with new files, or none, would not). */
export const stylesLoaded = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    return links.length > 0 && links.every((l) => l.sheet !== null && l.sheet.cssRules.length > 0);
  });

/**
 * Waits until a new worker has installed and waits (`true`), or until none waits and the active
 * one has finished activating (`false`: a new worker has taken over and cleared what it replaces).
 */
export async function workerWaiting(page: Page, waiting: boolean): Promise<void> {
  await page.evaluate(async (want) => {
    for (let i = 0; i < 300; i++) {
      const registration = await navigator.serviceWorker.getRegistration();
      const waits = registration?.waiting != null;
      if (want ? waits : !waits && registration?.active?.state === 'activated') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(want ? 'no new service worker installed within 30 s' : 'the waiting service worker did not take over within 30 s');
  }, waiting);
}
