/**
 * MDX is content, not code — proved on the real build with tests/fixtures/mdx-attack/: an MDX
 * that imports `node:fs` and exports what it reads (/etc/hostname, a secret file, $HOME), a
 * `<Fragment set:html>` carrying a meta refresh, and `javascript:` links spelt to slip past a
 * naive check. With the content check they stop the build before anything renders, each named
 * with its file and line. With the content check removed (as `astro dev` only logs it), the
 * remark plugin in the MDX pipeline still refuses to compile the file. Either way nothing read
 * reaches the output, and no `dist/` is written.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyProject, overlayFixture, removeCopy, siteBuild } from './support/build';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) removeCopy(dir);
});

const SECRET = `secret-${process.pid}-${Date.now()}`;
const HOSTNAME = readFileSync('/etc/hostname', 'utf8').trim();
/** What the leak fixture would show if its code ran: each read value inside its own marker. */
const LEAKS = [`HOSTNAME[${HOSTNAME}]`, `SECRET[${SECRET}]`, SECRET, `HOME[${process.env.HOME}]`];

function attackedProject(only?: string[]) {
  const dir = copyProject();
  scratch.push(dir);
  overlayFixture(dir, 'mdx-attack');
  if (only) {
    for (const file of ['content/cases/fixture-leak.mdx', 'content/methods/fixture-meta.mdx', 'content/methods/fixture-js-link.md']) {
      if (!only.includes(file)) removeCopy(join(dir, file));
    }
  }
  writeFileSync(join(dir, 'fixture-secret.txt'), SECRET);
  return dir;
}

/** Every file under `dir` whose text holds one of `needles`. */
function filesContaining(dir: string, needles: string[]): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((p) => {
    const full = join(dir, p);
    if (!statSync(full).isFile()) return false;
    const text = readFileSync(full, 'latin1');
    return needles.some((n) => text.includes(Buffer.from(n).toString('latin1')));
  });
}

describe('MDX that is code does not build', () => {
  test('the content check stops the build naming each file, line and construct; no dist/ and no leak', () => {
    const dir = attackedProject();
    const result = siteBuild(dir, { BASE_PATH: '/' });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('内容检查发现');
    expect(result.output).toMatch(/content\/cases\/fixture-leak\.mdx 第 11 行第 1 列\n  问题：MDX 文件里不能写 import 或 export（这里写的是“import fs from 'node:fs';/);
    expect(result.output).toMatch(/content\/cases\/fixture-leak\.mdx 第 14 行第 4 列\n  问题：正文里的 \{x\} 是一段代码/);
    expect(result.output).toMatch(/content\/methods\/fixture-meta\.mdx 第 13 行第 1 列\n  问题：正文里的 <Fragment> 不是本站允许的组件/);
    expect(result.output).toMatch(/content\/methods\/fixture-meta\.mdx 第 13 行第 11 列\n  问题：<Fragment> 的 set:html .*\n  改法：删除 set:html/);
    expect(result.output).toMatch(/content\/methods\/fixture-js-link\.md 第 13 行第 5 列\n  问题：链接的地址 "JaVaScRiPt:alert\(1\)" 是 javascript: 地址.*\n  改法：/);
    expect(result.output).toMatch(/content\/methods\/fixture-js-link\.md 第 15 行第 4 列\n  问题：链接的地址 "javascript:alert\(1\)" 是 javascript: 地址/);
    for (const leak of LEAKS) expect(result.output).not.toContain(leak);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  test('without the content check, the MDX pipeline itself refuses the file: it never runs, nothing leaks', () => {
    const dir = attackedProject(['content/cases/fixture-leak.mdx']);
    const config = join(dir, 'astro.config.mjs');
    const withoutCheck = readFileSync(config, 'utf8').replace(/^\s*contentCheck\(\),\n/m, '');
    expect(withoutCheck).not.toContain('contentCheck(),');
    writeFileSync(config, withoutCheck);
    const result = siteBuild(dir, { BASE_PATH: '/' });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).not.toContain('内容检查发现');
    expect(result.output).toContain('content/cases/fixture-leak.mdx 含有本站正文不允许的写法，已拒绝编译');
    expect(result.output).toContain('content/cases/fixture-leak.mdx 第 11 行第 1 列\n  问题：MDX 文件里不能写 import 或 export');
    for (const leak of LEAKS) expect(result.output).not.toContain(leak);
    expect(filesContaining(join(dir, 'dist'), LEAKS)).toEqual([]);
    expect(filesContaining(join(dir, '.astro'), LEAKS)).toEqual([]);
    expect(filesContaining(join(dir, 'node_modules/.astro'), LEAKS)).toEqual([]);
  });
});
