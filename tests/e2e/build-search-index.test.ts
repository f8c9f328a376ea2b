/**
 * The search index is built with the site and the build stops when a page would be missing from
 * it. Copies the project into a scratch folder, plants the mistake, and runs the real build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { copyProject, removeCopy, siteBuild } from './support/build';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) removeCopy(dir);
});

function project(): string {
  const dir = copyProject();
  scratch.push(dir);
  return dir;
}

describe('search index build', () => {
  test('every indexed page is in a zh-cn index of a bundle the manifest lists; the primary bundle holds one record', () => {
    const root = join(inject('distDir'), 'pagefind');
    const entry = (path: string) => JSON.parse(readFileSync(join(root, path, 'pagefind-entry.json'), 'utf8'));
    expect(entry('').languages['zh-cn'].page_count).toBe(1);
    const { bundles } = JSON.parse(readFileSync(join(root, 'bundles.json'), 'utf8')) as { bundles: { path: string; pages: number }[] };
    expect(bundles.map((b) => b.path)).toEqual(['1/']);
    for (const b of bundles) {
      expect(Object.keys(entry(b.path).languages)).toEqual(['zh-cn']);
      expect(entry(b.path).languages['zh-cn'].page_count).toBe(b.pages);
    }
    expect(bundles[0]!.pages).toBeGreaterThan(10);
  });

  test('a page that does not use BaseLayout stops the build, named as missing from the index', () => {
    const dir = project();
    mkdirSync(join(dir, 'src/pages/extra'), { recursive: true });
    writeFileSync(
      join(dir, 'src/pages/extra/index.astro'),
      '<html lang="zh-CN"><head><title>额外页面</title></head><body><main><h1>额外页面</h1></main></body></html>\n',
    );
    const { status, output } = siteBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('搜索索引只收录了');
    expect(output).toContain('extra/index.html');
  });

  test('a good build logs one line with the page count and the time it took', () => {
    const dir = project();
    const { status, output } = siteBuild(dir);
    expect(status, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/Pagefind indexed \d+ pages \(\d+ ms\)\n/);
  });
});
