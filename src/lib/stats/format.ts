/** How an observation's value reads on a page: `约4,700家`, `43.91%`, `超过100万元`, `未披露`. */
import type { Approximation, ValueStatus } from '../../schemas/stats';
import { UNDISCLOSED } from '../figures';
import { formatNumber } from '../numbers';

export type ValueLike = { value: number | null; status?: ValueStatus; approx?: Approximation };

/** Text for a missing value. A masked number reads 未披露, never 0. */
export function missingText(status: ValueStatus | undefined): string {
  return status === 'not-collected' ? '未给出' : UNDISCLOSED;
}

/** The number with its approximation word and unit; `unit` may be empty (chart labels). */
export function formatValue(o: ValueLike, unit = ''): string {
  if (o.value === null) return missingText(o.status);
  const n = `${formatNumber(o.value)}${unit}`;
  switch (o.approx) {
    case undefined:
      return n;
    case '以上':
      return `${n}以上`;
    case '超过':
      return `超过${n}`;
    default:
      return `约${n}`;
  }
}
