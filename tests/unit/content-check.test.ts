/**
 * The content check on fixtures: each `tests/fixtures/<case>/` is laid over
 * `tests/fixtures/minimal-site/` (its files replace or add to the base) and must give exactly the
 * expected problems — the file, the line, the field's own name and the fix.
 * tests/e2e/build-errors.test.ts proves the check stops the real build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFiles, checkProject, type SourceFile } from '../../src/lib/content-check';
import { formatProblem, formatProblems, type Problem } from '../../src/lib/problems';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

function filesIn(dir: string): SourceFile[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => statSync(join(dir, p)).isFile() && /^(content|data)[/\\]/.test(p))
    .map((p) => ({ path: p.split('\\').join('/'), bytes: readFileSync(join(dir, p)) }));
}

/** The minimal site with the fixture's files laid over it. */
function fixture(name: string): SourceFile[] {
  const files = new Map(filesIn(join(FIXTURES, 'minimal-site')).map((f) => [f.path, f]));
  for (const f of filesIn(join(FIXTURES, name))) files.set(f.path, f);
  return [...files.values()];
}

const where = (p: Problem) => `${p.file}${p.line ? ` 第 ${p.line} 行` : ''}`;

/** Each expected problem: where it is, and phrases its message must contain. */
type Expected = [where: string, ...says: string[]];

async function expectProblems(name: string, expected: Expected[]) {
  const problems = await checkFiles(fixture(name));
  const text = formatProblems(problems);
  expect(problems.map(where), text).toEqual(expected.map(([w]) => w));
  problems.forEach((p, i) => {
    for (const phrase of expected[i]!.slice(1)) expect(formatProblem(p), text).toContain(phrase);
  });
}

