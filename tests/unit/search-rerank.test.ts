import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/lib/search/query';
import { holdsWords, literalScore, onlyNoise, rerank, type Rankable } from '../../src/lib/search/rerank';

type TestHit = Rankable & { id: string; url?: string };
const hit = (title: string, text: string, score = 1, extra: Partial<TestHit> = {}): TestHit => ({
  id: title,
  title,
  text,
  score,
  ...extra,
});
const order = (hits: TestHit[], ...q: string[]) => rerank(hits, q.map(parseQuery)).map((h) => h.id);

describe('rerank', () => {
  test('puts the page named after the query above pages that only share its characters', () => {
    // Pagefind matches 双 as a prefix of 双向, so 双向进入 can outrank 双同步.
    const hits = [hit('“双向进入、交叉任职”', '双向进入，同步推进', 9), hit('列表', '双同步 双同步', 5), hit('双同步', '摸排和组建同步', 4)];
    expect(order(hits, '双同步')[0]).toBe('双同步');
  });
  test('ranks a title containing the phrase above text-only matches', () => {
    const hits = [hit('区域性党建', '楼宇党建是一种区域性党建', 10), hit('宁波海曙区、江东区楼宇党建', '……', 2)];
    expect(order(hits, '楼宇党建怎么做')).toEqual(['宁波海曙区、江东区楼宇党建', '区域性党建']);
  });
  test('treats an alias that is the query like the title', () => {
    const hits = [hit('宁波楼宇党建', '……', 5), hit('楼宇社区党建', '……', 4, { aliases: ['楼宇党建'] })];
    expect(order(hits, '楼宇党建')[0]).toBe('楼宇社区党建');
  });
  test('lists a page of its own before a heading on another page that matches as well', () => {
    const hits = [hit('六清（“六清”要求）', '六清：……', 10, { inPage: true }), hit('“六清”摸底', '六清……', 6, { aliases: ['六清'] })];
    expect(order(hits, '六清')).toEqual(['“六清”摸底', '六清（“六清”要求）']);
  });
  test('lists a case before its source document and its figures when they match as well', () => {
    const hits = [
      hit('杭州开展“集中攻坚月”专项行动', '集中攻坚月', 10, { category: '报告' }),
      hit('“集中攻坚月”组建情况', '集中攻坚月', 9, { category: '数据' }),
      hit('杭州市“集中攻坚月”专项行动', '集中攻坚月', 7, { category: '典型案例' }),
    ];
    expect(order(hits, '集中攻坚月')[0]).toBe('杭州市“集中攻坚月”专项行动');
  });
  test('keeps Pagefind’s order among hits that match equally', () => {
    const hits = [hit('甲', '党建', 3), hit('乙', '党建', 3), hit('丙', '党建', 3)];
    expect(order(hits, '党建')).toEqual(['甲', '乙', '丙']);
  });
  test('counts each typed word of a two-word query', () => {
    const q = parseQuery('余杭 个私协会');
    expect(literalScore(hit('余杭区依托个私协会建立联合党支部', ''), q)).toBeGreaterThan(
      literalScore(hit('依托个私协会组建', ''), q),
    );
  });
  test('scores nothing for an empty query', () => {
    expect(literalScore(hit('双同步', '双同步'), parseQuery(''))).toBe(0);
  });
});

describe('noise', () => {
  test('hits without any typed word go last, and a search with only such hits found nothing', () => {
    const hits = [hit('术语', 'Z. 支部加工会', 2), hit('双同步', '双同步', 1)];
    expect(order(hits, '双同步')).toEqual(['双同步', '术语']);
    expect(onlyNoise(hits, [parseQuery('zzqxw')])).toBe(true);
    expect(onlyNoise(hits, [parseQuery('双同步')])).toBe(false);
    expect(onlyNoise(hits, [parseQuery('')])).toBe(false);
  });
  test('a hit that holds a synonym’s words is not noise', () => {
    const hits = [hit('区域性党建', '以区域为单元建立党组织', 1)];
    expect(onlyNoise(hits, [parseQuery('区域化党建'), parseQuery('区域性党建')])).toBe(false);
  });
});

describe('synonyms and figures', () => {
  test('a page named by a synonym comes before pages that only share characters with the typed words', () => {
    const hits = [hit('区域化改革', '区域化 党建', 9), hit('区域性党建', '以区域为单元', 3)];
    expect(order(hits, '区域化党建', '区域性党建')[0]).toBe('区域性党建');
  });
  test('the words as typed count a little more than a synonym', () => {
    const hits = [hit('区域性党建', '……', 5), hit('区域化党建', '……', 5)];
    expect(order(hits, '区域化党建', '区域性党建')[0]).toBe('区域化党建');
  });
  test('a question asking for a number puts the statistics before the pages written from them', () => {
    const hits = [
      hit('杭州市“集中攻坚月”专项行动', '流动党员 10000余名', 7, { category: '典型案例' }),
      hit('杭州市流动人员党委党员的分布', '流动党员 10000余名', 5, { category: '数据' }),
    ];
    expect(order(hits, '杭州流动党员有多少')[0]).toBe('杭州市流动人员党委党员的分布');
    expect(order(hits, '杭州流动党员')[0]).toBe('杭州市“集中攻坚月”专项行动');
  });
  test('the page holding the answer’s figure comes first, also when the hit is a heading on it', () => {
    const hits = [hit('外资企业“四个同步”', '外资企业', 9), hit('*市的外资企业和私营企业', '外资企业 4700多家', 3, { url: '/data/survey-city-2006/#chart', inPage: true })];
    const ranked = rerank(hits, [parseQuery('外资企业有多少家')], { answerUrl: '/data/survey-city-2006/' });
    expect(ranked[0]!.id).toBe('*市的外资企业和私营企业');
  });
  test('holdsWords: a hit holds the query when its names or text contain every typed word', () => {
    expect(holdsWords(hit('“双同步”', '……'), [parseQuery('双同步')])).toBe(true);
    expect(holdsWords(hit('楼宇社区党建', '楼宇 党建'), [parseQuery('楼宇 党建')])).toBe(true);
    expect(holdsWords(hit('双同步', '……'), [parseQuery('双同部')])).toBe(false);
    expect(holdsWords(hit('双同步', '……'), [parseQuery('双同部'), parseQuery('双同步')])).toBe(true);
  });
});
