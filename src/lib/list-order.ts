/**
 * The orders readers expect of the case and policy lists, and how each is described above a list:
 *
 * - by time (the default): newest first; entries of the same date by name; entries whose source
 *   gives no date last, by name;
 * - by name: by the pinyin of the name (`Intl.Collator` through `src/lib/collate.ts`).
 *
 * Both orders are static pages (`/cases/` and `/cases/by-name/` …), so they work without JavaScript.
 */
import type { PartialDate } from '../schemas/partial-date';
import { comparePinyin } from './collate';
import { compareDatesDesc } from './dates';
import { pageParam, paginate, type ListPage } from './pagination';

export const LIST_ORDERS = ['time', 'name'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

/** How to read an entry's date and name for ordering. */
export type OrderKeys<T> = {
  /** The date the entry is placed by, or undefined when its source gives none. */
  date: (item: T) => PartialDate | undefined;
  /** What that date is, for the sentence above the list: `成文日期`; empty when plain 时间 says it. */
  dateLabel: string;
  name: (item: T) => string;
};

/** A new array in `order`: by time (newest first, then by name, undated last) or by name. */
export function sortList<T>(items: readonly T[], order: ListOrder, keys: OrderKeys<T>): T[] {
  const byName = (a: T, b: T) => comparePinyin(keys.name(a), keys.name(b));
  if (order === 'name') return [...items].sort(byName);
  return [...items].sort((a, b) => {
    const da = keys.date(a);
    const db = keys.date(b);
    if (!da || !db) return Number(!da) - Number(!db) || byName(a, b);
    return compareDatesDesc(da, db) || byName(a, b);
  });
}

/** The path segment of an order's list pages below the list's own path: none for time, `by-name/`. */
export const orderSegment = (order: ListOrder): string => (order === 'name' ? 'by-name/' : '');

/** The label of each order's link above a list. */
export const ORDER_LABELS: Readonly<Record<ListOrder, string>> = { time: '按时间', name: '按名称' };

/** The sentence above a list that says how it runs: `按时间排列：成文日期由近及远，…`. */
export function orderSentence(order: ListOrder, dateLabel: string): string {
  return order === 'name'
    ? '按名称排列：按汉语拼音顺序。'
    : `按时间排列：${dateLabel}由近及远，同一时间的按名称排，未注明时间的排在最后。`;
}

/** One page of a list in one order: `cases/` (page 1 by time), `cases/by-name/page/2/` … */
export type OrderedPage<T> = { params: { page: string | undefined }; props: { order: ListOrder; list: ListPage<T> } };

/**
 * Every page of a list in both orders, for a `[...page].astro` route: by time at the list's own
 * path (`page/2/` …), by name below `by-name/`.
 */
export function orderedPages<T>(items: readonly T[], keys: OrderKeys<T>): OrderedPage<T>[] {
  return LIST_ORDERS.flatMap((order) =>
    paginate(sortList(items, order, keys)).map((list) => {
      const rest = `${orderSegment(order)}${pageParam(list.page) ?? ''}`.replace(/\/$/, '');
      return { params: { page: rest || undefined }, props: { order, list } };
    }),
  );
}
