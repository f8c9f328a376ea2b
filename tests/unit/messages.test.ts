/**
 * The whole message an editor reads for each kind of mistake, pinned as inline snapshots (as
 * Starlight's config-error tests do): a reviewer sees the exact words, and a change to them shows
 * in the diff. Each mistake is laid over tests/fixtures/minimal-site/ and run through the content
 * check and the one formatter, as `npm run build` does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFiles, type SourceFile } from '../../src/lib/content-check';
import { formatProblems } from '../../src/lib/problems';
import { baseSources, buildError } from './support/stats';

const SITE = new URL('../fixtures/minimal-site/', import.meta.url).pathname;
const base: SourceFile[] = (readdirSync(SITE, { recursive: true }) as string[])
  .filter((p) => statSync(join(SITE, p)).isFile() && /^(content|data)\//.test(p))
  .map((p) => ({ path: p, bytes: readFileSync(join(SITE, p)) }));
const text = (path: string) => readFileSync(join(SITE, path), 'utf8');

/** The build's message for the minimal site with `path` replaced by `edit` of its text. */
async function message(path: string, edit: (text: string) => string): Promise<string> {
  const files = base.map((f) => (f.path === path ? { path, bytes: new TextEncoder().encode(edit(text(path))) } : f));
  return formatProblems(await checkFiles(files), '内容检查', 'npm run build');
}

describe('what the editor reads', () => {
  test('a tab inside a JSON string', async () => {
    expect(await message('data/regions.json', (t) => t.replace('"测试县"', '"测试\t县"'))).toMatchInlineSnapshot(`
      "内容检查发现 1 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ data/regions.json 第 3 行第 40 列
        问题：不是有效的 JSON：文字里有制表符（Tab）（U+0009），JSON 不允许：请写成 \\t，或换成空格。（这一行是：{ "id": "fixture-county", "name": "测试	县", "level": "县区", "parent": "fixture-p…）
        改法：检查该位置附近的逗号、引号和括号：字段名和文字都用英文双引号，最后一项后面不加逗号，不用中文标点，不写注释。
      "
    `);
  });

  test('a value outside a vocabulary, with the closest allowed value', async () => {
    expect(await message('content/cases/fixture-case.md', (t) => t.replace(/orgTypes: \[[^\]]*\]/, 'orgTypes: [楼于]'))).toMatchInlineSnapshot(`
      "内容检查发现 1 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ content/cases/fixture-case.md 第 5 行
        问题：字段 orgTypes[0]（组织类型）的值“楼于”不是可选的值。是不是“楼宇”？可选：非公企业、外资企业、社会组织、园区、楼宇、商圈、街区、行业协会、居住区、村社区、镇街、全市（含义见 src/schemas/taxonomy.ts）。
      "
    `);
  });

  test('a reference to an entry that does not exist', async () => {
    expect(await message('content/cases/fixture-case.md', (t) => t.replace('sources: [fixture-report]', 'sources: [fixture-reprot]'))).toMatchInlineSnapshot(`
      "内容检查发现 1 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ content/cases/fixture-case.md 第 11 行
        问题：字段 sources[0] 引用的“fixture-reprot”不存在：content/reports/ 中没有这个 id。是不是“fixture-report”？请检查拼写，或先在 content/reports/ 中添加这个来源文献。
      "
    `);
  });

  test('a policy that supersedes itself', async () => {
    expect(await message('content/policies/fixture-policy.md', (t) => t.replace('sources:', 'supersedes: fixture-policy\nsources:'))).toMatchInlineSnapshot(`
      "内容检查发现 1 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ content/policies/fixture-policy.md 第 8 行 › supersedes
        问题：政策“fixture-policy”在 supersedes（所替代的政策）里写了它自己：一个文件不能替代它自己。
        改法：删掉 supersedes 里的这个 id；它替代的应是更早的另一份文件。
      "
    `);
  });

  test('a javascript: link in a body', async () => {
    expect(await message('content/methods/fixture-method.md', (t) => `${t}\n[点这里](javascript:alert(1))\n`)).toMatchInlineSnapshot(`
      "内容检查发现 1 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ content/methods/fixture-method.md 第 14 行第 1 列
        问题：链接的地址 "javascript:alert(1)" 是 javascript: 地址，点开会运行代码或打开一段不受本站控制的内容，正文里不允许。
        改法：删除这个链接，或换成要指向的网页地址（以 https:// 开头）或本站页面的地址（以 / 开头，如 /methods/liu-qing/）。
      "
    `);
  });

  test('a NUL byte pasted into a body', async () => {
    expect(await message('content/methods/fixture-method.md', (t) => t.replace('正文。', '正文\u0000。'))).toMatchInlineSnapshot(`
      "内容检查发现 1 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ content/methods/fixture-method.md 第 12 行第 3 列
        问题：这里有一个看不见的空字符 NUL（U+0000），网页上会显示成乱码或被悄悄丢掉。
        改法：删掉它（常见于从 PDF、网页或旧系统复制来的文字）：把光标移到这个位置，按删除键，或重新输入这几个字。
      "
    `);
  });

  test('an indicator kind the statistics do not know, with the fix listing the kinds', () => {
    const sources = baseSources();
    const indicators = { ...sources.indicators, text: sources.indicators.text.replace(/"kind": "count"/, '"kind": "total"') };
    expect(buildError({ ...sources, indicators }).message).toMatchInlineSnapshot(`
      "统计数据检查发现 1 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ data/indicators.json 第 2 行 › [0].kind
        问题：字段 [0].kind（类别）的值“total”不是可选的值。可选：count、rate、amount、change、growth。
        改法：写 "count"（计数）、"rate"（百分比）、"amount"（数量）、"change"（变化量） 或 "growth"（增长率）。
      "
    `);
  });

  test('a build log lists at most so many reminders, every error, and counts the rest', () => {
    const warning = (n: number) => ({ file: `content/cases/c${n}.md`, line: 1, severity: 'warning' as const, message: `提醒 ${n}` });
    const text = formatProblems([warning(1), warning(2), warning(3), { file: 'content/cases/c9.md', message: '错误' }], '内容检查', 'npm run build', 2);
    expect(text).toContain('1 处错误、3 处提醒');
    expect(text).toContain('提醒 1');
    expect(text).toContain('提醒 2');
    expect(text).not.toContain('提醒 3');
    expect(text).toContain('✗ content/cases/c9.md');
    expect(text).toContain('（以上只列出前 2 处提醒；运行 npm run check 查看全部 3 处。）');
  });
});
