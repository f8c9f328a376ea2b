/**
 * Periods of statistical observations. Accepted forms (documented in `src/schemas/stats.ts`):
 *
 * - a point in time, as precise as the source: `2011`, `2011-09`, `2011-09-30`;
 * - an interval, for changes between two points: `2010-12-31/2011-09-30` (ISO 8601 style);
 * - an open start, for figures the source dates only as “so far”: `../2011-11` (截至2011年11月).
 *
 * Every date must exist (no `2011-02-30`) and an interval must run forwards.
 */
import { parsePartialDate, toIsoPartial } from '../../schemas/partial-date';
import { formatDate } from '../dates';
import { PERIOD_PATTERN } from '../../schemas/stats';

type Period =
  | { kind: 'point'; date: string }
  | { kind: 'interval'; start: string; end: string }
  | { kind: 'until'; end: string };


function checkDate(text: string): string | undefined {
  const parsed = parsePartialDate(text);
  if ('error' in parsed) return parsed.error;
  if (toIsoPartial(parsed) !== text) return `“${text}”不是规范写法`;
  return undefined;
}

/** Reads a period, or says in Chinese what is wrong with it and how to write it. */
export function parsePeriod(text: unknown): Period | { error: string } {
  if (typeof text !== 'string') return { error: '时间应是加英文双引号的文字，例如 "2011-09-30"' };
  if (!PERIOD_PATTERN.test(text)) return { error: `时间“${text}”的写法无法识别` };
  if (text.startsWith('../')) {
    const end = text.slice(3);
    const bad = checkDate(end);
    return bad ? { error: `时间“${text}”有误：${bad}` } : { kind: 'until', end };
  }
  const [start, end] = text.split('/');
  for (const part of [start, end]) {
    if (part === undefined) continue;
    const bad = checkDate(part);
    if (bad) return { error: `时间“${text}”有误：${bad}` };
  }
  if (end === undefined) return { kind: 'point', date: start };
  // ISO partial dates order correctly as text: `2011` < `2011-09` < `2011-09-30` < `2011-10`.
  if (start >= end) {
    return { error: `时间段“${text}”的开始不早于结束：较早的日期应写在“/”前面` };
  }
  return { kind: 'interval', start, end };
}

function parseOrThrow(text: string): Period {
  const p = parsePeriod(text);
  if ('error' in p) throw new Error(p.error);
  return p;
}

/** `2011-09-30` → `2011年9月30日`; `2010-12-31/2011-09-30` → `2010年12月31日至2011年9月30日`; `../2011-11` → `截至2011年11月`. */
export function formatPeriod(text: string): string {
  const p = parseOrThrow(text);
  if (p.kind === 'point') return formatDate(p.date);
  if (p.kind === 'until') return `截至${formatDate(p.end)}`;
  return `${formatDate(p.start)}至${formatDate(p.end)}`;
}

/** Orders periods by their end (the point they describe), then by their start. */
export function comparePeriods(a: string, b: string): number {
  const pa = parseOrThrow(a);
  const pb = parseOrThrow(b);
  const end = (p: Period) => (p.kind === 'point' ? p.date : p.end);
  const start = (p: Period) => (p.kind === 'point' ? p.date : p.kind === 'interval' ? p.start : '');
  return end(pa).localeCompare(end(pb)) || start(pa).localeCompare(start(pb));
}

/**
 * The time all `periods` cover together, as one ISO 8601 date or interval (schema.org's
 * `temporalCoverage`): `2006`, `2010-12-31/2011-11`, or `../2011-11` when the earliest figure is
 * dated only “so far”. Undefined for no periods.
 */
export function periodSpan(periods: readonly string[]): string | undefined {
  if (periods.length === 0) return undefined;
  const parsed = periods.map(parseOrThrow);
  const starts = parsed.map((p) => (p.kind === 'point' ? p.date : p.kind === 'interval' ? p.start : '..'));
  const ends = parsed.map((p) => (p.kind === 'point' ? p.date : p.end));
  // '..' sorts before any digit: an open start stays open.
  const start = starts.sort()[0]!;
  const end = ends.sort().at(-1)!;
  return start === end ? start : `${start}/${end}`;
}
