/**
 * The site's feeds read back by a feed reader's parser (@rowanmanning/feed-parser, RSS and Atom),
 * each item matched with the entry it announces, so a test can say: the right entries, each dated
 * by the entry's own 收录日期/更新记录 or not at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { lastChange } from '../../../src/lib/change-history';
import { FEED_LIMIT, FEEDS, feedDate } from '../../../src/lib/feeds';
import { COLLECTIONS } from '../../../src/schemas/registry';
import { entryData, entryIds } from './content';

export type ReadFeed = {
  title: string | null;
  items: { title: string | null; url: string | null; id: string | null; published: Date | null }[];
  /** The entries the feed should carry, by page address, with the date each should have. */
  expected: Map<string, string | undefined>;
  /** How many items it should carry. */
  expectedCount: number;
};

/** Feed `id` of the build in `distDir`, for the content of `root`, published at `site` + `base`. */
export function readFeed(id: keyof typeof FEEDS, distDir: string, site: string, base: string, root?: string): ReadFeed {
  const feed = parseFeed(readFileSync(join(distDir, FEEDS[id].path), 'utf8'));
  const expected = new Map<string, string | undefined>();
  for (const collection of FEEDS[id].collections) {
    for (const entry of entryIds(collection, root)) {
      const d = entryData(collection, entry, root) as { added?: string; updates: { date: string; note: string }[]; brief?: boolean };
      if (d.brief) continue; // a brief case (简目) has no page of its own
      expected.set(new URL(`${base}${COLLECTIONS[collection].entryPath(entry)}`, site).href, lastChange(d)?.date);
    }
  }
  return {
    title: feed.title,
    items: feed.items.map((i) => ({ title: i.title, url: i.url, id: i.id, published: i.published })),
    expected,
    expectedCount: Math.min(FEED_LIMIT, expected.size),
  };
}

/** What is wrong with a feed's items: unknown pages, dates that are not the entry's, order, repeated ids. */
export function feedProblems(f: ReadFeed): string[] {
  const problems: string[] = [];
  if (f.items.length !== f.expectedCount) problems.push(`${f.items.length} items, expected ${f.expectedCount}`);
  for (const item of f.items) {
    if (!item.url || !f.expected.has(item.url)) {
      problems.push(`item ${item.title}: ${item.url} is not an entry of the feed`);
      continue;
    }
    const day = f.expected.get(item.url);
    const want = day ? feedDate(day).toISOString() : null;
    if ((item.published?.toISOString() ?? null) !== want) problems.push(`item ${item.title}: dated ${item.published?.toISOString()}, the entry says ${want}`);
  }
  const dates = f.items.map((i) => i.published?.getTime() ?? -Infinity);
  if (dates.some((d, i) => i > 0 && d > dates[i - 1]!)) problems.push('items are not newest first, undated last');
  if (new Set(f.items.map((i) => i.id)).size !== f.items.length) problems.push('two items share an id');
  return problems;
}
