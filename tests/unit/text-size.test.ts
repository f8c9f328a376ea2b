import { describe, expect, test } from 'vitest';
import { TEXT_SIZES, TEXT_SIZE_NAMES, nextTextSize, readTextSize, type TextSize } from '../../src/lib/text-size';

describe('text sizes (长者模式)', () => {
  test('the header control steps 标准 → 大字 → 特大 → 标准', () => {
    const labels = [];
    let size: TextSize = TEXT_SIZES[0];
    for (let i = 0; i < 4; i++) {
      labels.push(TEXT_SIZE_NAMES[size].label);
      size = nextTextSize(size);
    }
    expect(labels).toEqual(['标准', '大字', '特大', '标准']);
  });
  test('the two larger sizes are 125 % and 150 %', () => {
    expect(TEXT_SIZE_NAMES.lg.scale).toBe('125%');
    expect(TEXT_SIZE_NAMES.xl.scale).toBe('150%');
  });
  test('a stored value that is not a size (an old or edited value, or nothing) is the standard size', () => {
    expect(readTextSize('xl')).toBe('xl');
    expect(readTextSize('huge')).toBe('');
    expect(readTextSize(null)).toBe('');
    expect(readTextSize(undefined)).toBe('');
  });
});
