/**
 * How an observation's value reads on a page: `4,700家以上` (多/余/以上/超过), `约16,000家` (近/约),
 * `43.91%`, `未披露`. The same reading as key figures in Markdown (`src/lib/figures.ts`).
 */
import type { Approximation, ValueStatus } from '../../schemas/stats';
import { UNDISCLOSED } from '../figures';
import { formatNumber } from '../numbers';

type ValueLike = { value: number | null; status?: ValueStatus; approx?: Approximation };

/** Text for a missing value. A masked number reads 未披露, never 0. */
function missingText(status: ValueStatus | undefined): string {
  return status === 'not-collected' ? '未给出' : UNDISCLOSED;
}

/** The number with its approximation word and unit; `unit` may be empty (chart labels). */
export function formatValue(o: ValueLike, unit = ''): string {
  if (o.value === null) return missingText(o.status);
  const n = `${formatNumber(o.value)}${unit}`;
  switch (o.approx) {
    case undefined:
      return n;
    case '近':
    case '约':
      return `约${n}`;
    default:
      // 多、余、以上、超过: the number is a lower bound.
      return `${n}以上`;
  }
}
