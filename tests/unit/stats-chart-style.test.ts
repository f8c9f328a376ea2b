import { describe, expect, test } from 'vitest';
import { BAR_PATTERNS, LINE_DASHES, POINT_STYLES, SERIES_COLOURS } from '../../src/lib/stats/chart-style';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('chart series style', () => {
  test.each(SERIES_COLOURS)('series colour %s stands out from the white page (at least 3:1, WCAG 1.4.11)', (colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  test('each series also differs by pattern, dash and point shape, not colour alone', () => {
    const n = SERIES_COLOURS.length;
    expect(new Set(BAR_PATTERNS.slice(0, n)).size).toBe(n);
    expect(new Set(LINE_DASHES.slice(0, n).map((d) => d.join(','))).size).toBe(n);
    expect(new Set(POINT_STYLES.slice(0, n)).size).toBe(n);
  });
});
