/**
 * The content check against what an attacker or a careless editor writes (issue: content that
 * cannot hurt): control characters, invisible characters in ids, oversized bodies, a supersede
 * cycle, symbolic links, files Astro would skip, a BOM in the region registry.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFiles, checkProject, SIZE_LIMIT, SIZE_WARNING, type SourceFile } from '../../src/lib/content-check';
import { formatProblem, formatProblems, isError } from '../../src/lib/problems';

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

  test('a 5 MB pasted body is refused by its size, before anything reads it', async () => {
    const method = text('content/methods/fixture-method.md');
    const { problems, text: said } = await check(file('content/methods/fixture-method.md', method + '字'.repeat((5 * 1024 * 1024) / 3)));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/methods/fixture-method.md', message: expect.stringContaining('文件有 5,120 KB，超过了 2,048 KB 的上限') })]);
    expect(said.length).toBeLessThan(300);
  });

  test('a list nested 20,000 levels deep is named by its line in a short message, without parsing it (.md and .mdx)', async () => {
    const method = text('content/methods/fixture-method.md');
    const deep = `${method}\n${'- '.repeat(20_000)}最深的一项\n`;
    for (const name of ['fixture-method.md', 'fixture-method.mdx']) {
      const files = [file(`content/methods/${name}`, deep)];
      if (name.endsWith('.mdx')) files.push(file('content/methods/fixture-method.md', method.replace('title: 测试方法', 'title: 另一个')));
      const { problems, text: said } = await check(...files);
      const nested = problems.filter((p) => p.file === `content/methods/${name}`);
      expect(nested, said).toEqual([expect.objectContaining({ line: 14, column: 1, message: expect.stringContaining('嵌套了 20000 层') })]);
      expect(formatProblem(nested[0]!).length).toBeLessThan(300);
    }
  });

  test('1e309 in a data file is described as too large a number, with its line and column, never as Infinity', async () => {
    const regions = text('data/regions.json').replace('"name":', '"code": 1e309, "name":');
    const { problems } = await check(file('data/regions.json', regions));
    const number = problems.find((p) => p.message.includes('1e309'))!;
    expect(number).toMatchObject({ file: 'data/regions.json', line: 2, column: 39 });
    expect(number.message).toContain('数字 1e309 太大');
    expect(problems.map(formatProblem).join('\n')).not.toContain('Infinity');
  });

  test('in frontmatter, a number YAML would change (1e-400 → 0, 20 digits) or cannot hold (1e309) is named as written, with its line', async () => {
    const caseWith = (value: string) => file('content/cases/fixture-case.md', text('content/cases/fixture-case.md').replace('value: 12,', `value: ${value},`));
    const tiny = await check(caseWith('1e-400'));
    expect(tiny.problems).toEqual([expect.objectContaining({ line: 8, column: 28, message: '数字 1e-400 太接近 0，超出了可以表示的精度，读出来会变成 0。' })]);
    const long = await check(caseWith('12345678901234567890'));
    expect(long.problems).toEqual([expect.objectContaining({ line: 8, column: 28, message: expect.stringContaining('读出来会变成 12345678901234567000') })]);
    const huge = await check(caseWith('1e309'));
    expect(huge.problems).toEqual([expect.objectContaining({ line: 7, message: expect.stringContaining('字段 figures[0].value（数值）的数字 1e309 太大') })]);
    expect(huge.text).not.toContain('文字“1e309”');
    expect((await check(caseWith('12'))).problems).toEqual([]);
  });

  test('statistics problems come in the content check’s first report, with their line, beside content problems', async () => {
    const root = mkdtempSync(join(tmpdir(), 'liangxin-check-'));
    try {
      const stats = new URL('../fixtures/stats/', import.meta.url).pathname;
      cpSync(join(stats, 'base'), root, { recursive: true });
      cpSync(join(stats, 'bad/rate-out-of-range.json'), join(root, 'data/datasets/rate-out-of-range.json'));
      mkdirSync(join(root, 'content/methods'));
      writeFileSync(join(root, 'content/methods/fixture-method.md'), text('content/methods/fixture-method.md').replace('title: 测试方法', 'title：测试方法'));
      const { problems } = await checkProject(root);
      const report = formatProblems(problems, '内容检查');
      expect(problems.map((p) => [p.file, p.line]), report).toEqual([
        ['content/methods/fixture-method.md', 2],
        ['data/datasets/rate-out-of-range.json', 16],
      ]);
      expect(report).toContain('data/datasets/rate-out-of-range.json 第 16 行 › observations[1].value');
      expect(report).toContain('比率应在 0–100 之间');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
