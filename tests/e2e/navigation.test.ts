/**
 * The header on a 360 px phone: at rest it takes at most 120 px of a 780 px screen, the current
 * section is marked and fully in view in the section strip on every section's pages, and search is
 * one tap away (a link in the header to the search page, whose box is on the first screen). Lists
 * say how they are ordered and offer the other order as a plain link.
 */
import { describe, expect, inject, test } from 'vitest';
import { comparePinyin } from '../../src/lib/collate';
import { useBrowser, watchedPage } from './support/browser';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();
const paths = sitemapPaths(inject('distDir'), inject('basePath'));
const SECTIONS = ['policies', 'program', 'cases', 'methods', 'data', 'glossary'];

describe('header on a phone', () => {
  test('at rest the header is at most 120 px high, and the current section is in view in the strip on every section', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    const problems: string[] = [];
    // Each section's list and its last entry page (the strip ends with 数据 and 术语).
    const samples = ['', ...SECTIONS.flatMap((s) => [`${s}/`, ...paths.filter((p) => p.startsWith(`${s}/`) && p !== `${s}/`).slice(-1)])];
    for (const path of samples) {
      await page.goto(at(path));
      const header = await page.locator('header').boundingBox();
      if (!header || header.height > 120) problems.push(`/${path}: header ${header?.height} px`);
      const current = page.getByRole('navigation', { name: '主导航' }).locator('a[aria-current="page"]');
      if ((await current.count()) !== 1) {
        problems.push(`/${path}: ${await current.count()} current sections`);
        continue;
      }
      const box = (await current.boundingBox())!;
      const inView = await current.evaluate((a) => {
        const r = a.getBoundingClientRect();
        const strip = a.closest('ul')!.getBoundingClientRect();
        return r.left >= Math.max(0, strip.left) - 0.5 && r.right <= Math.min(innerWidth, strip.right) + 0.5;
      });
      if (!inView || box.width < 24) problems.push(`/${path}: the current section “${await current.innerText()}” is not in view`);
      const expected = path.split('/')[0];
      const href = new URL((await current.getAttribute('href'))!, baseUrl).href;
      if (href !== at(expected ? `${expected}/` : '')) problems.push(`/${path}: marked ${href}`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('search is one tap away: the header links to the search page, whose box is on the first screen', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    await page.goto(at('cases/'));
    const link = page.locator('header').getByRole('link', { name: '搜索' });
    await expect(link.isVisible()).resolves.toBe(true);
    await link.tap();
    await page.waitForURL(at('search/'));
    const box = await page.locator('#search-page-q').boundingBox();
    expect(box && box.y + box.height <= 780).toBe(true);
    await page.context().close();
  });
});

describe('list order', () => {
  test('the case list says it runs newest first and links the list by name, a static page in pinyin order (the site’s collation: Latin initials among the pinyin ones)', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true, javaScript: false });
    await page.goto(at('cases/'));
    await expect(page.locator('[data-list-order]').innerText()).resolves.toContain('按时间排列：由近及远');
    const orders = page.getByRole('navigation', { name: '排列顺序' });
    await expect(orders.locator('a[aria-current="page"]').innerText()).resolves.toBe('按时间');
    await orders.getByRole('link', { name: '按名称' }).click();
    await page.waitForURL(at('cases/by-name/'));
    await expect(orders.locator('a[aria-current="page"]').innerText()).resolves.toBe('按名称');
    const titles = await page.locator('[data-list="entries"] h2').allInnerTexts();
    expect(titles.length).toBeGreaterThan(5);
    expect(titles).toEqual([...titles].sort(comparePinyin));
    await page.context().close();
  });

  test('by time, the cases run from the newest year to the oldest, and those without a date come last', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { javaScript: false });
    await page.goto(at('cases/'));
    const years = await page.locator('[data-list="entries"] article').evaluateAll((cards) =>
      cards.map((c) => {
        const years = [...(c.querySelector('p')?.textContent ?? '').matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
        return years.length ? Math.max(...years) : null;
      }),
    );
    const dated = years.filter((y): y is number => y !== null);
    expect(dated.length).toBeGreaterThan(5);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(years.slice(dated.length).every((y) => y === null), `undated last: ${years.join(' ')}`).toBe(true);
    await page.context().close();
  });
});
