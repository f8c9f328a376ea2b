import { describe, expect, test } from 'vitest';
import { caseSearchFacets, datasetSearchFacets, regionNamesWithParents, facetFilters, facetMeta, methodSearchFacets, policySearchFacets, yearsBetween } from '../../src/lib/search/page-facets';
import { indexedCounts, indexedPart, missingPagesMessage, shouldBeIndexed, wrongLanguageMessage } from '../../src/lib/search/indexable';
import { suggestedTerms } from '../../src/lib/search/suggestions';

describe('search facets', () => {
  test('a case gives its category, regions, every year of its period, 组织类型 and 组建方式', () => {
    const facets = caseSearchFacets(
      { period: { start: '2011-09', end: '2013' }, orgTypes: ['楼宇'], formations: ['区域联建', '区域联建'] },
      ['浙江省', '杭州市', '下城区'],
    );
    expect(facetFilters(facets)).toEqual([
      { name: '类别', value: '典型案例' },
      { name: '地区', value: '浙江省' },
      { name: '地区', value: '杭州市' },
      { name: '地区', value: '下城区' },
      { name: '年份', value: '2011' },
      { name: '年份', value: '2012' },
      { name: '年份', value: '2013' },
      { name: '组织类型', value: '楼宇' },
      { name: '组建方式', value: '区域联建' },
    ]);
    expect(facets.date).toBe('2011年9月—2013年');
  });
  test('a case’s honours and a policy’s 有效性 are filters too', () => {
    const c = caseSearchFacets({ orgTypes: ['园区'], formations: [], honours: ['全省“两新”组织党建工作示范点'] }, []);
    expect(facetFilters(c)).toContainEqual({ name: '荣誉', value: '全省“两新”组织党建工作示范点' });
    expect(facetFilters(policySearchFacets({ status: '未知' }))).toEqual([
      { name: '类别', value: '政策文件' },
      { name: '有效性', value: '未知' },
    ]);
  });
  test('a policy is dated by its issue date, or else its publication date', () => {
    expect(policySearchFacets({ issuedAt: '2020-11-06' })).toMatchObject({ years: [2020], date: '2020年11月6日' });
    expect(policySearchFacets({ publishedAt: '2019' })).toMatchObject({ years: [2019], date: '2019年' });
    expect(facetFilters(policySearchFacets({}))).toEqual([{ name: '类别', value: '政策文件' }]);
  });
  test('a statistics page gets the 数据 category and every year its periods name', () => {
    expect(datasetSearchFacets(['杭州市'], ['2011-09', '2006', '2010-12-31/2011-09-30', '../2012-11'])).toEqual({
      category: '数据',
      regions: ['杭州市'],
      years: [2006, 2010, 2011, 2012],
    });
  });
  test('regions come with the regions they lie in, broadest first, once each', () => {
    const registry: Record<string, { name: string; parent?: string }> = {
      zj: { name: '浙江省' },
      hz: { name: '杭州市', parent: 'zj' },
      xs: { name: '萧山区', parent: 'hz' },
      loop: { name: '环', parent: 'loop' },
    };
    expect(regionNamesWithParents(['xs', 'hz', 'nowhere'], (id) => registry[id])).toEqual(['浙江省', '杭州市', '萧山区']);
    expect(regionNamesWithParents(['loop'], (id) => registry[id])).toEqual(['环']);
  });
  test('meta carries the title, category, date and aliases for the result list, and the names as the index’s words', () => {
    expect(facetMeta('双同步', methodSearchFacets({ aliases: ['摸排和组建双同步', '“双同步”'] }))).toEqual([
      { name: 'title', value: '双同步' },
      { name: 'names', value: '双同 同步 摸排 排和 和组 组建 建双' },
      { name: 'category', value: '工作方法' },
      { name: 'aliases', value: '摸排和组建双同步 | “双同步”' },
    ]);
  });
  test('a page without facets still has its title and names; a glossary’s names include its terms', () => {
    expect(facetMeta('术语')).toEqual([
      { name: 'title', value: '术语' },
      { name: 'names', value: '术语' },
    ]);
    expect(facetMeta('术语', { category: '术语', names: ['口袋党员', 'IC卡'] })[1]).toEqual({ name: 'names', value: '术语 口袋 袋党 党员 ic 卡' });
  });
  test('a period of many years is capped', () => {
    expect(yearsBetween('1900', '2020')).toHaveLength(50);
    expect(yearsBetween('2020', '2011')).toEqual([2020]);
  });
});

describe('what goes into the search index', () => {
  test('every page except the 404 page, the search page and pages marked indexed={false}', () => {
    expect(shouldBeIndexed('index.html')).toBe(true);
    expect(shouldBeIndexed('cases/linpu/index.html')).toBe(true);
    expect(shouldBeIndexed('404.html')).toBe(false);
    expect(shouldBeIndexed('search/index.html')).toBe(false);
    expect(shouldBeIndexed('data/x.csv')).toBe(false);
    expect(shouldBeIndexed('cases/type/louyu/index.html', '<div data-search-excluded>')).toBe(false);
  });
  test('Pagefind is given the page’s language, its search <meta> elements and its data-pagefind-body, nothing else', () => {
    const page =
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>临浦 · 门户</title>' +
      '<meta name="description" content="摘要"><meta data-pagefind-meta="title[content]" content="临浦">' +
      '<meta name="pagefind-filter:地区" data-pagefind-filter="地区[content]" content="临浦镇">' +
      '<link rel="stylesheet" href="/_astro/a.css"></head><body><header><a href="/">门户</a></header>' +
      '<main id="main"><nav>首页 › 案例</nav><div data-pagefind-body><h1>临浦</h1><div><p>正文</p></div></div></main><footer>页脚</footer></body></html>';
    expect(indexedPart(page)).toBe(
      '<!doctype html><html lang="zh-CN"><head><meta data-pagefind-meta="title[content]" content="临浦">' +
        '<meta name="pagefind-filter:地区" data-pagefind-filter="地区[content]" content="临浦镇"></head><body><div data-pagefind-body><h1>临浦</h1><div><p>正文</p></div></div></body></html>',
    );
    expect(indexedPart('<html lang="zh-CN"><body><main><h1>没有正文标记</h1></main></body></html>')).toBeUndefined();
  });
  test('a short index names the pages without a data-pagefind-body', () => {
    const message = missingPagesMessage(10, 9, ['about/index.html']);
    expect(message).toContain('只收录了 9 个页面');
    expect(message).toContain('about/index.html');
  });
  test('reads the page count per language from the Pagefind entry file', () => {
    const counts = indexedCounts({ languages: { 'zh-cn': { page_count: 80 }, en: { page_count: 2 } } });
    expect(counts).toEqual([
      { language: 'zh-cn', pages: 80 },
      { language: 'en', pages: 2 },
    ]);
    expect(wrongLanguageMessage(counts.slice(1))).toContain('en：2 个页面');
  });
});

describe('suggested terms', () => {
  test('are the terms most pages explain, in glossary order among equals', () => {
    expect(suggestedTerms([{ term: '甲', links: 1 }, { term: '乙', links: 3 }, { term: '丙', links: 1 }], 2)).toEqual(['乙', '甲']);
  });
});
