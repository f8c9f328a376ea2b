import { describe, expect, test } from 'vitest';
import { pinyinInitial, sortByPinyin } from '../../src/lib/collate';

describe('sortByPinyin', () => {
  test('orders Chinese terms by pinyin, not by code point', () => {
    const terms = ['双同步', '两张网', '六清', '三定', '五个一', '党建工作指导员'];
    expect(sortByPinyin(terms, (t) => t)).toEqual(['党建工作指导员', '两张网', '六清', '三定', '双同步', '五个一']);
  });
  test('does not change the array it is given', () => {
    const terms = ['双同步', '六清'];
    sortByPinyin(terms, (t) => t);
    expect(terms).toEqual(['双同步', '六清']);
  });
});

describe('pinyinInitial', () => {
  test('files a term under the first letter of its pinyin', () => {
    expect(pinyinInitial('双同步')).toBe('S');
    expect(pinyinInitial('两张网')).toBe('L');
    expect(pinyinInitial('主题党日')).toBe('Z');
    expect(pinyinInitial('隐性党员')).toBe('Y');
    expect(pinyinInitial('阿')).toBe('A');
  });
  test('files Latin letters under themselves and digits under #', () => {
    expect(pinyinInitial('IC卡管理')).toBe('I');
    expect(pinyinInitial('1+N')).toBe('#');
  });
});

describe('terms written with Latin letters', () => {
  test('file by the pinyin of the whole term, not after Z: IC卡管理 between H… and J…', () => {
    const terms = ['组建率', 'IC卡管理', '基础名册', '户籍', '阿', '党建'];
    expect(sortByPinyin(terms, (t) => t)).toEqual(['阿', '党建', '户籍', 'IC卡管理', '基础名册', '组建率']);
  });
  test('a Latin letter goes before Han characters of the same initial, and letters compare as letters', () => {
    expect(sortByPinyin(['党建', 'DNA', '大'], (t) => t)).toEqual(['DNA', '大', '党建']);
    expect(sortByPinyin(['TCL集团', 'ic卡', 'IC卡管理'], (t) => t)).toEqual(['ic卡', 'IC卡管理', 'TCL集团']);
  });
  test('the glossary groups such a term under its own letter, in that place', () => {
    const sorted = sortByPinyin(['组建率', 'IC卡管理', '基础名册', '户籍'], (t) => t);
    expect([...Map.groupBy(sorted, pinyinInitial).keys()]).toEqual(['H', 'I', 'J', 'Z']);
  });
});
