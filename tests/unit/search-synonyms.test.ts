import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/lib/search/query';
import { expandQuery, MAX_EXTRA } from '../../src/lib/search/synonyms';

const GROUPS = [
  { names: ['区域性党建', '区域化党建', '区域党建', '区域联建'] },
  { names: ['非公企业', '非公有制企业', '非公经济组织', '新经济组织'] },
  { names: ['两新组织', '两新', '“两新”组织', '新经济组织和新社会组织'] },
  { names: ['党组织找党员，党员找党组织'], asked: ['党员找不到组织'] },
  { names: ['空白点', '党建空白点', '盲点'] },
];
const expand = (q: string) => expandQuery(parseQuery(q), GROUPS);

describe('expandQuery', () => {
  test('an alias is also searched as its term and the other aliases, the term first', () => {
    const { queries, also } = expand('区域化党建');
    expect(also).toEqual(['区域性党建', '区域党建', '区域联建']);
    expect(queries.map((q) => q.text)).toEqual(['区域化党建', '区域性党建', '区域党建', '区域联建']);
  });
  test('a term is also searched by its aliases, at most MAX_EXTRA more queries', () => {
    const { queries, also } = expand('非公企业');
    expect(also).toEqual(['非公有制企业', '非公经济组织', '新经济组织']);
    expect(queries).toHaveLength(1 + MAX_EXTRA);
  });
  test('a name inside a longer query is replaced where it stands', () => {
    expect(expand('新经济组织 双同步').queries.map((q) => q.text)).toContain('非公企业 双同步');
  });
  test('a phrase that asks for a term leads to the term, with its punctuation kept as a word break', () => {
    const { queries, also } = expand('党员找不到组织怎么办');
    expect(also).toEqual(['党组织找党员，党员找党组织']);
    expect(queries[1]!.parts).toEqual(['党组织找党员', '党员找党组织']);
  });
  test('a name inside the typed one is left out: 两新组织 does not also search 两新', () => {
    const { also } = expand('两新组织');
    expect(also).not.toContain('两新');
    expect(also).toContain('新经济组织和新社会组织');
  });
  test('the shorter 两新 leads to its longer names, the longest occurrence in the query wins', () => {
    expect(expand('两新').also).toEqual(['两新组织', '新经济组织和新社会组织']);
    expect(expand('新经济组织和新社会组织').also[0]).toBe('两新组织');
  });
  test('words the name shares with the query around it are not repeated', () => {
    expect(expand('党建盲点').queries.map((q) => q.text)).toEqual(['党建盲点', '党建空白点']);
  });
  test('a query without a known name is searched as typed', () => {
    expect(expand('楼宇 党建')).toEqual({ queries: [parseQuery('楼宇 党建')], also: [] });
    expect(expandQuery(parseQuery(''), GROUPS).queries).toHaveLength(1);
  });
});
