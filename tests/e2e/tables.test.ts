/**
 * Data tables on a 360 px phone, on every page that has one (the data pages, pages whose MDX shows
 * a dataset's chart, and pages with a table in their text): no cell narrower than about four Chinese characters, in the standard
 * size and in 长者模式 特大; a dataset's full table stands as one block per row; a chart's table that
 * is wider than the screen scrolls in its box with its first column held and a hint shown (and no
 * hint when it fits); nothing scrolls the page sideways. Printed, every table is a real table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');
const at = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();
const pages = sitemapPaths(dist, inject('basePath'));
const dataPages = pages.filter((p) => p.startsWith('data/'));
// Every page with a table: the data pages, and pages whose text has a table or a dataset's chart.
const tablePages = pages.filter((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes('<table'));

/** Every visible table cell narrower than 4 characters of its own font (with 5 % to spare for rounding). */
const narrowCells = (page: Page) =>
  page.$$eval('main table :is(th, td)', (cells) =>
    cells
      // Not the header row of a stacked table, which is there for screen readers only.
      .filter((c) => (c as HTMLElement).offsetParent !== null && getComputedStyle(c.closest('thead') ?? c).position !== 'absolute')
      .map((c) => {
        const s = getComputedStyle(c);
        const content = c.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - parseFloat(s.borderLeftWidth) - parseFloat(s.borderRightWidth);
        return { text: (c.textContent ?? '').trim().slice(0, 16), chars: content / parseFloat(s.fontSize) };
      })
      .filter((c) => c.chars < 3.8)
      .map((c) => `“${c.text}”: ${c.chars.toFixed(1)} characters wide`),
  );

/** Each chart table box: whether it overflows, whether its hint shows, and whether its first column stays put when scrolled. */
const scrollBoxes = (page: Page) =>
  page.$$eval('.table-scroll', (boxes) =>
    boxes.map((box) => {
      const hint = box.querySelector<HTMLElement>('.table-scroll-hint')!;
      const first = box.querySelector('tbody tr > :first-child')!;
      const before = first.getBoundingClientRect().left;
      box.scrollLeft = 60;
      const held = Math.abs(first.getBoundingClientRect().left - before) < 1;
      box.scrollLeft = 0;
      return { overflows: box.scrollWidth > box.clientWidth + 1, hintShown: hint.getBoundingClientRect().height > 0 && getComputedStyle(hint).visibility === 'visible', held };
    }),
  );

describe('data tables at 360 px', () => {
  test('the pages with tables are found: every data page, and more', () => {
    expect(dataPages.length).toBeGreaterThan(3);
    expect(tablePages).toEqual(expect.arrayContaining([...dataPages, 'cases/linpu-quanfugai/']));
  });

  for (const size of ['', 'xl']) {
    test(`no cell is narrower than about four characters, and the page does not scroll sideways${size ? ' (长者模式 特大)' : ''}`, async () => {
      const { page } = await watchedPage(browser(), baseUrl, { phone: true });
      await page.context().addInitScript((s) => localStorage.setItem('liangxin-text-size', s), size);
      const problems: string[] = [];
      let tables = 0;
      for (const path of tablePages) {
        await page.goto(at(path));
        tables += await page.locator('main table').count();
        for (const cell of await narrowCells(page)) problems.push(`/${path}: ${cell}`);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (over > 0) problems.push(`/${path}: ${over} px sideways`);
        for (const [i, box] of (await scrollBoxes(page)).entries()) {
          if (box.overflows && !box.hintShown) problems.push(`/${path}: chart table ${i + 1} scrolls without its hint`);
          if (!box.overflows && box.hintShown) problems.push(`/${path}: chart table ${i + 1} fits but shows the hint`);
          if (box.overflows && !box.held) problems.push(`/${path}: chart table ${i + 1} scrolls its first column away`);
        }
      }
      expect(tables).toBeGreaterThan(5);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  test('a dataset’s full table stands as one block per row, each value under its column’s name', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    await page.goto(at('data/guangdong-liangzhangwang-2023/'));
    const table = page.locator('table[data-observations]');
    expect(await table.locator('thead').evaluate((t) => t.getBoundingClientRect().width), 'header row for screen readers only').toBeLessThanOrEqual(1);
    const row = table.locator('tbody tr').first();
    const cell = row.locator('td').first();
    expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('block');
    expect(await cell.evaluate((c) => getComputedStyle(c, '::before').content)).toBe('"地区"');
    // Screen readers still meet a table: roles kept on the blocks.
    expect(await page.getByRole('table').count()).toBeGreaterThan(0);
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);
    // A chart table that overflows is shown at 特大 (checked above); at this size the row reads in one screen.
    const height = await row.evaluate((r) => r.getBoundingClientRect().height);
    expect(height).toBeLessThan(780);
    await page.context().close();
  });

  test('printed, every data table is a real table with its header row', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    await page.emulateMedia({ media: 'print' });
    for (const path of dataPages) {
      await page.goto(at(path));
      const displays = await page.$$eval('main table', (tables) =>
        tables.map((t) => [getComputedStyle(t).display, getComputedStyle(t.querySelector('tbody tr')!).display, getComputedStyle(t.querySelector('thead')!).position].join(' ')),
      );
      for (const d of displays) expect(d, `/${path}`).toBe('table table-row static');
      await expect(page.locator('.table-scroll-hint').evaluateAll((hints) => hints.every((h) => getComputedStyle(h).display === 'none'))).resolves.toBe(true);
    }
    await page.context().close();
  });
});
