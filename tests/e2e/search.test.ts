/**
 * Search in the browser, against the built site and its real Pagefind index: results while typing,
 * filters, the state in the URL and Back, glossary terms, keyboard use, the header box, the page
 * without JavaScript, and that content pages load no search code until the box is focused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser, watchedPage } from './support/browser';
import { projectRoot } from './support/build';
import { pagefindResults } from './support/search';

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const dist = inject('distDir');
const browser = useBrowser();


const at = (path: string) => new URL(path, baseUrl).href;
/** The path of a result link below the base: `cases/linpu/`. */
const below = (href: string) => (href.startsWith(basePath) ? href.slice(basePath.length) : href);

/** Waits until the search page shows the results for `search` (a `?q=…&类别=…` string). */
async function resultsShown(page: Page, search: string) {
  await page.waitForSelector(`[data-search-results][data-state="${search}"]`, { state: 'attached', timeout: 15_000 });
  return page.locator('[data-search-results] > li');
}
const stateOf = (q: string, filters: [string, string][] = []) => `?${new URLSearchParams([['q', q], ...filters])}`;

async function searchPage(path = 'search/', options: { javaScript?: boolean } = {}) {
  const watch = await watchedPage(browser(), baseUrl, options);
  await watch.page.goto(at(path));
  return watch;
}

