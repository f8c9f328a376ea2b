/**
 * Search as Party workers ask, in Chromium against the built site, its real Pagefind index and the
 * search data built from content/ and data/ (dist/search/*.json): a question about a figure gets
 * an answer card with its source and dataset (and never a figure for a place the data does not
 * have), a slip gets 您是不是要找 leading to the right term, another name of a term is searched as
 * well and said so, glossary hits read as their term, nothing moves while these appear, and the data
 * loads only when search is used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { formatNumber } from '../../src/lib/numbers';
import { axeViolations } from './support/axe';
import { useBrowser, watchedPage } from './support/browser';
import { projectRoot } from './support/build';
import { layoutShifts, watchLayoutShifts } from './support/layout-shift';

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const browser = useBrowser();
const at = (path: string) => new URL(path, baseUrl).href;
const stateOf = (q: string) => `?${new URLSearchParams({ q })}`;
const below = (href: string) => (href.startsWith(basePath) ? href.slice(basePath.length) : href);

/** Waits until the search page shows its answer to `q`; returns the result links (below the base). */
async function answerTo(page: Page, q: string): Promise<string[]> {
  await page.waitForSelector(`[data-search-results][data-state="${stateOf(q)}"]`, { state: 'attached', timeout: 20_000 });
  return (await page.locator('[data-search-results] a[data-result-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(below);
}

async function searchFor(q: string, options: { phone?: boolean; shifts?: boolean } = {}) {
  const watch = await watchedPage(browser(), baseUrl);
  if (options.phone) await watch.page.setViewportSize({ width: 360, height: 780 });
  if (options.shifts) await watchLayoutShifts(watch.page);
  await watch.page.goto(at(`search/${stateOf(q)}`));
  const results = await answerTo(watch.page, q);
  return { ...watch, results };
}

/** The bundled data the figure questions below are about. */
const liudong = JSON.parse(readFileSync(join(projectRoot, 'data/datasets/hangzhou-liudong-dangyuan-2011.json'), 'utf8')) as {
  title: string;
  source: string;
  observations: { indicator: string; region: string; period: string; value: number; approx?: string }[];
};
const regions = JSON.parse(readFileSync(join(projectRoot, 'data/regions.json'), 'utf8')) as { id: string; name: string }[];

describe('answers to questions about figures', () => {
  test('杭州流动党员有多少: the figure, its place and period, with links to its source and dataset', async () => {
    const { page, errors, results } = await searchFor('杭州流动党员有多少');
    const total = liudong.observations.find((o) => o.indicator === 'liudong-dangwei-dangyuan' && o.region === 'hangzhou')!;
    const card = page.locator('[data-search-answer]');
    await expect(card.isVisible()).resolves.toBe(true);
    const text = await card.innerText();
    // 10000 with 余 reads as a lower bound: 10,000名以上.
    expect(text).toContain(`${formatNumber(total.value)}名以上`);
    expect(text).toContain(regions.find((r) => r.id === 'hangzhou')!.name);
    expect(text).toContain('截至2011年11月');
    const source = card.locator('a[data-answer-source]');
    expect(await source.getAttribute('href')).toBe(`${basePath}reports/${liudong.source}/`);
    expect(await card.locator('a[data-answer-dataset]').getAttribute('href')).toBe(`${basePath}data/hangzhou-liudong-dangyuan-2011/`);
    // The dataset is also the first result.
    expect(results[0]!.split('#')[0]).toBe('data/hangzhou-liudong-dangyuan-2011/');
    await source.click();
    await page.waitForURL(`**/reports/${liudong.source}/`);
    expect(await page.locator('h1').innerText()).not.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a place the data does not have gets no figure of its own: the card says so and what it has', async () => {
    const { page } = await searchFor('浙江流动党员有多少');
    const text = await page.locator('[data-search-answer]').innerText();
    expect(text).toContain('数据中没有浙江省的这项数字');
    expect(text).toContain('杭州市');
    await page.context().close();
  });

  test('a question about something the statistics do not count gets no card', async () => {
    const { page, results } = await searchFor('骨干每年培训几次');
    await expect(page.locator('[data-search-answer]').isHidden()).resolves.toBe(true);
    expect(results.slice(0, 3)).toContain('program/gugan-peixun/');
    await page.context().close();
  });
});

describe('您是不是要找', () => {
  test('a one-character slip (双同部) suggests 双同步, shows its results, and one tap searches it', async () => {
    const { page, results } = await searchFor('双同部');
    const note = page.locator('[data-did-you-mean]');
    await expect(note.innerText()).resolves.toMatch(/^您是不是要找：双同步/);
    expect(results[0]).toBe('methods/shuang-tongbu/');
    await note.locator('a', { hasText: '双同步' }).first().click();
    const after = await answerTo(page, '双同步');
    expect(new URL(page.url()).searchParams.get('q')).toBe('双同步');
    expect(after.slice(0, 2)).toEqual(expect.arrayContaining(['methods/shuang-tongbu/', 'glossary/#shuang-tongbu']));
    await expect(page.locator('[data-did-you-mean]').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('pinyin initials find the term: stb → 双同步', async () => {
    const { page, results } = await searchFor('stb');
    await expect(page.locator('[data-did-you-mean]').innerText()).resolves.toContain('双同步');
    expect(results[0]).toBe('methods/shuang-tongbu/');
    await page.context().close();
  });

  test('the header box suggests too, and its link opens the search for the term', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(at('about/'));
    await page.fill('#site-search', '两章网');
    const panel = page.locator('[data-site-search] .search-panel');
    await panel.locator('[data-did-you-mean] a').first().waitFor();
    await expect(panel.locator('[data-did-you-mean]').innerText()).resolves.toContain('两张网');
    await panel.locator('[data-did-you-mean] a').first().click();
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('两张网');
    await page.context().close();
  });
});

describe('synonyms and glossary hits', () => {
  test('another name (区域化党建) is searched as its term too, and the page says so', async () => {
    const { page, results } = await searchFor('区域化党建');
    await expect(page.locator('[data-also-searched]').innerText()).resolves.toMatch(/^也搜索了：.*区域性党建/);
    expect(results[0]).toBe('methods/quyuxing-dangjian/');
    await page.context().close();
  });

  test('a phrase editors list under a term’s searchTerms leads to it: 党员找不到组织', async () => {
    const { page, results } = await searchFor('党员找不到组织');
    expect(results[0]).toBe('methods/dangzuzhi-zhao-dangyuan/');
    await page.context().close();
  });

  test('glossary hits are named by their term, link its anchor and show its first sentence; none reads “术语”', async () => {
    const entry = readFileSync(join(projectRoot, 'content/glossary/san-hui-yi-ke.md'), 'utf8');
    const term = /^term:\s*"?([^"\n]+)"?/m.exec(entry)![1]!;
    const firstSentence = /^definition:\s*"([^"]*?。)/m.exec(entry)![1]!;
    const { page, results } = await searchFor('三会一课指的是什么');
    expect(results[0]).toBe('glossary/#san-hui-yi-ke');
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('a[data-result-link]').innerText()).resolves.toBe(term);
    await expect(first.locator('.search-excerpt').innerText()).resolves.toBe(firstSentence);
    for (const q of ['三会一课指的是什么', '骨干每年培训几次', '口袋党员', '党建']) {
      await page.fill('#search-page-q', q);
      await answerTo(page, q);
      const titles = await page.locator('[data-search-results] a[data-result-link]').allInnerTexts();
      expect(titles, q).not.toContain('术语');
    }
    await page.context().close();
  });
});

