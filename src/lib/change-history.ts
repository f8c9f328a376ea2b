/**
 * An entry's 收录日期 and 更新记录 (`added`, `updates` of src/schemas/common.ts) as readers see them:
 * the 更新记录 list on its page, the date of its feed item and of its share card and structured data.
 * Only the dates editors wrote: an entry without them has no history and no date.
 */
import type { ChangeRecord } from '../schemas/common';

/** A line of the history: an update with its note, or the 收录日期 (no note). */
export type ChangeLine = { date: string; note?: string };

/** The history, newest first, ending with the 收录日期 when there is one. */
export function changeLog(changes: ChangeRecord): ChangeLine[] {
  const lines: ChangeLine[] = [...changes.updates, ...(changes.added ? [{ date: changes.added }] : [])];
  // Stable: on the same day the update stays above the 收录日期.
  return lines.sort((a, b) => b.date.localeCompare(a.date));
}

/** The day of the latest 更新记录 (not the 收录日期), or undefined. */
export const lastUpdate = (changes: ChangeRecord): string | undefined => changes.updates.map((u) => u.date).sort().at(-1);

/** The latest line (an update, or the 收录日期), or undefined for an entry without dates. */
export const lastChange = (changes: ChangeRecord): ChangeLine | undefined => changeLog(changes)[0];