describe('search page', () => {
  test('typing shows results while typing, each with a category badge and the query highlighted', async () => {
    const { page, errors, foreignRequests } = await searchPage();
    await page.locator('#search-page-q').pressSequentially('双同步', { delay: 30 });
    const results = await resultsShown(page, stateOf('双同步'));
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.first().locator('.search-badge').innerText()).not.toBe('');
    const marks = await page.locator('[data-search-results] mark').allInnerTexts();
    expect(marks).toContain('双同步');
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/找到 \d+ 条/);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  test('a category filter narrows the results to that category, with the count it showed', async () => {
    const { page } = await searchPage(`search/${stateOf('党建')}`);
    const all = await resultsShown(page, stateOf('党建'));
    const before = Number(/找到 (\d+) 条/.exec(await page.locator('[data-search-status]').innerText())![1]);
    expect(await all.count()).toBeGreaterThan(0);
    const option = page.locator('.search-filter-option', { has: page.locator('input[name="类别"][value="政策文件"]') });
    const shownCount = Number(await option.locator('.search-filter-count').innerText());
    expect(shownCount).toBeGreaterThan(0);
    expect(shownCount).toBeLessThan(before);
    await option.locator('input').check();
    const filtered = await resultsShown(page, stateOf('党建', [['类别', '政策文件']]));
    expect(new URL(page.url()).searchParams.getAll('类别')).toEqual(['政策文件']);
    expect(await page.locator('[data-search-status]').innerText()).toContain(`找到 ${shownCount} 条`);
    const badges = await filtered.locator('.search-badge').allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['政策文件']));
    await page.context().close();
  });

  test('values of one filter add up, and a second filter narrows to the count it showed', async () => {
    const { page } = await searchPage(`search/${stateOf('党建')}`);
    await resultsShown(page, stateOf('党建'));
    const total = () => page.locator('[data-search-status]').innerText().then((t) => Number(/找到 (\d+) 条/.exec(t)?.[1]));
    const option = (name: string, value: string) =>
      page.locator('.search-filter-option', { has: page.locator(`input[name="${name}"][value="${value}"]`) });
    const count = async (name: string, value: string) => Number(await option(name, value).locator('.search-filter-count').innerText());

    const policies = await count('类别', '政策文件');
    const cases = await count('类别', '典型案例');
    await option('类别', '政策文件').locator('input').check();
    await resultsShown(page, stateOf('党建', [['类别', '政策文件']]));
    // The other values of 类别 still show what choosing them as well would add.
    expect(await count('类别', '典型案例')).toBe(cases);
    await option('类别', '典型案例').locator('input').check();
    await resultsShown(page, stateOf('党建', [['类别', '政策文件'], ['类别', '典型案例']]));
    expect(await total()).toBe(policies + cases);

    await page.locator('details[data-filter="地区"] summary').click();
    const region = page.locator('details[data-filter="地区"] .search-filter-option').first();
    const regionName = await region.locator('input').getAttribute('value');
    const regionCount = Number(await region.locator('.search-filter-count').innerText());
    expect(regionCount).toBeLessThanOrEqual(policies + cases);
    await region.locator('input').check();
    await resultsShown(page, stateOf('党建', [['类别', '政策文件'], ['类别', '典型案例'], ['地区', regionName!]]));
    expect(await total()).toBe(regionCount);
    await page.context().close();
  });

  test('browsing by category without words lists every page of that category', async () => {
    // The pages that carry the category in the build: the cases' own pages, and the honour pages that hold brief entries.
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-filter="类别[content]" content="典型案例"'));
    expect(pages.length).toBeGreaterThan(10);
    const { page } = await searchPage(`search/?${new URLSearchParams({ 类别: '典型案例' })}`);
    await resultsShown(page, `?${new URLSearchParams({ 类别: '典型案例' })}`);
    expect(await page.locator('[data-search-status]').innerText()).toContain(`找到 ${pages.length} 条`);
    await page.context().close();
  });

  test('按类别浏览 counts the entries of each collection and links to its list', async () => {
    const entries = (dir: string) => readdirSync(join(projectRoot, dir)).filter((f) => /^[^_.].*\.(mdx?|json)$/.test(f)).length;
    const { page } = await searchPage('search/');
    const links = page.locator('[data-search-categories] a');
    const shown = Object.fromEntries(
      (await links.evaluateAll((as) => as.map((a) => [a.textContent!, a.getAttribute('href')!]))).map(([text, href]) => [/^(.+)（\d+）$/.exec(text)![1], [Number(/（(\d+)）$/.exec(text)![1]), href]]),
    );
    expect(shown).toEqual({
      政策文件: [entries('content/policies'), `${basePath}policies/`],
      五个一: [entries('content/program'), `${basePath}program/`],
      典型案例: [entries('content/cases'), `${basePath}cases/`],
      工作方法: [entries('content/methods'), `${basePath}methods/`],
      术语: [entries('content/glossary'), `${basePath}glossary/`],
      数据: [entries('data/datasets'), `${basePath}data/`],
      来源文献: [entries('content/reports'), `${basePath}reports/`],
    });
    await page.context().close();
  });

  test('the URL keeps the query and filters, and Back restores the earlier state', async () => {
    const filtered = stateOf('双同步', [['类别', '政策文件']]);
    const { page } = await searchPage(`search/${filtered}`);
    await resultsShown(page, filtered);
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe('双同步');
    const box = page.locator('input[name="类别"][value="政策文件"]');
    expect(await box.isChecked()).toBe(true);

    await box.uncheck();
    await resultsShown(page, stateOf('双同步'));
    expect(new URL(page.url()).searchParams.getAll('类别')).toEqual([]);

    await page.goBack();
    await resultsShown(page, filtered);
    expect(await page.locator('input[name="类别"][value="政策文件"]').isChecked()).toBe(true);

    // Open a result, come back: the same search is shown again.
    const first = page.locator('[data-search-results] a[data-result-link]').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL((u) => u.pathname === href.split('#')[0]);
    await page.goBack();
    await resultsShown(page, filtered);
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe('双同步');
    await page.context().close();
  });

  test('a glossary term lands on its entry of the glossary page', async () => {
    const id = 'liu-qing';
    const term = /^term:\s*"?([^"\n]+)"?/m.exec(readFileSync(join(projectRoot, `content/glossary/${id}.md`), 'utf8'))![1]!;
    const { page } = await searchPage(`search/${stateOf(term)}`);
    const results = await resultsShown(page, stateOf(term));
    const hrefs = (await results.locator('a[data-result-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(below);
    expect(hrefs.slice(0, 3)).toContain(`glossary/#${id}`);
    await page.locator(`a[data-result-link][href$="glossary/#${id}"]`).click();
    await page.waitForURL(`**/glossary/#${id}`);
    await expect(page.locator(`h3[id="${id}"]`).innerText()).resolves.toContain(term);
    await page.context().close();
  });

  test('a search that finds nothing says so and suggests terms and categories', async () => {
    const { page } = await searchPage(`search/${stateOf('zzqxw')}`);
    await resultsShown(page, stateOf('zzqxw'));
    expect(await page.locator('[data-search-status]').innerText()).toContain('没有找到');
    const help = page.locator('[data-search-help]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('[data-search-link]').count()).toBeGreaterThan(3);
    await page.waitForSelector('[data-search-categories] a');
    expect(await page.locator('[data-search-categories] a').first().innerText()).toMatch(/（\d+）$/);
    await page.context().close();
  });

  test('keyboard: / focuses the box, arrows move through the results, Enter opens one', async () => {
    const { page } = await searchPage(`search/${stateOf('临浦镇')}`);
    await resultsShown(page, stateOf('临浦镇'));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-page-q');
    const links = page.locator('[data-search-results] a[data-result-link]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await links.nth(1).getAttribute('href');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(second);
    await page.keyboard.press('ArrowUp');
    const first = await links.nth(0).getAttribute('href');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname + u.hash === first);
    await page.context().close();
  });

  test('without JavaScript the page says search needs it and links the category lists', async () => {
    const { page } = await searchPage(`search/${stateOf('双同步')}`, { javaScript: false });
    await expect(page.locator('[data-search-nojs]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-nojs]').innerText()).resolves.toContain('JavaScript');
    for (const list of ['policies/', 'cases/', 'methods/', 'glossary/']) {
      await expect(page.locator(`main a[href="${basePath}${list}"]`).count()).resolves.toBeGreaterThan(0);
    }
    await page.context().close();
  });
});

