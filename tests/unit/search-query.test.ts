import { describe, expect, test } from 'vitest';
import { fold, parseQuery } from '../../src/lib/search/query';

describe('parseQuery', () => {
  test('keeps a term as typed', () => {
    expect(parseQuery('双同步')).toMatchObject({ text: '双同步', parts: ['双同步'], phrase: '双同步' });
  });
  test('drops question words so that 楼宇党建怎么做 searches for 楼宇党建', () => {
    expect(parseQuery('楼宇党建怎么做').text).toBe('楼宇党建');
    expect(parseQuery('什么是两新组织？').text).toBe('两新组织');
    expect(parseQuery('如何开展集中组建').text).toBe('集中组建');
  });
  test('keeps a question word when nothing else is left', () => {
    expect(parseQuery('怎么做').text).toBe('怎么做');
  });
  test('splits slogans at their punctuation and joins the words into one phrase', () => {
    const q = parseQuery('“组织共建、党员共管”');
    expect(q.parts).toEqual(['组织共建', '党员共管']);
    expect(q.phrase).toBe('组织共建党员共管');
    expect(q.text).toBe('组织共建 党员共管');
  });
  test('folds full-width letters and case, so ＴＣＬ and tcl find TCL', () => {
    expect(parseQuery('ＴＣＬ').phrase).toBe('tcl');
    expect(parseQuery('Ic卡').phrase).toBe('ic卡');
    expect(fold('ＩＣ卡')).toBe('ic卡');
  });
  test('two words typed with a space stay two words', () => {
    expect(parseQuery(' 楼宇　 党建 ').parts).toEqual(['楼宇', '党建']);
  });
  test('finds shorter words inside a long one for partial title matches', () => {
    expect(parseQuery('口袋党员').subterms).toEqual(expect.arrayContaining(['口袋', '党员']));
  });
  test('an empty or punctuation-only query searches for nothing', () => {
    expect(parseQuery('  ，。 ').text).toBe('');
    expect(parseQuery('').phrase).toBe('');
  });
});
