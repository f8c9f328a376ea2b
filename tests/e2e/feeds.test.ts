/**
 * The feeds of the built site, as a feed reader reads them: RSS that parses, one item per entry up
 * to the limit, each dated by the entry's own 收录日期 or 更新记录 or not at all (the bundled
 * content has no such dates yet, so no item has one), and found by readers through each page's
 * `<link rel="alternate">` and the footer's 订阅 links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { FEED_IDS, FEEDS } from '../../src/lib/feeds';
import { feedProblems, readFeed } from './support/feeds';
import { readHead } from './support/page-head';

const distDir = inject('distDir');
const base = inject('basePath');
const SITE = process.env.SITE_URL!;
const pub = (path: string) => new URL(`${base}${path}`, SITE).href;
const head = (path: string) => readHead(readFileSync(join(distDir, path, 'index.html'), 'utf8'));

describe('feeds', () => {
  for (const id of FEED_IDS) {
    test(`${FEEDS[id].path}: RSS with the entries of ${FEEDS[id].name}, dated only by their own dates`, () => {
      const feed = readFeed(id, distDir, SITE, base);
      expect(feed.title).toContain(FEEDS[id].name);
      expect(feed.items.length).toBeGreaterThan(0);
      expect(feedProblems(feed)).toEqual([]);
    });
  }

  test('pages announce the site’s feed and their section’s; the footer links all three', () => {
    const alternates = (path: string) => head(path).links.filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml').map((l) => l.href);
    expect(alternates('')).toEqual([pub(FEEDS.all.path)]);
    expect(alternates('cases/linpu-quanfugai')).toEqual([pub(FEEDS.all.path), pub(FEEDS.cases.path)]);
    expect(alternates('policies')).toEqual([pub(FEEDS.all.path), pub(FEEDS.policies.path)]);
    const footer = readFileSync(join(distDir, 'index.html'), 'utf8').match(/<li data-feeds>([\s\S]*?)<\/li>/)?.[1] ?? '';
    expect(footer).toContain('订阅');
    expect([...footer.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(FEED_IDS.map((f) => `${base}${FEEDS[f].path}`));
  });
});
