import { describe, expect, test } from 'vitest';
import { compact, fold, parseQuery } from '../../src/lib/search/query';

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

describe('questions as Party workers ask them', () => {
  test('drops the asking words and keeps what is asked about', () => {
    expect(parseQuery('两新工委是干什么的').text).toBe('两新工委');
    expect(parseQuery('三会一课指的是什么').text).toBe('三会一课');
    expect(parseQuery('为什么要搞区域性党建').text).toBe('区域性党建');
    expect(parseQuery('集中组建有哪几种方式').text).toBe('集中组建 方式');
    expect(parseQuery('骨干每年培训几次').text).toBe('骨干每年培训');
  });
  test('marks a question that asks for a number, with the unit it asks in', () => {
    expect(parseQuery('杭州流动党员有多少')).toMatchObject({ text: '杭州流动党员', asksForNumber: true });
    expect(parseQuery('外资企业有多少家')).toMatchObject({ text: '外资企业', asksForNumber: true, measure: '家' });
    expect(parseQuery('保障基金补助了多少人')).toMatchObject({ text: '保障基金补助', measure: '名' });
    expect(parseQuery('2011年杭州新建了多少党组织').parts).toEqual(['2011年杭州新建', '党组织']);
    expect(parseQuery('商务楼宇党建覆盖率')).toMatchObject({ text: '商务楼宇党建覆盖率', asksForNumber: true });
  });
  test('a share word asks for a number when said of something, not on its own (组建率 is a term)', () => {
    expect(parseQuery('杭州组建率').asksForNumber).toBe(true);
    expect(parseQuery('组建率').asksForNumber).toBe(false);
  });
  test('哪几 and 几乎 do not ask for a number', () => {
    expect(parseQuery('集中组建有哪几种方式').asksForNumber).toBe(false);
    expect(parseQuery('几乎').asksForNumber).toBe(false);
    expect(parseQuery('双同步').asksForNumber).toBe(false);
  });
  test('compact: a name as search compares it', () => {
    expect(compact('“双同步”工作机制')).toBe('双同步工作机制');
    expect(compact('定人、定责、定时间')).toBe('定人定责定时间');
  });
});