describe('the answer card and notes keep the page still, pass axe, and load only with search', () => {
  // The page's own reservations (the status line, the results column) are the search page's layout;
  // what this adds must come with the results, in the same frame, and nothing may move after them.
  for (const phone of [true, false]) {
    test(`the answer card and notes come with the results: nothing moves once they are shown (${phone ? '360 px' : '1280 px'})`, async () => {
      for (const q of ['杭州流动党员有多少', '双同部', '区域化党建']) {
        const { page } = await searchFor(q, { phone, shifts: true });
        if (!phone) await page.setViewportSize({ width: 1280, height: 800 });
        await page.evaluate(() => ((window as unknown as { __shifts: unknown[] }).__shifts.length = 0));
        await page.waitForTimeout(800);
        const { total, shifts } = await layoutShifts(page);
        expect(total, `${q}: ${shifts.join('; ')}`).toBe(0);
        await page.context().close();
      }
    });
  }

  test('the search page with an answer card and notes has no WCAG 2.1 A/AA violations', async () => {
    const { page } = await searchFor('西湖区流动党员多少名');
    await expect(page.locator('[data-search-answer]').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#search-page-q', '双同部');
    await answerTo(page, '双同部');
    await expect(page.locator('[data-did-you-mean]').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('a content page fetches no search data until the header box is focused', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith(`${basePath}search/`)) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto(at('methods/shuang-tongbu/'), { waitUntil: 'networkidle' });
    expect(fetched).toEqual([]);
    await page.focus('#site-search');
    await page.waitForRequest((r) => r.url().endsWith('search/terms.json'));
    // Shards come only when needed: none for a plain focus.
    expect(fetched.filter((f) => /names-|figures-/.test(f))).toEqual([]);
    await page.context().close();
  });
});
