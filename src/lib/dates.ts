/**
 * Dates in content and data: ISO `YYYY-MM-DD`, or a partial date `YYYY` / `YYYY-MM` where a source
 * gives no more. Editors may also write the Chinese form `2020年11月6日`; it is normalised to ISO.
 * Pages show dates in zh-CN as `2020年11月6日`, in the Asia/Shanghai time zone.
 */

/** A date as precise as its source: `2020`, `2020-11` or `2020-11-06`. */
export type PartialDate = string;

export type ParsedDate = { year: number; month?: number; day?: number };

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ZH = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `2020`, `2020-11`, `2020-11-06`, `2020年`, `2020年11月`, `2020年11月6日`, or a JS `Date`
 * (YAML turns an unquoted `2020-11-06` into one). Returns the parts, or a message in Chinese that
 * says what is wrong.
 */
export function parsePartialDate(input: unknown): ParsedDate | { error: string } {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { error: '不是有效的日期' };
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : null;
  if (text === null) return { error: '日期应写成 2020-11-06 这样的文字' };
  const m = ISO.exec(text) ?? ZH.exec(text);
  if (!m) {
    return { error: `“${text}”不是可识别的日期：请写成 2020-11-06（或只写 2020、2020-11），也可写 2020年11月6日` };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { error: `“${text}”中的月份 ${month} 不存在` };
  }
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { error: `“${text}”这一天不存在：${year}年${month}月只有 ${daysInMonth(year, month)} 天` };
  }
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO form of parsed parts: `2020`, `2020-11` or `2020-11-06`. */
export function toIsoPartial({ year, month, day }: ParsedDate): PartialDate {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const fullDate = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Shanghai',
});
const yearMonth = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'Asia/Shanghai' });
const yearOnly = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', timeZone: 'Asia/Shanghai' });

/** `2020-11-06` → `2020年11月6日`; `2020-11` → `2020年11月`; `2020` → `2020年`. */
export function formatDate(iso: PartialDate): string {
  const parsed = parsePartialDate(iso);
  if ('error' in parsed) throw new Error(parsed.error);
  const { year, month = 1, day = 1 } = parsed;
  // Noon in Shanghai keeps the calendar day whatever zone the build machine is in.
  const instant = new Date(`${toIsoPartial({ year, month, day })}T12:00:00+08:00`);
  if (parsed.month === undefined) return yearOnly.format(instant);
  if (parsed.day === undefined) return yearMonth.format(instant);
  return fullDate.format(instant);
}

/** The year of a partial date, for filters and timelines. */
export function yearOf(iso: PartialDate): number {
  return Number(iso.slice(0, 4));
}

/** Sort key: later dates first; a partial date sorts as its first day. */
export function compareDatesDesc(a: PartialDate | undefined, b: PartialDate | undefined): number {
  return (b ?? '').localeCompare(a ?? '');
}

/** `{ start: '2006', end: '2011-09' }` → `2006年—2011年9月`; no period → undefined. */
export function formatPeriod(period: { start: PartialDate; end?: PartialDate } | undefined): string | undefined {
  if (!period) return undefined;
  const start = formatDate(period.start);
  return period.end && period.end !== period.start ? `${start}—${formatDate(period.end)}` : start;
}
