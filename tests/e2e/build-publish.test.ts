/**
 * A failed build publishes nothing: `npm run build` (scripts/build.mjs) leaves either no dist/ or
 * the previous good one, byte for byte — never a half-written one, and no `.prerender` or scratch
 * folder behind. Proved in one scratch copy of the project, in order: a build stopped by the
 * content check with no dist/ yet; a good build (with data/regions.json saved with a BOM, as
 * Windows Notepad does); a build that fails after every page was rendered (a broken anchor only the
 * link check can see); a build stopped by the content check again; a good build that replaces it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject, removeCopy, siteBuild } from './support/build';

const dir = copyProject();
afterAll(() => removeCopy(dir));
const dist = join(dir, 'dist');

/** Every file under `root` with the hash of its bytes: what a deploy step would upload. */
function snapshot(root: string): Map<string, string> {
  return new Map(
    (readdirSync(root, { recursive: true }) as string[])
      .filter((p) => statSync(join(root, p)).isFile())
      .sort()
      .map((p) => [p, createHash('sha256').update(readFileSync(join(root, p))).digest('hex')]),
  );
}

/** Folders a build may leave behind: its scratch output, the previous output, Astro's prerender chunks. */
const leftovers = () => readdirSync(dir).filter((name) => /^dist\.(partial|previous)$/.test(name) || name === '.prerender');
const prerender = () => (existsSync(dist) ? (readdirSync(dist, { recursive: true }) as string[]).filter((p) => p.includes('.prerender')) : []);

const edit = (path: string, change: (text: string) => string) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
const METHOD = 'content/methods/liu-qing.md';
const original = readFileSync(join(dir, METHOD), 'utf8');
/** A full-width colon after a field name: the content check stops the build before anything renders. */
const breakFrontmatter = () => edit(METHOD, (t) => t.replace(/^title: /m, 'title：'));

describe('a failed build publishes nothing', () => {
  let good: Map<string, string>;

  test('stopped by the content check with no dist/ yet: still no dist/, and nothing left behind', () => {
    breakFrontmatter();
    const result = siteBuild(dir);
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    expect(result.output).toContain(`内容检查发现 1 处错误`);
    expect(result.output).toContain('构建没有完成：没有生成 dist/。');
    expect(existsSync(dist)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  test('a good build — data/regions.json saved with a BOM — publishes dist/, every page with the registry’s names', () => {
    writeFileSync(join(dir, METHOD), original);
    edit('data/regions.json', (t) => `\uFEFF${t.replace('"name": "临浦镇"', '"name": "临浦镇（登记表带 BOM）"')}`);
    const result = siteBuild(dir);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(result.output).toContain('构建完成，已写入 dist/');
    for (const page of ['cases/linpu-quanfugai/index.html', 'data/linpu-pilot-2011/index.html', 'data/linpu-pilot-2011.csv']) {
      expect(readFileSync(join(dist, page), 'utf8'), page).toContain('临浦镇（登记表带 BOM）');
    }
    expect(leftovers()).toEqual([]);
    expect(prerender()).toEqual([]);
    good = snapshot(dist);
    expect(good.size).toBeGreaterThan(100);
  });

  test('failing after every page was rendered (a broken anchor the link check finds): dist/ is the previous build, byte for byte', () => {
    edit(METHOD, (t) => `${t}\n见[摸底的做法](/methods/liu-qing/#no-such-heading)。\n`);
    const result = siteBuild(dir);
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    expect(result.output).toContain('内容检查通过');
    // Every page was rendered: the link check (after Astro, beside the search index) read them all.
    expect(result.output).toContain('链接检查发现 1 个失效的站内链接');
    expect(result.output).toContain('    → /methods/liu-qing/#no-such-heading：目标页面上没有 id 为“no-such-heading”的位置');
    expect(result.output).toContain('构建没有完成：dist/ 保持上一次成功构建的内容，没有发布任何新文件。');
    expect(snapshot(dist)).toEqual(good);
    expect(leftovers()).toEqual([]);
    expect(prerender()).toEqual([]);
  });

  test('stopped by the content check: dist/ is the previous build, byte for byte', () => {
    writeFileSync(join(dir, METHOD), original);
    breakFrontmatter();
    const result = siteBuild(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${METHOD} 第 2 行\n  问题：字段名 title 后面用了中文冒号“：”`);
    expect(result.output).toContain('构建没有完成：dist/ 保持上一次成功构建的内容');
    expect(snapshot(dist)).toEqual(good);
    expect(leftovers()).toEqual([]);
  });

  test('the next good build replaces dist/ whole, and leaves no previous copy behind', () => {
    writeFileSync(join(dir, METHOD), original.replace(/^title: .*$/m, 'title: “六清”摸底（新版）'));
    const result = siteBuild(dir);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(readFileSync(join(dist, 'methods/liu-qing/index.html'), 'utf8')).toContain('“六清”摸底（新版）');
    expect(snapshot(dist).size).toBe(good.size);
    expect(leftovers()).toEqual([]);
  });
});
