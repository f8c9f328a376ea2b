import { describe, expect, test } from 'vitest';
import { combinedSearchPath, facetCounts, filterByFacet, filterPages, valuesFromSlugs, type Facet } from '../../src/lib/list-filters';

type Item = { name: string; types: string[] };
const items: Item[] = [
  { name: 'a', types: ['louyu', 'shangquan'] },
  { name: 'b', types: ['louyu'] },
  { name: 'c', types: ['yuanqu'] },
];
const facet: Facet<Item> = {
  key: 'type',
  label: '组织类型',
  values: valuesFromSlugs({ 楼宇: 'louyu', 商圈: 'shangquan', 园区: 'yuanqu', 街区: 'jiequ' }),
  of: (item) => item.types,
};

describe('facets', () => {
  test('counts each value and leaves out values no entry has', () => {
    expect(facetCounts(items, facet)).toEqual([
      { label: '楼宇', slug: 'louyu', count: 2 },
      { label: '商圈', slug: 'shangquan', count: 1 },
      { label: '园区', slug: 'yuanqu', count: 1 },
    ]);
  });
  test('counts an entry once per value, even if it names the value twice', () => {
    expect(facetCounts([{ name: 'd', types: ['louyu', 'louyu'] }], facet)).toEqual([{ label: '楼宇', slug: 'louyu', count: 1 }]);
  });
  test('filters to the entries that have a value', () => {
    expect(filterByFacet(items, facet, 'louyu').map((i) => i.name)).toEqual(['a', 'b']);
    expect(filterByFacet(items, facet, 'jiequ')).toEqual([]);
  });
});

describe('filterPages', () => {
  test('each value that items have gets its pages, the first without a page number', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ n: i, tags: i % 2 === 0 ? ['even'] : ['odd', 'all'] }));
    const facet: Facet<(typeof items)[number]> = {
      key: 'kind',
      label: '类型',
      values: valuesFromSlugs({ 偶数: 'even', 奇数: 'odd', 全部: 'all', 没有: 'none' }),
      of: (item) => item.tags,
    };
    const pages = filterPages(items, [facet]);
    expect(pages.map((p) => `${p.params.value}/${p.params.page ?? ''}`)).toEqual(['even/', 'even/page/2', 'odd/', 'odd/page/2', 'all/', 'all/page/2']);
    expect(pages[1]!.props).toMatchObject({ facet: { key: 'kind', label: '类型' }, value: { slug: 'even', label: '偶数' }, list: { page: 2, total: 60, from: 51, to: 60 } });
  });
});

describe('values that no entry has', () => {
  test('a facet that shows them keeps them with a count of 0, and each gets a page (saying there is none)', () => {
    const status: Facet<Item> = { ...facet, showEmpty: true };
    expect(facetCounts(items, status).map((v) => `${v.label} ${v.count}`)).toEqual(['楼宇 2', '商圈 1', '园区 1', '街区 0']);
    const empty = filterPages(items, [status]).find((p) => p.params.value === 'jiequ')!;
    expect(empty.props.list).toMatchObject({ total: 0, items: [] });
  });
  test('a value keeps its meaning on its filter page', () => {
    const described: Facet<Item> = { ...facet, values: valuesFromSlugs({ 楼宇: 'louyu' }, { 楼宇: '商务楼宇' }) };
    expect(filterPages(items, [described])[0]!.props.value).toEqual({ slug: 'louyu', label: '楼宇', description: '商务楼宇' });
  });
});

describe('组合筛选: the search page with the list’s filters', () => {
  const facets = [{ ...facet, searchFilter: '组织类型' as const }, { key: 'topic', label: '主题', values: valuesFromSlugs({ 组织覆盖: 'zuzhi-fugai' }) }];
  test('carries the list’s category, and the current value when search has that filter', () => {
    expect(decodeURIComponent(combinedSearchPath('search/', '典型案例', facets))).toBe('search/?类别=典型案例');
    expect(decodeURIComponent(combinedSearchPath('search/', '典型案例', facets, { key: 'type', slug: 'louyu' }))).toBe('search/?类别=典型案例&组织类型=楼宇');
  });
  test('a filter search does not have is left out: the category alone', () => {
    expect(decodeURIComponent(combinedSearchPath('search/', '政策文件', facets, { key: 'topic', slug: 'zuzhi-fugai' }))).toBe('search/?类别=政策文件');
  });
});
