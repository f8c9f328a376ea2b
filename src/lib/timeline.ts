/** The yearly timeline of a work plan: which phases run in which quarter. */

export const QUARTERS = [1, 2, 3, 4] as const;

/** `[1, 2, 3]` → `第1—3季度`; `[4]` → `第4季度`; `[1, 3]` → `第1、3季度`. */
export function quarterLabel(quarters: readonly number[]): string {
  const q = [...new Set(quarters)].sort((a, b) => a - b);
  const contiguous = q.every((n, i) => i === 0 || n === q[i - 1]! + 1);
  if (q.length > 1 && contiguous) return `第${q[0]}—${q[q.length - 1]}季度`;
  return `第${q.join('、')}季度`;
}
