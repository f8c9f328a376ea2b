/**
 * Links to the site's own entries, judged before anything renders (src/lib/site-links.ts): a link
 * to an entry that will not exist is named with the folder and the closest id; what only the
 * finished pages can tell (anchors inside a page, list and filter pages) is left to the link check.
 */
import { describe, expect, test } from 'vitest';
import { mayHaveBrokenSiteLink, siteLinkProblem, type SitePages } from '../../src/lib/site-links';

const pages: SitePages = {
  entries: new Map([
    ['methods', new Set(['liu-qing', 'liang-zhang-wang'])],
    ['glossary', new Set(['shuang-tongbu'])],
    ['cases', new Set(['linpu-quanfugai'])],
  ]),
  datasets: new Set(['linpu-pilot-2011']),
};
const problem = (url: string) => siteLinkProblem(url, pages);

describe('links to entries', () => {
  test('a link to an entry that does not exist names the folder, the id and the closest id', () => {
    expect(problem('/methods/liu-qnig/')).toEqual({
      message: '链接 /methods/liu-qnig/ 指向的工作方法不存在：content/methods/ 中没有“liu-qnig”。',
      fix: '是不是 /methods/liu-qing/？请改正链接，或先在 content/methods/ 中添加这个工作方法（文件名就是 id）。',
    });
    expect(problem('/glossary/#shuang-tongbo')?.message).toBe('链接 /glossary/#shuang-tongbo 指向的术语不存在：content/glossary/ 中没有“shuang-tongbo”。');
    expect(problem('/glossary/#shuang-tongbo')?.fix).toContain('是不是 /glossary/#shuang-tongbu？');
    expect(problem('/reports/no-such-report/#part')?.message).toContain('content/reports/ 中没有“no-such-report”');
    expect(problem('/policies/x/')?.fix).toBe('请改正链接，或先在 content/policies/ 中添加这个政策文件（文件名就是 id）。');
  });

  test('datasets: the page and the CSV and JSON downloads', () => {
    expect(problem('/data/linpu-pilot-2011/')).toBeUndefined();
    expect(problem('/data/linpu-pilot-2011.csv')).toBeUndefined();
    expect(problem('/data/linpu-pilot-2012.json')?.message).toBe('链接 /data/linpu-pilot-2012.json 指向的数据集不存在：data/datasets/ 中没有“linpu-pilot-2012”。');
    expect(problem('/data/linpu-pilot-2012/')?.fix).toContain('是不是 /data/linpu-pilot-2011/？');
    expect(problem('/data/index.json')).toBeUndefined();
    expect(problem('/data/schema.json')).toBeUndefined();
  });

  test('a page address without its final / is named, with the address to write', () => {
    expect(problem('/methods/liu-qing')).toEqual({ message: '链接 /methods/liu-qing 的页面地址结尾缺少 /，这样的地址打不开。', fix: '写成 /methods/liu-qing/。' });
    expect(problem('/methods/liu-qing#buzhou')?.fix).toBe('写成 /methods/liu-qing/#buzhou。');
    expect(problem('/methods/no-such')?.message).toContain('不存在');
  });

  test('entries that exist, anchors inside pages, list and filter pages and other sites are not judged here', () => {
    for (const url of [
      '/methods/liu-qing/',
      '/methods/liu-qing/#做法',
      '/glossary/#shuang-tongbu',
      '/glossary/#letter-s',
      '/glossary/',
      '/methods/',
      '/cases/page/2/',
      '/cases/type/louyu/',
      '/program/#standards',
      '/search/?q=六清',
      '/about/',
      'https://www.gov.cn/',
      '//example.org/methods/x/',
      '../x/',
      '#top',
    ]) {
      expect(problem(url), url).toBeUndefined();
    }
  });

  test('percent-encoded addresses are read as written', () => {
    expect(problem('/glossary/#%E5%8F%8C')?.message).toContain('中没有“双”');
  });
});

describe('which bodies need parsing for links', () => {
  test('only a body with a root link to a missing entry', () => {
    expect(mayHaveBrokenSiteLink('见[六清](/methods/liu-qing/)和[政府网](https://www.gov.cn/)。', pages)).toBe(false);
    expect(mayHaveBrokenSiteLink('见[六清](/methods/liu-qnig/ "标题")。', pages)).toBe(true);
    expect(mayHaveBrokenSiteLink('见[六清][a]。\n\n[a]: /methods/liu-qnig/\n', pages)).toBe(true);
    expect(mayHaveBrokenSiteLink('见[六清](</methods/liu-qnig/>)。', pages)).toBe(true);
  });
});
