/**
 * Every page type of the built site answers 200 with one <h1>, lang="zh-CN", no console error and
 * no request to another origin. Detail pages are reached by following the first entry link of
 * each list page, as a reader would.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function checkPage(path: string, expectedStatus = 200) {
  const { page, errors, foreignRequests, brokenResources } = await watchedPage(browser(), baseUrl);
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  expect(response?.status(), `status of ${path}`).toBe(expectedStatus);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  expect(await page.locator('h1').count(), `<h1> count on ${path}`).toBe(1);
  expect((await page.locator('h1').innerText()).trim()).not.toBe('');
  expect(await page.title()).toContain('两新党建');
  expect(errors, `console errors on ${path}`).toEqual([]);
  expect(foreignRequests, `requests to other origins from ${path}`).toEqual([]);
  expect(brokenResources, `resources that failed to load on ${path}`).toEqual([]);
  return page;
}

const SECTIONS = [
  ['policies/', '政策文件'],
  ['program/', '五个一'],
  ['cases/', '典型案例'],
  ['methods/', '工作方法'],
  ['reports/', '来源文献'],
] as const;

describe('pages', () => {
  test('the home page links to every section of the main navigation', async () => {
    const page = await checkPage('');
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const label of ['首页', '政策文件', '五个一', '典型案例', '工作方法', '数据', '术语']) {
      await expect(nav.getByRole('link', { name: label }).count()).resolves.toBe(1);
    }
    await page.context().close();
  });

  for (const [path, title] of SECTIONS) {
    test(`the ${title} list and its first entry page render`, async () => {
      const list = await checkPage(path);
      // The first entry with a page of its own (a brief entry, 简目, links to its heading on its honour's page).
      const first = list.locator('main article a:not([href*="#"])').first();
      const href = await first.getAttribute('href');
      expect(href, `an entry link on ${path}`).toBeTruthy();
      await list.context().close();
      const detail = await checkPage(new URL(href!, baseUrl).pathname.replace(new URL(baseUrl).pathname, ''));
      // The detail page names its sources.
      await expect(detail.getByRole('heading', { name: '来源' }).count()).resolves.toBeGreaterThanOrEqual(path === 'reports/' ? 0 : 1);
      await detail.context().close();
    });
  }

  for (const path of ['glossary/', 'data/', 'search/', 'about/']) {
    test(`/${path} renders`, async () => {
      const page = await checkPage(path);
      await page.context().close();
    });
  }

  test('an unknown address answers 404 with a page that offers search', async () => {
    const page = await checkPage('no-such-page/', 404);
    await expect(page.getByRole('search').count()).resolves.toBeGreaterThanOrEqual(1);
    await page.context().close();
  });

  test('the header search is a plain GET form to /search/ that works without JavaScript', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { javaScript: false });
    await page.goto(baseUrl);
    await page.fill('#site-search', '双同步');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('双同步');
    await expect(page.locator('h1').innerText()).resolves.toContain('搜索');
    await page.context().close();
  });

  test('the case gallery filters by 组织类型 with plain links, without JavaScript', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { javaScript: false });
    await page.goto(new URL('cases/', baseUrl).href);
    const all = await page.locator('main article').count();
    const filters = page.getByRole('navigation', { name: '筛选' });
    const link = filters.locator('a[href*="/cases/type/"]').first();
    const label = (await link.innerText()).trim();
    const expected = Number(/\((\d+)\)/.exec(label)?.[1]);
    await link.click();
    await page.waitForURL(/\/cases\/type\/[a-z-]+\/$/);
    const shown = await page.locator('main article').count();
    expect(shown).toBe(expected);
    expect(shown).toBeLessThan(all);
    await expect(filters.locator('a[aria-current="page"]').innerText()).resolves.toBe(label);
    await page.context().close();
  });

  test('a 360 px phone shows the page without sideways scrolling', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['', 'cases/', 'program/']) {
      await page.goto(new URL(path, baseUrl).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on /${path} at 360 px`).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});