describe('header search', () => {
  test('content pages load no search code until the box is focused; then results appear under it', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(at('about/'), { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => s.includes('/pagefind/'))).toEqual([]);
    // The loader is tiny: everything the page runs before focus, gzipped, stays within 2 KB.
    const loaded = scripts.map((s) => gzipSync(readFileSync(join(dist, s.slice(basePath.length)))).length);
    expect(loaded.reduce((a, b) => a + b, 0), `scripts on a content page: ${scripts.join(', ')}`).toBeLessThanOrEqual(2048);

    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('力邦村');
    const panel = page.locator('[data-site-search] .search-panel');
    await panel.locator('a[data-result-link]').first().waitFor();
    expect(scripts.some((s) => s.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await expect(panel.isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Enter in the header box opens the search page with the query', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(at(''));
    await page.fill('#site-search', '两张网');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await resultsShown(page, stateOf('两张网'));
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe('两张网');
    await page.context().close();
  });
});

describe('search accessibility', () => {
  test('the search page with results and open filters has no WCAG 2.1 A/AA violations', async () => {
    const { page } = await searchPage(`search/${stateOf('楼宇党建')}`);
    await resultsShown(page, stateOf('楼宇党建'));
    await page.locator('details.search-filter').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the header results panel has no WCAG 2.1 A/AA violations', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(at('cases/'));
    await page.fill('#site-search', '口袋党员');
    await page.locator('.search-panel a[data-result-link]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('search markup', () => {
  test('pages carry no inline executable script, so a CSP without unsafe-inline works', () => {
    for (const file of ['index.html', 'search/index.html', 'glossary/index.html', 'about/index.html']) {
      const html = readFileSync(join(dist, file), 'utf8');
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs, body]) => !/\bsrc=/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!) && body!.trim() !== '',
      );
      expect(inline.map(([tag]) => tag.slice(0, 80)), file).toEqual([]);
    }
  });

  test('the index holds the main content only, with filters and meta from <meta> elements', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(at('about/'));
    const data = await pagefindResults<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>(page, basePath, '临浦镇');
    const linpu = data.find((d) => d.url.endsWith('cases/linpu-quanfugai/'))!;
    expect(linpu.meta.category).toBe('典型案例');
    expect(linpu.filters['类别']).toEqual(['典型案例']);
    expect(linpu.filters['地区']).toContain('临浦镇');
    expect(linpu.filters['年份']?.length).toBeGreaterThan(0);
    for (const d of data) {
      // Header, breadcrumbs and footer stay out of the indexed text.
      expect(d.content).not.toContain('跳到正文');
      expect(d.content).not.toContain('搜索全站');
      expect(d.content).not.toMatch(/^首页/);
      expect(d.content).not.toContain('每个事实和数字都注明来源文献');
    }
    await page.context().close();
  });
});
