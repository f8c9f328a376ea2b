/**
 * The content check against what an attacker or a careless editor writes (issue: content that
 * cannot hurt): control characters, invisible characters in ids, oversized bodies, a supersede
 * cycle, symbolic links, files Astro would skip, a BOM in the region registry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFiles, SIZE_LIMIT, SIZE_WARNING, type SourceFile } from '../../src/lib/content-check';
import { formatProblem, isError } from '../../src/lib/problems';

const SITE = new URL('../fixtures/minimal-site/', import.meta.url).pathname;
const base: SourceFile[] = (readdirSync(SITE, { recursive: true }) as string[])
  .filter((p) => statSync(join(SITE, p)).isFile() && /^(content|data)\//.test(p))
  .map((p) => ({ path: p, bytes: readFileSync(join(SITE, p)) }));
const text = (path: string) => readFileSync(join(SITE, path), 'utf8');
const file = (path: string, content: string): SourceFile => ({ path, bytes: new TextEncoder().encode(content) });

/** The minimal site with `files` added or replacing its own; the problems as the editor reads them. */
async function check(...files: SourceFile[]) {
  const byPath = new Map(base.map((f) => [f.path, f]));
  for (const f of files) byPath.set(f.path, f);
  const problems = await checkFiles([...byPath.values()]);
  return { problems, text: problems.map(formatProblem).join('\n') };
}

const policy = (id: string, extra: string) =>
  file(`content/policies/${id}.md`, text('content/policies/fixture-policy.md').replace('sources:', `${extra}\nsources:`));

describe('content that cannot hurt', () => {
  test('a NUL in a body is named by code point, line and column, and nothing else is blamed', async () => {
    const body = text('content/methods/fixture-method.md').replace('正文。', '正文\u0000。');
    const { problems } = await check(file('content/methods/fixture-method.md', body));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/methods/fixture-method.md', line: 12, column: 3, message: expect.stringContaining('U+0000') }),
    ]);
  });

  test('a NUL in frontmatter is a control character, not blamed on Chinese quotes', async () => {
    const body = text('content/methods/fixture-method.md').replace('title: 测试方法', 'title: 测试\u0000方法');
    const { text: said } = await check(file('content/methods/fixture-method.md', body));
    expect(said).toContain('第 2 行第 10 列');
    expect(said).toContain('U+0000');
    expect(said).not.toContain('中文引号');
  });

  test('a zero-width space in a referenced id is named as such', async () => {
    const body = text('content/cases/fixture-case.md').replace('region: fixture-county', 'region: fixture\u200b-county');
    const { text: said } = await check(file('content/cases/fixture-case.md', body));
    expect(said).toContain('第 8 个字符是零宽空格 U+200B');
    expect(said).toContain('应为“fixture-county”');
  });

  test('a body over 200 KB gets a warning, a file over 2 MB an error', async () => {
    const method = text('content/methods/fixture-method.md');
    const big = await check(file('content/methods/fixture-method.md', method + '字'.repeat(SIZE_WARNING / 3 + 10)));
    expect(big.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('KB') })]);
    const huge = await check(file('content/methods/fixture-method.md', method + '字'.repeat(SIZE_LIMIT / 3 + 10)));
    expect(huge.problems.filter(isError)).toEqual([expect.objectContaining({ message: expect.stringContaining('上限') })]);
  });

  test('a policy that supersedes itself, and a cycle A → B → A, are refused with the chain', async () => {
    const self = await check(policy('fixture-policy', 'supersedes: fixture-policy'));
    expect(self.text).toContain('写了它自己');
    const cycle = await check(policy('fixture-policy', 'supersedes: other-policy'), policy('other-policy', 'supersedes: fixture-policy'));
    expect(cycle.problems.filter(isError)).toEqual([
      expect.objectContaining({ file: 'content/policies/fixture-policy.md', line: 8, message: expect.stringContaining('fixture-policy → other-policy → fixture-policy') }),
    ]);
  });

  test('a symbolic link is refused: nothing from outside content/ and data/ reaches the site', async () => {
    const { problems } = await check({ path: 'content/methods/passwd.md', bytes: new Uint8Array(), symlink: true });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/methods/passwd.md', message: expect.stringContaining('符号链接') })]);
  });

  test('files Astro skips (_x.md, .x.md, ._x.md) are listed as not published, not silently dropped', async () => {
    const method = text('content/methods/fixture-method.md');
    const { problems } = await check(
      file('content/methods/_draft.md', method),
      file('content/methods/.hidden.md', method),
      file('content/methods/._fixture-method.md', 'binary'),
    );
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      ['content/methods/._fixture-method.md', 'warning'],
      ['content/methods/.hidden.md', 'warning'],
      ['content/methods/_draft.md', 'warning'],
    ]);
  });

  test('data/regions.json saved with a BOM is accepted (Astro reads it with the same reader)', async () => {
    const { problems } = await check(file('data/regions.json', `\uFEFF${text('data/regions.json')}`));
    expect(problems).toEqual([]);
  });

  test('a key written twice in JSON or in YAML is an error, never a silently lost value', async () => {
    const regions = text('data/regions.json').replace('"name":', '"name": "重复", "name":');
    expect((await check(file('data/regions.json', regions))).text).toContain('写了两次');
    const method = text('content/methods/fixture-method.md').replace('title: 测试方法', 'title: 测试方法\ntitle: 另一个');
    expect((await check(file('content/methods/fixture-method.md', method))).text).toContain('字段 title 写了两次');
  });
});
