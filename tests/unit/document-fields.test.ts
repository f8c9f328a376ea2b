import { describe, expect, test } from 'vitest';
import { dateOf, docNumberIn, docNumberLine, headingLevel, issuerFromMark, looksLikeTitle, recipientsOf, splitHeading } from '../../src/lib/document-fields';
import { parsePartialDate } from '../../src/schemas/partial-date';

describe('what an official document’s text gives (GB/T 9704)', () => {
  test('发文字号 in 〔〕, [ ], ［］ and （ ） all become X〔2020〕12号', () => {
    for (const written of ['测组〔2020〕12号', '测组[2020]12号', '测组［2020］12号', '测组（2020）12号', '测组(2020) 12 号', '签发人：张某某  测组〔2020〕12号']) {
      expect(docNumberIn(written), written).toBe('测组〔2020〕12号');
    }
    expect(docNumberIn('2020年共新建12个')).toBeUndefined();
    // A line that is the 发文字号, not a sentence citing another document's.
    expect(docNumberLine('签发人：张某某　测组〔2020〕12号')).toBe('测组〔2020〕12号');
    expect(docNumberLine('根据测组〔2019〕5号文件精神')).toBeUndefined();
  });
  test('成文日期 in Chinese numerals or in digits, alone on its line', () => {
    expect(dateOf('二〇二〇年十一月六日')).toBe('2020-11-06');
    expect(dateOf('二○二一年一月三十一日')).toBe('2021-01-31'); // ○ typed for 〇
    expect(dateOf('2020年11月6日')).toBe('2020-11-06');
    expect(dateOf('（2020年11月6日）')).toBe('2020-11-06');
    expect(dateOf('二〇二一年二月三十日')).toBeUndefined(); // no such day
    expect(dateOf('会议于2020年11月6日召开')).toBeUndefined();
  });
  test('the date reader of the schemas accepts the Chinese numerals too', () => {
    expect(parsePartialDate('二〇二〇年十一月')).toEqual({ year: 2020, month: 11, day: undefined });
    expect(parsePartialDate('二〇二〇年二十一月')).toHaveProperty('error');
  });
  test('the 发文机关标志, the title and the 主送 line', () => {
    expect(issuerFromMark('中共测试市委组织部文件')).toBe('中共测试市委组织部');
    expect(looksLikeTitle('关于开展示范点创建工作的通知')).toBe(true);
    expect(looksLikeTitle('（二）工作方案')).toBe(false);
    expect(looksLikeTitle('现将有关事项通知如下。')).toBe(false);
    expect(recipientsOf('各区、县（市）委组织部，市直各单位党组织：')).toBe('各区、县（市）委组织部，市直各单位党组织');
    expect(recipientsOf('一、总体要求：')).toBeUndefined();
  });
  test('heading levels 一、（一）1.（1）, and run-in headings split from their paragraph', () => {
    expect(['一、总体要求', '（一）指导思想', '1.集中组建', '（1）摸清底数', '1.5万家企业', '一是强化组织'].map(headingLevel)).toEqual([1, 2, 3, 4, undefined, undefined]);
    expect(splitHeading('（二）工作目标')).toEqual({ heading: '（二）工作目标', stop: '', rest: '' });
    expect(splitHeading('（一）指导思想。以提升组织力为重点。')).toEqual({ heading: '（一）指导思想', stop: '。', rest: '以提升组织力为重点。' });
    expect(splitHeading('1.各级党组织要高度重视示范点创建工作，把它列入年度重点工作，认真组织实施。')).toBeUndefined();
  });
});
