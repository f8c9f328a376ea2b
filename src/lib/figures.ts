/** How a quoted figure reads on a page: `约4,700家`, `43.91%`, or `未披露` when the source masks it. */
import { formatNumber } from './numbers';

type FigureLike = {
  value: number | null;
  unit?: string;
  precision?: 'exact' | 'about' | 'at-least';
};

export const UNDISCLOSED = '未披露';

export function formatFigure({ value, unit = '', precision = 'exact' }: FigureLike): string {
  if (value === null) return UNDISCLOSED;
  const number = `${formatNumber(value)}${unit}`;
  if (precision === 'about') return `约${number}`;
  if (precision === 'at-least') return `${number}以上`;
  return number;
}
