/**
 * Search answers with entries, not with the lists that repeat them: for ten queries a Party worker
 * types, typed into the real search page (Chromium, built site, real Pagefind index), no result is
 * a section list (典型案例, 政策文件 …), a filter page, a standard's page, the home page or the /data/
 * overview. An honour's page may be a result: it is the only home of its brief entries (简目).
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser';
import { resultsFor } from './support/search';

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const browser = useBrowser();

const QUERIES = ['党建', '两新组织', '双同步', '示范点', '组建', '流动党员', '楼宇党建', '政策文件', '典型案例', '数据'];

/** Whether a result path (below the base, maybe with #anchor) is a list page. */
function isList(path: string): boolean {
  const page = path.split('#')[0]!;
  if (['', 'policies/', 'cases/', 'methods/', 'reports/', 'data/'].includes(page)) return true;
  if (/^(policies|cases|methods|reports|data)\/page\/\d+\/$/.test(page)) return true;
  if (/^program\/standards\//.test(page)) return true;
  // Filter pages (`cases/type/louyu/`), except an honour's page, the home of its brief entries.
  return /^(cases|policies)\/[a-z]+\/[^/]+\/(page\/\d+\/)?$/.test(page) && !page.startsWith('cases/honour/');
}

describe('search results are entries, not lists', () => {
  test(`no list page among the results of ${QUERIES.length} common queries`, async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(new URL('search/', baseUrl).href);
    const lists: string[] = [];
    let results = 0;
    for (const q of QUERIES) {
      const hits = await resultsFor(page, q, basePath);
      results += hits.length;
      lists.push(...hits.filter(isList).map((h) => `${q} → /${h}`));
    }
    expect(results, 'the queries find something').toBeGreaterThan(QUERIES.length * 3);
    expect(lists).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the check recognises list pages, and entries and an honour page are not (it means something)', () => {
    expect(['cases/', 'policies/', '', 'data/', 'cases/type/louyu/', 'program/standards/role/', 'policies/page/2/'].every(isList)).toBe(true);
    expect(['cases/linpu-quanfugai/', 'cases/honour/quansheng-shifandian/#tcl-keji-dangwei', 'glossary/#liu-qing', 'program/'].some(isList)).toBe(false);
  });
});
