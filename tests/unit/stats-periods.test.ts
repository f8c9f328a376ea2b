import { describe, expect, test } from 'vitest';
import { comparePeriods, formatPeriod, parsePeriod } from '../../src/lib/stats/periods';

describe('parsePeriod', () => {
  test('reads a year, a month, a day, an interval and an open start', () => {
    expect(parsePeriod('2011')).toEqual({ kind: 'point', date: '2011' });
    expect(parsePeriod('2011-09')).toEqual({ kind: 'point', date: '2011-09' });
    expect(parsePeriod('2011-09-30')).toEqual({ kind: 'point', date: '2011-09-30' });
    expect(parsePeriod('2010-12-31/2011-09-30')).toEqual({ kind: 'interval', start: '2010-12-31', end: '2011-09-30' });
    expect(parsePeriod('../2011-11')).toEqual({ kind: 'until', end: '2011-11' });
  });
  test.each(['2011年9月', '2011/9', '11-09-30', '2011-9-30', '2011-09-30/', '/2011', '2011-13', '2011-02-30', '2011-09-30/2010-12-31', '../2011-02-30'])(
    'rejects %s with a message in Chinese',
    (text) => {
      const result = parsePeriod(text);
      expect(result).toHaveProperty('error');
      expect((result as { error: string }).error).toContain(text.split('/').find((p) => p && p !== '..') ?? text);
    },
  );
  test('rejects a period that is not text', () => {
    expect(parsePeriod(2011)).toHaveProperty('error');
  });
});

describe('formatPeriod', () => {
  test('shows periods as precisely as they are known, in Chinese', () => {
    expect(formatPeriod('2011')).toBe('2011年');
    expect(formatPeriod('2011-09-30')).toBe('2011年9月30日');
    expect(formatPeriod('2010-12-31/2011-09-30')).toBe('2010年12月31日至2011年9月30日');
    expect(formatPeriod('../2011-11')).toBe('截至2011年11月');
  });
});

describe('comparePeriods', () => {
  test('orders by the point described, earlier first', () => {
    const sorted = ['2011-09-30', '../2011-11', '2010-12-31', '2011', '2010-12-31/2011-09-30'].sort(comparePeriods);
    expect(sorted).toEqual(['2010-12-31', '2011', '2010-12-31/2011-09-30', '2011-09-30', '../2011-11']);
  });
});
