/**
 * Dates on pages: partial dates (`src/schemas/partial-date.ts`) shown in zh-CN as `2020年11月6日`,
 * in the Asia/Shanghai time zone, and ordered.
 */
import { parsePartialDate, toIsoPartial, type PartialDate } from '../schemas/partial-date';

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
