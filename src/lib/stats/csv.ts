/**
 * To CSV: one row per observation, UTF-8 with a byte-order mark so that Excel reads the Chinese
 * correctly, CRLF line ends (RFC 4180). Headers carry a Chinese label and a machine id
 * (`指标 indicator`). A missing value is an empty cell, with its reason in the status column.
 */
import type { Indicator } from '../../schemas/stats';
import type { ResolvedObservation } from './derive';

export const BOM = '\uFEFF';

const CSV_COLUMNS = [
  ['指标 indicator', (o: Row) => o.indicator],
  ['指标名称 indicator_name', (o: Row) => o.indicatorName],
  ['地区 region', (o: Row) => o.region],
  ['地区名称 region_name', (o: Row) => o.regionName],
  ['时间 period', (o: Row) => o.period],
  ['数值 value', (o: Row) => (o.value === null ? '' : String(o.value))],
  ['单位 unit', (o: Row) => o.unit],
  ['状态 status', (o: Row) => o.status ?? ''],
  ['约数 approx', (o: Row) => o.approx ?? ''],
  ['来源方式 basis', (o: Row) => o.basis],
  ['推算方法 derivation', (o: Row) => o.derivation ?? ''],
  ['原文 quote', (o: Row) => o.quote ?? ''],
  ['说明 note', (o: Row) => o.note ?? ''],
] as const;

type Row = ResolvedObservation & { indicatorName: string; regionName: string; unit: string };

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(
  observations: readonly ResolvedObservation[],
  indicators: ReadonlyMap<string, Pick<Indicator, 'name' | 'unit'>>,
  regionNames: ReadonlyMap<string, string>,
): string {
  const lines = [CSV_COLUMNS.map(([header]) => csvField(header)).join(',')];
  for (const o of observations) {
    const ind = indicators.get(o.indicator);
    const row: Row = { ...o, indicatorName: ind?.name ?? '', regionName: regionNames.get(o.region) ?? '', unit: ind?.unit ?? '' };
    lines.push(CSV_COLUMNS.map(([, get]) => csvField(get(row))).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
