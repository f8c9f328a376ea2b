/**
 * Entries with a 收录日期 and 更新记录, in a scratch copy of the project built for a public URL:
 * their feed items carry those dates (newest first, a new id for each change, the change note in
 * the text), the undated entries stay undated after them, and the page shows 更新记录 and gives
 * the same dates to its share card and structured data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { feedDate } from '../../src/lib/feeds';
import { copyProject, removeCopy, siteBuild } from './support/build';
import { feedProblems, readFeed } from './support/feeds';
import { nodeOfType, readHead } from './support/page-head';

const SITE = 'https://portal.example.org';
let dir: string;
let build: { status: number | null; output: string };

/** Adds fields to the end of an entry's frontmatter. */
function addFields(file: string, yaml: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---', 4);
  writeFileSync(path, `${text.slice(0, end)}\n${yaml.trim()}${text.slice(end)}`);
}

beforeAll(() => {
  dir = copyProject();
  addFields('content/cases/linpu-quanfugai.mdx', 'added: 2026-11-21\nupdates:\n  - date: 2026-12-01\n    note: 补充了联合党支部的数字');
  addFields('content/policies/shifanhua-gongcheng-2020.md', 'added: 2026-11-25');
  build = siteBuild(dir, { BASE_PATH: '/', SITE_URL: SITE });
});
afterAll(() => removeCopy(dir));

describe('dated entries', () => {
  test('the site builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  test('the feeds date them by their own dates, newest first, and leave the others undated', () => {
    const dist = join(dir, 'dist');
    for (const id of ['all', 'cases', 'policies'] as const) expect(feedProblems(readFeed(id, dist, SITE, '/', dir)), id).toEqual([]);
    const all = readFeed('all', dist, SITE, '/', dir);
    expect(all.items.slice(0, 3).map((i) => [i.url, i.published?.toISOString() ?? null])).toEqual([
      [`${SITE}/cases/linpu-quanfugai/`, feedDate('2026-12-01').toISOString()],
      [`${SITE}/policies/shifanhua-gongcheng-2020/`, feedDate('2026-11-25').toISOString()],
      [expect.any(String), null],
    ]);
    // A change is news of its own: its id carries the day.
    expect(all.items[0]!.id).toBe(`${SITE}/cases/linpu-quanfugai/#2026-12-01`);
    const xml = readFileSync(join(dist, 'feeds/all.xml'), 'utf8');
    expect(xml).toContain('更新：补充了联合党支部的数字。');
  });

  test('the page shows 更新记录, and its card and structured data carry the same dates', () => {
    const html = readFileSync(join(dir, 'dist/cases/linpu-quanfugai/index.html'), 'utf8');
    const history = html.match(/<section[^>]*data-change-history[^>]*>([\s\S]*?)<\/section>/)?.[1] ?? '';
    expect(history.replace(/<[^>]+>/g, '')).toBe('更新记录2026年12月1日：补充了联合党支部的数字2026年11月21日：首次收录');
    expect(history).toContain('<time datetime="2026-12-01">');
    const head = readHead(html);
    expect(head.properties['article:published_time']).toBe('2026-11-21');
    expect(head.properties['article:modified_time']).toBe('2026-12-01');
    expect(nodeOfType(head, 'Article')).toMatchObject({ datePublished: '2026-11-21', dateModified: '2026-12-01' });
    // An undated entry has no history and no dates.
    const other = readFileSync(join(dir, 'dist/cases/haishu-jiangdong-louyu/index.html'), 'utf8');
    expect(other).not.toContain('data-change-history');
    expect(readHead(other).properties).not.toHaveProperty('article:published_time');
  });
});
