import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../src/lib/figures';
import { formatNumber, formatPercent } from '../../src/lib/numbers';

describe('formatNumber', () => {
  test('groups thousands with ASCII digits', () => {
    expect(formatNumber(12909)).toBe('12,909');
    expect(formatNumber(587)).toBe('587');
  });
  test('keeps the decimals it is given, up to two', () => {
    expect(formatNumber(43.91)).toBe('43.91');
    expect(formatNumber(93.5)).toBe('93.5');
    expect(formatNumber(1.5, 2)).toBe('1.50');
  });
  test('formats percentages', () => {
    expect(formatPercent(43.91)).toBe('43.91%');
    expect(formatPercent(100)).toBe('100%');
  });
});

describe('formatFigure', () => {
  test('a masked figure reads 未披露, never 0', () => {
    expect(formatFigure({ value: null, unit: '个' })).toBe('未披露');
  });
  test('an approximate figure reads 约…, a lower bound …以上', () => {
    expect(formatFigure({ value: 4700, unit: '家', precision: 'about' })).toBe('约4,700家');
    expect(formatFigure({ value: 3000, unit: '名', precision: 'at-least' })).toBe('3,000名以上');
  });
  test('an exact figure reads with its unit', () => {
    expect(formatFigure({ value: 1642, unit: '个' })).toBe('1,642个');
  });
});
