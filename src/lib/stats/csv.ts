/**
 * To CSV: one row per observation, UTF-8 with a byte-order mark so that Excel reads the Chinese
 * correctly, CRLF line ends (RFC 4180). Headers carry a Chinese label and a machine id
 * (`指标 indicator`). A missing value is an empty cell, with its reason in the status column.
 *
 * Text cells cannot become formulas (CSV injection): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)` reaches the
 * network), so such a text cell gets a leading `'`, as OWASP advises — Excel and LibreOffice show
 * the text without it. Numbers are cells of their own type and are written as they are: `-2.5`
 * stays the number −2.5.
 */
import type { Indicator } from '../../schemas/stats';
import type { ResolvedObservation } from './derive';

export const BOM = '\uFEFF';

type Row = ResolvedObservation & { indicatorName: string; regionName: string; unit: string };

/** A cell: text (neutralised, then quoted as needed) or a number (written as is). */
type Cell = string | number;

const CSV_COLUMNS: readonly (readonly [header: string, cell: (o: Row) => Cell])[] = [
  ['指标 indicator', (o) => o.indicator],
  ['指标名称 indicator_name', (o) => o.indicatorName],
  ['地区 region', (o) => o.region],
  ['地区名称 region_name', (o) => o.regionName],
  ['时间 period', (o) => o.period],
  ['数值 value', (o) => o.value ?? ''],
  ['单位 unit', (o) => o.unit],
  ['状态 status', (o) => o.status ?? ''],
  ['约数 approx', (o) => o.approx ?? ''],
  ['来源方式 basis', (o) => o.basis],
  ['推算方法 derivation', (o) => o.derivation ?? ''],
  ['原文 quote', (o) => o.quote ?? ''],
  ['说明 note', (o) => o.note ?? ''],
];

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The characters that make a spreadsheet read a cell as a formula when it starts with one (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that no spreadsheet reads as a formula: `=1+1` → `'=1+1`, quoted as needed. */
export function csvText(value: string): string {
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

const csvCell = (cell: Cell) => (typeof cell === 'number' ? String(cell) : csvText(cell));

export function toCsv(
  observations: readonly ResolvedObservation[],
  indicators: ReadonlyMap<string, Pick<Indicator, 'name' | 'unit'>>,
  regionNames: ReadonlyMap<string, string>,
): string {
  const lines = [CSV_COLUMNS.map(([header]) => csvText(header)).join(',')];
  for (const o of observations) {
    const ind = indicators.get(o.indicator);
    const row: Row = { ...o, indicatorName: ind?.name ?? '', regionName: regionNames.get(o.region) ?? '', unit: ind?.unit ?? '' };
    lines.push(CSV_COLUMNS.map(([, cell]) => csvCell(cell(row))).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
