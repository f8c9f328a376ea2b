import { describe, expect, test } from 'vitest';
import { changeLog, lastUpdate } from '../../src/lib/change-history';
import { FEED_LIMIT, feedDate, feedItems, feedsForSection, type FeedEntry } from '../../src/lib/feeds';

const entry = (title: string, changes: FeedEntry['changes'] = { updates: [] }): FeedEntry => ({ title, path: `cases/${title}/`, summary: `${title}的摘要。`, category: '典型案例', changes });

describe('feeds', () => {
  test('dated entries first, newest first; undated ones after them in their own order, with no date', () => {
    const items = feedItems([
      entry('甲'),
      entry('乙', { added: '2026-11-21', updates: [] }),
      entry('丙'),
      entry('丁', { added: '2026-11-20', updates: [{ date: '2026-12-01', note: '补充了2012年的数字' }] }),
    ]);
    expect(items.map((i) => [i.title, i.date])).toEqual([
      ['丁', '2026-12-01'],
      ['乙', '2026-11-21'],
      ['甲', undefined],
      ['丙', undefined],
    ]);
    expect(items[0]!.description).toBe('更新：补充了2012年的数字。丁的摘要。');
    expect(items[1]!.description).toBe('乙的摘要。');
    expect(items[2]).not.toHaveProperty('date');
  });

  test('at most FEED_LIMIT items', () => {
    expect(feedItems(Array.from({ length: FEED_LIMIT + 5 }, (_, i) => entry(String(i))))).toHaveLength(FEED_LIMIT);
  });

  test('a day is dated at midnight in China', () => {
    expect(feedDate('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  test('a page links the whole site’s feed and its own section’s', () => {
    expect(feedsForSection('cases')).toEqual(['all', 'cases']);
    expect(feedsForSection('methods')).toEqual(['all']);
  });
});

describe('更新记录', () => {
  test('newest first, the 收录日期 last; nothing for an entry without dates', () => {
    const changes = { added: '2026-11-21', updates: [{ date: '2026-11-30', note: '改正' }, { date: '2026-12-02', note: '补充' }] };
    expect(changeLog(changes)).toEqual([
      { date: '2026-12-02', note: '补充' },
      { date: '2026-11-30', note: '改正' },
      { date: '2026-11-21' },
    ]);
    expect(lastUpdate(changes)).toBe('2026-12-02');
    expect(changeLog({ updates: [] })).toEqual([]);
    expect(lastUpdate({ added: '2026-11-21', updates: [] })).toBeUndefined();
  });
});
