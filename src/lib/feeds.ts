/**
 * The site's feeds (RSS 2.0, written by @astrojs/rss in `src/pages/feeds/[feed].xml.ts`): the whole
 * site, 政策文件 and 典型案例. Readers subscribe from the footer's 订阅 links or through the
 * `<link rel="alternate">` each page carries (autodiscovery).
 *
 * An item is dated by the entry's own 收录日期 or latest 更新记录 (`added`, `updates`): an entry
 * without them is an item without a date — RSS allows that, and feed readers date it when they first
 * see it — never one with a date made up (not the build's, not the document's). Dated items come
 * first, newest first; then the undated ones in the section's own order. A change gets an item of
 * its own (its guid carries the date), so subscribers hear about updates as GOV.UK's feeds tell
 * them, with the change note in the text.
 */
import type { ChangeRecord } from '../schemas/common';
import { lastChange } from './change-history';
import { COLLECTIONS, type ContentCollectionId } from '../schemas/registry';

/** The most items a feed carries. */
export const FEED_LIMIT = 50;

type FeedId = 'all' | 'policies' | 'cases';

type FeedMeta = {
  /** Its file, without the base. */
  path: string;
  /** Its title after the site name: `两新党建知识库与政策门户 · 政策文件`. */
  name: string;
  /** The collections it carries. */
  collections: readonly ContentCollectionId[];
};

/** The feeds, in the order the footer lists them. */
export const FEEDS: Readonly<Record<FeedId, FeedMeta>> = {
  all: { path: 'feeds/all.xml', name: '全部更新', collections: ['policies', 'program', 'cases', 'methods', 'reports'] },
  policies: { path: 'feeds/policies.xml', name: COLLECTIONS.policies.name, collections: ['policies'] },
  cases: { path: 'feeds/cases.xml', name: COLLECTIONS.cases.name, collections: ['cases'] },
};

export const FEED_IDS = Object.keys(FEEDS) as FeedId[];

/** The feeds a page of `section` (the first segment of its path) links for autodiscovery: the site's, and its section's. */
export function feedsForSection(section: string): FeedId[] {
  return FEED_IDS.filter((id) => id === 'all' || id === section);
}

/** An entry as a feed sees it. */
export type FeedEntry = {
  title: string;
  /** Its page, without the base. */
  path: string;
  summary: string;
  /** The section's name, the item's category: 政策文件, 典型案例 … */
  category: string;
  changes: ChangeRecord;
};

export type FeedItem = {
  title: string;
  /** The page, without the base. */
  path: string;
  description: string;
  category: string;
  /** `YYYY-MM-DD` of the 收录日期 or the latest 更新记录, or undefined. */
  date?: string;
};

/** The items of a feed: dated entries newest first, then undated ones as given; at most `FEED_LIMIT`. */
export function feedItems(entries: readonly FeedEntry[], limit = FEED_LIMIT): FeedItem[] {
  const items = entries.map((e, order) => {
    const last = lastChange(e.changes);
    const date = last?.date;
    const description = last?.note ? `更新：${last.note}。${e.summary}` : e.summary;
    const item: FeedItem = { title: e.title, path: e.path, description, category: e.category, ...(date && { date }) };
    return { item, order };
  });
  items.sort((a, b) => (b.item.date ?? '').localeCompare(a.item.date ?? '') || a.order - b.order);
  return items.slice(0, limit).map((i) => i.item);
}

/**
 * A day as the instant RSS dates it: midnight in China (the site's time zone), so a reader sees the
 * day the editor wrote.
 */
export const feedDate = (day: string) => new Date(`${day}T00:00:00+08:00`);
