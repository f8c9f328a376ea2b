import { describe, expect, test } from 'vitest';
import { facetCounts, filterByFacet, filterPages, valuesFromSlugs, type Facet } from '../../src/lib/list-filters';

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
