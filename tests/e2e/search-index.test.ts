/**
 * The search index is built with the site and the build stops when a page would be missing from
 * it. Copies the project into a scratch folder, plants the mistake, and runs the real build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { astroBuild, projectRoot } from './support/build';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-search-'));
  scratch.push(dir);
  for (const entry of ['src', 'content', 'data', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('search index build', () => {
  test('the build logs how many pages it indexed, in how many ms', () => {
    // The e2e setup built the site already; its log line is not kept, so check the index itself.
    const entry = JSON.parse(readFileSync(join(projectRoot, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBeGreaterThan(10);
  });

  test('a page that does not use BaseLayout stops the build, named as missing from the index', () => {
    const dir = copyProject();
    mkdirSync(join(dir, 'src/pages/extra'), { recursive: true });
    writeFileSync(
      join(dir, 'src/pages/extra/index.astro'),
      '<html lang="zh-CN"><head><title>额外页面</title></head><body><main><h1>额外页面</h1></main></body></html>\n',
    );
    const { status, output } = astroBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('搜索索引只收录了');
    expect(output).toContain('extra/index.html');
  });

  test('a good build logs one line with the page count and the time it took', () => {
    const dir = copyProject();
    const { status, output } = astroBuild(dir);
    expect(status).toBe(0);
    expect(output).toMatch(/Pagefind indexed \d+ pages \(\d+ ms\)\n/);
  });
});
