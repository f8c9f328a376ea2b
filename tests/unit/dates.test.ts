import { describe, expect, test } from 'vitest';
import { compareDatesDesc, formatDate, formatPeriod } from '../../src/lib/dates';
import { parsePartialDate, toIsoPartial } from '../../src/schemas/partial-date';

describe('formatDate', () => {
  test('shows a full date the zh-CN way', () => {
    expect(formatDate('2020-11-06')).toBe('2020年11月6日');
    expect(formatDate('2011-11-09')).toBe('2011年11月9日');
  });
  test('shows a partial date only as precisely as it is known', () => {
    expect(formatDate('2011-09')).toBe('2011年9月');
    expect(formatDate('2006')).toBe('2006年');
  });
  test('keeps the calendar day whatever the machine time zone (Asia/Shanghai)', () => {
    expect(formatDate('2020-12-31')).toBe('2020年12月31日');
    expect(formatDate('2021-01-01')).toBe('2021年1月1日');
  });
});

describe('parsePartialDate', () => {
  test('reads ISO, partial and Chinese forms to the same parts', () => {
    expect(parsePartialDate('2020-11-06')).toEqual({ year: 2020, month: 11, day: 6 });
    expect(parsePartialDate('2020年11月6日')).toEqual({ year: 2020, month: 11, day: 6 });
    expect(parsePartialDate('2020年11月')).toEqual({ year: 2020, month: 11, day: undefined });
    expect(parsePartialDate(2006)).toEqual({ year: 2006, month: undefined, day: undefined });
  });
  test('reads a YAML date object as its UTC calendar day', () => {
    expect(parsePartialDate(new Date('2011-11-09T00:00:00Z'))).toEqual({ year: 2011, month: 11, day: 9 });
  });
  test('rejects a day that does not exist, saying how many days the month has', () => {
    const result = parsePartialDate('2021-02-29');
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain('28 天');
  });
  test('rejects a month that does not exist and text that is not a date', () => {
    expect(parsePartialDate('2020-13')).toHaveProperty('error');
    expect(parsePartialDate('去年')).toHaveProperty('error');
    expect(parsePartialDate('2020/11/06')).toHaveProperty('error');
  });
  test('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });
});

describe('toIsoPartial and ordering', () => {
  test('pads months and days', () => {
    expect(toIsoPartial({ year: 2020, month: 1, day: 5 })).toBe('2020-01-05');
    expect(toIsoPartial({ year: 2020, month: 1 })).toBe('2020-01');
  });
  test('sorts later dates first and undated entries last', () => {
    const dates = ['2006', undefined, '2020-11-06', '2011-11'];
    expect([...dates].sort(compareDatesDesc)).toEqual(['2020-11-06', '2011-11', '2006', undefined]);
  });
});

describe('formatPeriod', () => {
  test('shows one date, a range, or nothing when the source gives no date', () => {
    expect(formatPeriod({ start: '2011' })).toBe('2011年');
    expect(formatPeriod({ start: '2006', end: '2011-09' })).toBe('2006年—2011年9月');
    expect(formatPeriod(undefined)).toBeUndefined();
  });
});
