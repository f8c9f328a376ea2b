import { describe, expect, test } from 'vitest';
import { formatValue } from '../../src/lib/stats/format';

describe('formatValue', () => {
  test('shows a masked number as 未披露 and a missing one as 未给出, never 0', () => {
    expect(formatValue({ value: null, status: 'undisclosed' }, '家')).toBe('未披露');
    expect(formatValue({ value: null, status: 'not-collected' }, '家')).toBe('未给出');
  });
  test('reads 多/余/以上/超过 as a lower bound and 近/约 as about, like key figures in Markdown', () => {
    expect(formatValue({ value: 4700, approx: '多' }, '家')).toBe('4,700家以上');
    expect(formatValue({ value: 10000, approx: '余' }, '名')).toBe('10,000名以上');
    expect(formatValue({ value: 100, approx: '超过' }, '万元')).toBe('100万元以上');
    expect(formatValue({ value: 30, approx: '以上' }, '名')).toBe('30名以上');
    expect(formatValue({ value: 16000, approx: '近' }, '家')).toBe('约16,000家');
    expect(formatValue({ value: 90, approx: '约' }, '%')).toBe('约90%');
  });
  test('shows exact numbers with grouping and their unit', () => {
    expect(formatValue({ value: 29399 }, '家')).toBe('29,399家');
    expect(formatValue({ value: 43.91 }, '%')).toBe('43.91%');
    expect(formatValue({ value: 27.71 }, '个百分点')).toBe('27.71个百分点');
  });
});
