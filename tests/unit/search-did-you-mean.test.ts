import { describe, expect, test } from 'vitest';
import type { AssistName } from '../../src/lib/search/assist-data';
import { distance, soundIndex, suggest } from '../../src/lib/search/did-you-mean';
import { parseQuery } from '../../src/lib/search/query';

// What the build writes (src/lib/search/pinyin.ts): syllables with the characters that read so.
const SOUNDS = soundIndex({ bu: '不步部布', yan: '雁燕言', pu: '浦蒲普', tong: '同通', shuang: '双霜', zhang: '张章', wang: '网往' });
const NAMES: AssistName[] = [
  ['双同步', 'shuang tong bu'],
  ['四个同步', 'si ge tong bu'],
  ['两张网', 'liang zhang wang'],
  ['头雁工程', 'tou yan gong cheng'],
  ['杭州市', 'hang zhou shi'],
  ['临浦镇', 'lin pu zhen'],
  ['萧山区临浦镇两新组织党建全覆盖试点'],
];
const dym = (q: string) => suggest(parseQuery(q), NAMES, SOUNDS);

describe('distance', () => {
  const chars = (s: string) => [...s];
  test('a character of the same sound costs half, any other one, a swap one', () => {
    expect(distance(chars('双同部'), chars('双同步'), SOUNDS).cost).toBe(0.5);
    expect(distance(chars('双同X'), chars('双同步'), SOUNDS).cost).toBe(1);
    expect(distance(chars('同双步'), chars('双同步'), SOUNDS).cost).toBe(1);
    expect(distance(chars('双同步'), chars('双同步'), SOUNDS).cost).toBe(0);
  });
  test('as part of a text: the best stretch and where it is', () => {
    expect(distance(chars('临蒲镇'), chars('萧山区临浦镇试点'), SOUNDS, true)).toEqual({ cost: 0.5, start: 3, end: 6 });
  });
});

describe('suggest', () => {
  test('a character slipped for one of the same sound: 双同部 → 双同步, 两章网 → 两张网', () => {
    expect(dym('双同部')[0]).toBe('双同步');
    expect(dym('两章网')[0]).toBe('两张网');
    expect(dym('头燕工程')[0]).toBe('头雁工程');
  });
  test('a slip inside a longer query is corrected in place; one inside a title gives the title’s words', () => {
    expect(dym('临蒲镇党建')[0]).toBe('临浦镇党建');
    expect(dym('临蒲镇')[0]).toBe('临浦镇');
  });
  test('each typed word is corrected on its own', () => {
    expect(dym('临蒲镇 楼宇')[0]).toBe('临浦镇 楼宇');
  });
  test('pinyin: whole, by initials, or one letter off the initials', () => {
    expect(dym('shuangtongbu')[0]).toBe('双同步');
    expect(dym('stb')[0]).toBe('双同步');
    expect(dym('sjtb')[0]).toBe('双同步');
    expect(dym('lzw')).toEqual(['两张网']);
  });
  test('nothing to suggest for a name typed right, or for a query a place name only overlaps (杭州 ≠ 杭州市)', () => {
    expect(dym('双同步')).toEqual([]);
    expect(dym('杭州流动党员')).toEqual([]);
    expect(dym('完全无关的话')).toEqual([]);
  });
  test('at most three suggestions, nearest first', () => {
    expect(suggest(parseQuery('stb'), NAMES, SOUNDS).length).toBeLessThanOrEqual(3);
    expect(suggest(parseQuery('stb'), NAMES, SOUNDS, 1)).toEqual(['双同步']);
  });
});