describe('content check on valid content', () => {
  test('the minimal site has no problem', async () => {
    expect(await checkFiles(fixture('minimal-site'))).toEqual([]);
  });
  test('a file with a UTF-8 BOM and Windows line endings (CRLF) is accepted', async () => {
    await expectProblems('bom-crlf', []);
  });
  test('a date written 2020年11月6日 is accepted', async () => {
    await expectProblems('chinese-date', []);
  });
  test('the project’s own content has no problem', async () => {
    const { problems, files } = await checkProject(new URL('../../', import.meta.url).pathname);
    expect(files).toBeGreaterThan(0);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('content check: every editor mistake is named with its file, line and fix', () => {
  test('broken YAML points at the line with the unclosed bracket', async () => {
    await expectProblems('broken-yaml', [['content/cases/fixture-case.md 第 5 行', 'orgTypes: [镇街', '方括号 [ ] 或花括号 { } 没有配对']]);
  });

  test('a full-width colon after a field name says to use an English colon and a space', async () => {
    await expectProblems('fullwidth-colon', [['content/cases/fixture-case.md 第 2 行', '字段名 title', '中文冒号“：”', 'title: 测试县两新组织党建试点']]);
  });

  test('Chinese quotes used as YAML quotes are explained where they break the file or a value', async () => {
    await expectProblems('fullwidth-quotes', [
      ['content/cases/fixture-case.md 第 7 行', '中文引号', '英文引号', '冒号+空格'],
      ['content/methods/fixture-method.md 第 8 行', 'topics[0]', '是不是“组织覆盖”', '去掉它们'],
      ['content/policies/fixture-policy.md 第 8 行', 'sources[0]', '““fixture-report””', '去掉它们'],
    ]);
  });

  test('a value starting with * (a YAML alias) says to quote it', async () => {
    await expectProblems('star-alias', [['content/reports/fixture-report.md 第 4 行', '*市', '星号', 'place: "*市"']]);
  });

  test('a missing required field is named', async () => {
    await expectProblems('missing-field', [['content/cases/fixture-case.md', '缺少必填字段 region']]);
  });

  test('a mistyped field name gets the closest known name', async () => {
    await expectProblems('mistyped-field', [
      ['content/cases/fixture-case.md 第 3 行', '字段名 regoin 写错了', '应为 region'],
      ['content/cases/fixture-case.md 第 7 行', '字段名 vaule 写错了', '应为 figures[0].value'],
      ['content/cases/fixture-case.md 第 11 行', 'featurd', '是不是 featured'],
    ]);
  });

  test('a date that does not exist is refused, written either way (js-yaml would roll 2021-02-29 over to March)', async () => {
    await expectProblems('impossible-date', [
      ['content/cases/fixture-case.md 第 4 行', 'period.start', '月份 13 不存在'],
      ['content/cases/fixture-case.md 第 4 行', 'period.end', '2021年4月只有 30 天'],
      ['content/reports/fixture-report.md 第 5 行', '2021-02-29', '2021年2月只有 28 天'],
    ]);
  });

  test('a reference to an id that does not exist names the field, the id and the closest id', async () => {
    await expectProblems('dangling-reference', [
      ['content/cases/fixture-case.md 第 3 行', '字段 region', '“fixture-countty”', '是不是“fixture-county”'],
      ['content/cases/fixture-case.md 第 7 行', '字段 methods[1]', '“no-such-method”', 'content/methods/'],
      ['data/regions.json 第 3 行', '字段 parent', '“fixture-provinc”', '是不是“fixture-province”'],
    ]);
  });

  test('two entries with one id (x.md and x.mdx; two regions) are an error, not a warning', async () => {
    await expectProblems('duplicate-id', [
      ['content/methods/fixture-method.md 与 content/methods/fixture-method.mdx', 'id 都是“fixture-method”'],
      ['data/regions.json 第 4 行', 'id“fixture-county”出现了 2 次', '第 3 行、第 4 行'],
    ]);
  });

  test('a Markdown link to an entry that does not exist names the link, the folder and the fix', async () => {
    await expectProblems('broken-link', [
      ['content/methods/fixture-method.md 第 12 行', '链接 /methods/no-such-page/ 指向的工作方法不存在：content/methods/ 中没有“no-such-page”', '改法：请改正链接'],
      ['content/methods/fixture-method.md 第 12 行', '链接 /glossary/#no-such-term 指向的术语不存在：content/glossary/ 中没有“no-such-term”'],
    ]);
  });

  test('invalid MDX names the line and says how to write < and {', async () => {
    await expectProblems('invalid-mdx', [['content/methods/fixture-mdx.mdx 第 11 行', 'MDX 写法有误', '\\<', '.md']]);
  });

  test('an empty file is named', async () => {
    await expectProblems('empty-file', [['content/methods/fixture-empty.md', '文件是空的']]);
  });

  test('a file saved as GBK is recognised and the editor told to re-save it as UTF-8', async () => {
    await expectProblems('gbk-file', [['content/methods/fixture-method.md 第 2 行', 'GBK', '另存为', 'UTF-8']]);
  });

  test('a file saved as UTF-16 is recognised', async () => {
    await expectProblems('utf16-file', [['content/methods/fixture-method.md', 'UTF-16', 'UTF-8']]);
  });

  test('invalid JSON anywhere in data/ names the line and the cause (trailing comma, Chinese quotes)', async () => {
    await expectProblems('invalid-json', [
      ['data/datasets/fixture-dataset.json 第 3 行', '第 12 列', '中文引号'],
      ['data/regions.json 第 3 行', '最后一项后面多了一个逗号'],
    ]);
  });

  test('scripts, styles and event handlers in a body are refused; code blocks are not', async () => {
    await expectProblems('unsafe-html', [
      ['content/methods/fixture-method.md 第 14 行', '第 1 列', '<script>', '改法：删除这段 HTML'],
      ['content/methods/fixture-method.md 第 16 行', '第 4 列', 'style="color:red"', 'style 属性', '改法：删除 style 属性'],
      ['content/methods/fixture-method.md 第 16 行', '第 22 列', 'onclick="steal()"', '事件属性', '改法：删除这个属性'],
    ]);
  });

  test('files the site would silently ignore or mis-address are named (folder, extension, file name)', async () => {
    await expectProblems('bad-file-name', [
      ['content/case/', '是不是 content/cases/'],
      ['content/cases/2020/fixture-sub.md', '不要建子目录'],
      ['content/cases/_draft.md', '不会发布', '草稿', '去掉名字开头的 _'],
      ['content/methods/Fixture_Two.md', '可以改成 fixture-two.md'],
      ['content/methods/fixture-three.MD', '小写的 .md'],
      ['content/methods/notes.txt', '只能放 .md 或 .mdx'],
      ['content/methods/新方法.md', '小写英文字母、数字和连字符'],
    ]);
  });

  test('wrong values get the list of allowed ones, the closest one, or the right way to write a list', async () => {
    await expectProblems('wrong-values', [
      ['content/cases/fixture-case.md 第 5 行', 'orgTypes[0]', '是不是“园区”', '可选：'],
      ['content/cases/fixture-case.md 第 6 行', 'formations[0]', '[单独组建, 区域联建]'],
      ['content/cases/fixture-case.md 第 7 行', 'figures[0].value', '应为一个数字', '“12个”'],
      ['content/cases/fixture-case.md 第 10 行', 'summary', '是空的'],
      ['content/cases/fixture-case.md 第 11 行', 'featured', 'true（是）或 false（否）'],
      ['content/cases/fixture-case.md 第 12 行', 'sources', '[fixture-report]'],
    ]);
  });
});

describe('the build message', () => {
  test('lists every problem on its own line, file first, under one heading', async () => {
    const text = formatProblems(await checkFiles(fixture('mistyped-field')), '内容检查', 'npm run build');
    expect(text).toMatchInlineSnapshot(`
      "内容检查发现 3 处错误。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：

      ✗ content/cases/fixture-case.md 第 3 行
        问题：字段名 regoin 写错了，应为 region（地区）。
        改法：把 regoin 改成 region。

      ✗ content/cases/fixture-case.md 第 7 行
        问题：字段名 vaule 写错了，应为 figures[0].value（数值）。
        改法：把 vaule 改成 value。

      ✗ content/cases/fixture-case.md 第 11 行
        问题：没有名为 featurd 的字段。是不是 featured（首页推荐）？
        改法：改成 featured，或删掉这个字段。
      "
    `);
  });
});

describe('content check on data files', () => {
  test('a region’s wrong values, missing and misspelt fields are named with the item, its id and its line', async () => {
    await expectProblems('region-fields', [
      ['data/regions.json 第 3 行', '第 2 项（id fixture-county）：', '字段 level', '是不是“县区”', '可选：省、市、县区'],
      ['data/regions.json 第 3 行', '第 2 项（id fixture-county）', '字段 code', '6 位数字'],
      ['data/regions.json 第 4 行', '第 3 项（id Fixture_Town）', '没有名为 parnet 的字段', '是不是 parent'],
      ['data/regions.json 第 4 行', '第 3 项（id Fixture_Town）', '字段 id', '小写英文字母'],
      ['data/regions.json 第 4 行', '第 3 项（id Fixture_Town）', '缺少必填字段 name'],
    ]);
  });
});

describe('content check: what the schemas ask of glossary definitions and brief entries', () => {
  const withFiles = (files: Record<string, string>) => [
    ...fixture('minimal-site'),
    ...Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })),
  ];
  const term = (extra: string) => `---\nterm: "测试术语"\ndefinition: "一个测试用的术语。"\n${extra}sources: [fixture-report]\n---\n`;

  test('a 通用释义 needs what the sources say (inSources), and inSources goes only with a 通用释义', async () => {
    const problems = await checkFiles(
      withFiles({
        'content/glossary/general.md': term('definitionSource: general\n'),
        'content/glossary/stray.md': term('inSources: "来源中的说法。"\n'),
        'content/glossary/fine.md': term('definitionSource: general\ninSources: "来源只提到了它。"\n'),
      }),
    );
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['content/glossary/general.md', expect.stringContaining('要在 inSources 里写明所列来源对这个词说了什么')],
      ['content/glossary/stray.md', expect.stringContaining('inSources 只和通用释义')],
    ]);
  });

  test('a brief entry (简目) needs an honour, whose page is its home, and cannot be featured', async () => {
    const brief = (extra: string) =>
      `---\ntitle: 测试简目\nregion: fixture-county\norgTypes: [园区]\n${extra}summary: 来源只给出名称。\nbrief: true\nsources: [fixture-report]\n---\n`;
    const problems = await checkFiles(
      withFiles({
        'content/cases/no-honour.md': brief(''),
        'content/cases/featured.md': brief('honours: [全省“两新”组织党建工作示范点]\nfeatured: true\n'),
        'content/cases/fine.md': brief('honours: [全省“两新”组织党建工作示范点]\n'),
      }),
    );
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['content/cases/featured.md', expect.stringContaining('首页推荐')],
      ['content/cases/no-honour.md', expect.stringContaining('至少要写一项 honours')],
    ]);
  });

  test('an honour outside the vocabulary is refused, naming the vocabulary', async () => {
    const problems = await checkFiles(
      withFiles({ 'content/cases/odd.md': `---\ntitle: 测试\nregion: fixture-county\norgTypes: [园区]\nhonours: [全市先进]\nsummary: 测试。\nsources: [fixture-report]\n---\n` }),
    );
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toContain('全省“两新”组织党建工作示范点');
  });
});
