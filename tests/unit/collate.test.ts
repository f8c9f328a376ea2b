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
