/**
 * Printing, in Chromium with print media: a policy prints as a document — its title, the
 * 发文机关 · 字号 · 日期 line, the body with each link's address, the sources, the page's address
 * and the day it is printed — with no navigation; a data page prints its tables with their units
 * and source. The 打印 button exists only with JavaScript. Screenshots of both printouts are
 * written to `test-artifacts/print/<project>/` (git-ignored) for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { projectRoot } from './support/build';
import { useBrowser, watchedPage } from './support/browser';
import { entryData } from './support/content';

const baseUrl = inject('baseUrl');
const base = inject('basePath');
const SITE = process.env.SITE_URL!;
const folder = join(projectRoot, 'test-artifacts/print', base === '/' ? 'e2e' : 'e2e-base');
const browser = useBrowser();

/** Whether each selector has a box on the printed page. */
const printed = (page: Page, selectors: string[]) =>
  page.evaluate((list) => Object.fromEntries(list.map((s) => [s, [...document.querySelectorAll(s)].some((e) => e.getClientRects().length > 0)])), selectors);

async function printPage(path: string, javaScript = true) {
  const watch = await watchedPage(browser(), baseUrl, { javaScript });
  await watch.page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  await watch.page.emulateMedia({ media: 'print' });
  return watch;
}

describe('print', () => {
  test('a policy prints as a document: title, 发文机关 · 字号 · 日期, body with addresses, sources, address and date; no navigation', async () => {
    const id = 'feigong-shuangtongbu-shishi-fangan';
    const d = entryData('policies', id);
    const { page, errors } = await printPage(`policies/${id}/`);
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, 'policy.png'), fullPage: true });

    const line = await page.locator('[data-document-line]').innerText();
    expect(line).toBe([d.issuer, d.docNumber].join(' · '));
    expect(await printed(page, ['h1', '[data-document-line]', '.prose', '[data-print-footer]', 'section[aria-labelledby="sources-heading"]'])).toEqual({
      h1: true,
      '[data-document-line]': true,
      '.prose': true,
      '[data-print-footer]': true,
      'section[aria-labelledby="sources-heading"]': true,
    });
    expect(await printed(page, ['header nav', 'nav[aria-label="面包屑"]', 'body > footer', 'form[role="search"]', 'article dl', '[data-print-button]'])).toEqual({
      'header nav': false,
      'nav[aria-label="面包屑"]': false,
      'body > footer': false,
      'form[role="search"]': false,
      'article dl': false,
      '[data-print-button]': false,
    });
    // A body link prints its public address after its words.
    const after = await page.locator('.prose a[href$="/methods/shuang-tongbu/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${new URL(`${base}methods/shuang-tongbu/`, SITE).href})"`);
    const footer = await page.locator('[data-print-footer]').innerText();
    expect(footer).toContain(`本页网址：${new URL(`${base}policies/${id}/`, SITE).href}`);
    expect(footer).toContain(`打印日期：${new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date())}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a data page prints its tables with units and source, without the charts’ canvases or the tools', async () => {
    const { page } = await printPage('data/hangzhou-gongjianyue-2011/');
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, 'data.png'), fullPage: true });
    expect(await printed(page, ['table[data-observations]', '.chart-figure table', 'canvas', '.chart-tools', '[data-print-footer]'])).toEqual({
      'table[data-observations]': true,
      '.chart-figure table': true,
      canvas: false,
      '.chart-tools': false,
      '[data-print-footer]': true,
    });
    const figure = await page.locator('.chart-figure').first().innerText();
    expect(figure).toMatch(/单位：\S+/);
    expect(figure).toContain('来源：《');
    const values = await page.locator('table[data-observations] td.num').allInnerTexts();
    expect(values.length).toBeGreaterThan(0);
    await page.context().close();
  });

  test('the 打印 button: shown with JavaScript, absent without it', async () => {
    const withJs = await printPage('policies/shifanhua-gongcheng-2020/');
    await withJs.page.emulateMedia({ media: 'screen' });
    await expect(withJs.page.getByRole('button', { name: '打印' }).isVisible()).resolves.toBe(true);
    await withJs.page.context().close();
    const withoutJs = await printPage('policies/shifanhua-gongcheng-2020/', false);
    await withoutJs.page.emulateMedia({ media: 'screen' });
    await expect(withoutJs.page.getByRole('button', { name: '打印' }).count()).resolves.toBe(0);
    // The printout still carries the address, only the date needs the script.
    await withoutJs.page.emulateMedia({ media: 'print' });
    await expect(withoutJs.page.locator('[data-print-footer]').innerText()).resolves.toMatch(/^本页网址：https:\/\/portal\.example\.org\/\S+$/);
    await withoutJs.page.context().close();
  });
});
