/** Numbers shown the zh-CN way: ASCII digits with grouping, `12,909`; percentages `43.91%`. */

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** `12909` → `12,909`; keeps up to `fractionDigits` decimals (default: as many as given, max 2). */
export function formatNumber(value: number, fractionDigits?: number): string {
  if (fractionDigits === undefined) {
    if (Number.isInteger(value)) return integer.format(value);
    return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value);
  }
  return new Intl.NumberFormat('zh-CN', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A value already in percent (`43.91`) → `43.91%`. */
export function formatPercent(value: number, fractionDigits = 2): string {
  return `${formatNumber(value, Number.isInteger(value) ? 0 : fractionDigits)}%`;
}
