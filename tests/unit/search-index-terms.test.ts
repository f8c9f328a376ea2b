import { describe, expect, test } from 'vitest';
import { bundleCount, bundleOf, bundlePagesFrom, indexChunkSize, MAX_BUNDLE_PAGES } from '../../src/lib/search/bundles';
import { indexedWords, indexTerms } from '../../src/lib/search/index-terms';
import { parseQuery } from '../../src/lib/search/query';

describe('the words a query is looked up by', () => {
  test('a run of Han characters becomes the pairs the index holds, not single characters', () => {
    expect(indexTerms('楼宇党建')).toBe('楼宇 党建');
    expect(indexTerms('非公企业党建')).toBe('非公 企业 党建');
    expect(indexTerms('丰乐')).toBe('丰乐');
  });
  test('an odd run ends with its last pair, so every character is looked up', () => {
    expect(indexTerms('双同步')).toBe('双同 同步');
    expect(indexTerms('集中攻坚月')).toBe('集中 攻坚 坚月');
  });
  test('one character stays one character; letters and digits are words of their own', () => {
    expect(indexTerms('党')).toBe('党');
    expect(indexTerms('ic卡')).toBe('ic 卡');
    expect(indexTerms('tcl')).toBe('tcl');
    expect(indexTerms('2011年 组建率')).toBe('2011 年 组建 建率');
  });
  test('words typed apart stay apart, and a pair is looked up once', () => {
    expect(indexTerms(parseQuery('余杭 个私协会').text)).toBe('余杭 个私 协会');
    expect(indexTerms(parseQuery('组织共建、党员共管').text)).toBe('组织 共建 党员 共管');
    expect(indexTerms('党建 党建工作')).toBe('党建 工作');
  });
  test('no pair spans two words run together: a page need not hold them side by side as typed', () => {
    // Not 西湖 区流 动党 党员: 区流 and 动党 hold only where 西湖区流动党员 stands exactly so.
    expect(indexTerms('西湖区流动党员')).toBe('西湖 湖区 流动 党员');
    expect(indexTerms('下城区楼宇社区')).toBe('下城 城区 楼宇 社区');
  });
});

describe('the words the index holds for a page’s names', () => {
  test('every pair of adjacent Han characters, each once; letters lower-cased; punctuation dropped', () => {
    expect(indexedWords('杭州市“集中攻坚月”')).toBe('杭州 州市 集中 中攻 攻坚 坚月');
    expect(indexedWords('TCL科技党委')).toBe('tcl 科技 技党 党委');
    expect(indexedWords('党 建')).toBe('党 建');
  });
  test('every word a query of the name is cut into is among them', () => {
    for (const name of ['集中攻坚月', '河洛党建计划', '双同步', '三会一课']) {
      const held = new Set(indexedWords(name).split(' '));
      for (const term of indexTerms(name).split(' ')) expect(held, `${name}: ${term}`).toContain(term);
    }
  });
});

describe('search bundles', () => {
  test('as many bundles as the pages need, at least one', () => {
    expect(bundleCount(0)).toBe(1);
    expect(bundleCount(MAX_BUNDLE_PAGES)).toBe(1);
    expect(bundleCount(MAX_BUNDLE_PAGES + 1)).toBe(2);
    expect(bundleCount(30_000, 2_500)).toBe(12);
  });
  test('a page’s bundle depends on its path alone, and the pages spread over every bundle', () => {
    const paths = Array.from({ length: 4_000 }, (_, i) => `cases/anli-${String(i).padStart(5, '0')}/index.html`);
    const sizes = new Map<number, number>();
    for (const p of paths) sizes.set(bundleOf(p, 4), (sizes.get(bundleOf(p, 4)) ?? 0) + 1);
    expect([...sizes.keys()].sort()).toEqual([1, 2, 3, 4]);
    for (const size of sizes.values()) expect(size).toBeGreaterThan(900);
    expect(bundleOf(paths[7]!, 4)).toBe(bundleOf(paths[7]!, 4));
    expect(bundleOf(paths[7]!, 1)).toBe(1);
  });
  test('SEARCH_BUNDLE_PAGES sets the size when it is a whole number', () => {
    expect(bundlePagesFrom({ SEARCH_BUNDLE_PAGES: '100' })).toBe(100);
    expect(bundlePagesFrom({ SEARCH_BUNDLE_PAGES: 'many' })).toBe(MAX_BUNDLE_PAGES);
    expect(bundlePagesFrom({})).toBe(MAX_BUNDLE_PAGES);
  });
  test('small bundles take small index chunks, large ones up to Pagefind’s default', () => {
    expect(indexChunkSize(79)).toBe(2_000);
    expect(indexChunkSize(MAX_BUNDLE_PAGES)).toBe(6_250);
    expect(indexChunkSize(2_000)).toBeLessThan(indexChunkSize(2_400));
    expect(indexChunkSize(100_000)).toBe(20_000);
  });
});
