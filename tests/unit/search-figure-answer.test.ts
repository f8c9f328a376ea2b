import { describe, expect, test } from 'vitest';
import type { AssistFiguresShard } from '../../src/lib/search/assist-data';
import { answerFigure } from '../../src/lib/search/figure-answer';
import { parseQuery } from '../../src/lib/search/query';

// A shard as the build writes it (src/lib/search/assist-data.ts), with figures from data/.
const SHARD: AssistFiguresShard = {
  datasets: [
    { title: '杭州市流动人员党委党员的分布（2011年）', url: '/data/liudong/', source: '杭州集中攻坚月报道', sourceUrl: '/reports/gongjianyue/' },
    { title: '杭州市集中攻坚月组建情况（2011年）', url: '/data/gongjianyue/', source: '杭州集中攻坚月报道', sourceUrl: '/reports/gongjianyue/' },
  ],
  indicators: [
    { name: '市流动人员党委的党员', unit: '名' },
    { name: '在区、县（市）企业工作的市流动人员党委党员', short: '在企业工作的党员', unit: '名' },
    { name: '新建非公有制企业党组织', unit: '个' },
    { name: '新建党组织覆盖的非公有制企业', unit: '家' },
    { name: '非公有制企业党组织组建率', short: '组建率', unit: '%' },
  ],
  regions: [{ names: ['浙江省', '浙江'] }, { names: ['杭州市', '杭州'], parent: 0 }, { names: ['西湖区', '西湖'], parent: 1 }],
  figures: [
    { i: 0, r: 1, p: '截至2011年11月', y: 2011, v: '10,000名以上', d: 0, h: 1 },
    { i: 1, r: 1, p: '截至2011年11月', y: 2011, v: '4,800名以上', d: 0 },
    { i: 1, r: 2, p: '截至2011年11月', y: 2011, v: '1,700名以上', d: 0 },
    { i: 2, r: 1, p: '截至2011年11月', y: 2011, v: '1,642个', d: 1, h: 1 },
    { i: 3, r: 1, p: '截至2011年11月', y: 2011, v: '12,909家', d: 1 },
    { i: 4, r: 1, p: '2011年9月30日', y: 2011, v: '43.91%', d: 1, h: 1 },
    { i: 4, r: 1, p: '2010年12月31日', y: 2010, v: '16.2%', d: 1 },
    // Made up for the test: 西湖区 has 2011 only.
    { i: 4, r: 2, p: '2011年9月30日', y: 2011, v: '50%', d: 1 },
  ],
};
const answer = (q: string, ...synonyms: string[]) => answerFigure([q, ...synonyms].map(parseQuery), [SHARD]);

describe('answerFigure', () => {
  test('杭州流动党员有多少: the figure, where, when, its source and dataset', () => {
    expect(answer('杭州流动党员有多少')).toEqual({
      indicator: '市流动人员党委的党员',
      value: '10,000名以上',
      place: '杭州市',
      period: '截至2011年11月',
      dataset: '杭州市流动人员党委党员的分布（2011年）',
      datasetUrl: '/data/liudong/',
      source: '杭州集中攻坚月报道',
      sourceUrl: '/reports/gongjianyue/',
    });
  });
  test('the thing counted is the last word: 新建了多少党组织 counts 党组织, not the firms they cover', () => {
    expect(answer('2011年杭州新建了多少党组织')).toMatchObject({ indicator: '新建非公有制企业党组织', value: '1,642个' });
    expect(answer('新建党组织覆盖了多少家企业')).toMatchObject({ indicator: '新建党组织覆盖的非公有制企业', value: '12,909家' });
  });
  test('a place only a nearly as good indicator has: 西湖区流动党员', () => {
    expect(answer('西湖区流动党员多少名')).toMatchObject({ value: '1,700名以上', place: '西湖区' });
  });
  test('a year named picks the figure of that year', () => {
    expect(answer('2010年杭州组建率是多少')).toMatchObject({ value: '16.2%', period: '2010年12月31日' });
    expect(answer('杭州组建率是多少')).toMatchObject({ value: '43.91%' });
  });
  test('a synonym of the typed words may name the indicator', () => {
    expect(answer('杭州非公企业组建率', '杭州非公有制企业组建率')).toMatchObject({ indicator: '非公有制企业党组织组建率' });
  });
  test('never a figure for a place the data does not have: it says so and gives what it has', () => {
    const a = answer('浙江流动党员有多少')!;
    expect(a.missing).toEqual({ place: '浙江省' });
    expect(a).toMatchObject({ place: '杭州市', value: '10,000名以上' });
    expect(answer('北京市流动党员有多少')!.missing).toEqual({ place: '北京市' });
  });
  test('never a figure for a year the data does not have', () => {
    const a = answer('2012年杭州组建率')!;
    expect(a.missing).toEqual({ year: 2012 });
    expect(a.place).toBe('杭州市');
    expect(a.alternatives).toEqual(['杭州市（2010年12月31日）16.2%']);
  });
  test('a place and a year the data has, but not together: what it has for the place', () => {
    expect(answer('2010年西湖区组建率')).toMatchObject({ missing: { place: '西湖区', year: 2010 }, place: '西湖区', value: '50%' });
    expect(answer('2010年杭州流动党员有多少')!.missing).toEqual({ year: 2010 });
  });
  test('no answer for a question about something the statistics do not count, or a query that asks nothing', () => {
    expect(answer('骨干每年培训几次')).toBeNull();
    expect(answer('流动党员')).toBeNull();
    expect(answer('杭州 党建')).toBeNull();
  });
  test('an indicator named outright with a place is a question for a figure, without 多少; a part of its name is not', () => {
    expect(answer('杭州非公有制企业党组织组建率')).toMatchObject({ value: '43.91%' });
    expect(answer('杭州 市流动人员党委的党员')).toMatchObject({ value: '10,000名以上' });
    expect(answer('杭州 流动人员党委')).toBeNull();
  });
});
