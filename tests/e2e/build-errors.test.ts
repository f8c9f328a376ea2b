/**
 * An editor's mistake stops the real build with our one message — every problem with its file,
 * line and fix — before Astro's loaders run, and without a stack trace. Each test copies the
 * project into a scratch folder, plants fixtures from tests/fixtures/ (whose messages
 * tests/unit/content-check.test.ts checks one by one) and runs `astro build`.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyProject, projectRoot, removeCopy, siteBuild } from './support/build';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) removeCopy(dir);
});

function project() {
  const dir = copyProject();
  scratch.push(dir);
  return dir;
}

/** Copies `tests/fixtures/<fixture>/<path>` to `<dir>/<path>`. */
function plant(dir: string, fixture: string, path: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures', fixture, path), join(dir, path));
}

function appendRegions(dir: string, regions: unknown[]) {
  const file = join(dir, 'data/regions.json');
  writeFileSync(file, JSON.stringify([...JSON.parse(readFileSync(file, 'utf8')), ...regions], null, 2));
}

/** The build failed with the content check's message and nothing of Astro's loaders or a stack. */
function expectStoppedByContentCheck(result: { status: number | null; output: string }, problems: number) {
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain(`内容检查发现 ${problems} 处错误。请逐条改正后重新运行 npm run build`);
  expect(result.output).not.toContain('Stack trace');
  expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.output).not.toContain('InvalidContentEntryDataError');
  expect(result.output).not.toContain('[content] Syncing content');
}

describe('build errors', () => {
  test('mistakes in frontmatter, encoding and JSON stop the build with one message naming each file and line', () => {
    const dir = project();
    plant(dir, 'fullwidth-colon', 'content/cases/fixture-case.md');
    plant(dir, 'star-alias', 'content/reports/fixture-report.md');
    plant(dir, 'gbk-file', 'content/methods/fixture-method.md');
    plant(dir, 'invalid-json', 'data/datasets/fixture-dataset.json');
    const result = siteBuild(dir);
    expectStoppedByContentCheck(result, 4);
    expect(result.output).toContain('content/cases/fixture-case.md 第 2 行\n  问题：字段名 title 后面用了中文冒号“：”');
    expect(result.output).toContain('content/reports/fixture-report.md 第 4 行\n  问题：值“*市”以星号 * 开头');
    expect(result.output).toContain('place: "*市"');
    expect(result.output).toContain('content/methods/fixture-method.md 第 2 行\n  问题：文件不是 UTF-8 编码，看起来是 GBK');
    expect(result.output).toContain('data/datasets/fixture-dataset.json 第 3 行');
  });

  test('duplicate ids, dangling references and impossible dates — which Astro only warns about or silently accepts — stop the build', () => {
    const dir = project();
    for (const path of ['content/methods/fixture-method.md', 'content/reports/fixture-report.md']) plant(dir, 'minimal-site', path);
    plant(dir, 'duplicate-id', 'content/methods/fixture-method.mdx');
    plant(dir, 'dangling-reference', 'content/cases/fixture-case.md');
    plant(dir, 'impossible-date', 'content/reports/fixture-report.md');
    const regions = JSON.parse(readFileSync(join(dir, 'data/regions.json'), 'utf8')) as { id: string }[];
    appendRegions(dir, [{ ...regions[0], name: '重复的地区' }, { id: 'fixture-county', name: '测试县', level: '县区' }]);
    const result = siteBuild(dir);
    expectStoppedByContentCheck(result, 5);
    expect(result.output).toContain('content/methods/fixture-method.md 与 content/methods/fixture-method.mdx\n  问题：这 2 个文件的 id 都是“fixture-method”');
    expect(result.output).toContain(`data/regions.json 第 ${JSON.stringify(regions, null, 2).split('\n').length} 行\n  问题：id“${regions[0]!.id}”出现了 2 次`);
    expect(result.output).toContain('content/cases/fixture-case.md 第 3 行\n  问题：字段 region 引用的“fixture-countty”不存在');
    expect(result.output).toContain('是不是“fixture-county”？');
    expect(result.output).toContain('content/cases/fixture-case.md 第 7 行\n  问题：字段 methods[1] 引用的“no-such-method”不存在');
    expect(result.output).toContain('content/reports/fixture-report.md 第 5 行\n  问题：日期“2021-02-29”这一天不存在');
  });

  test('a Markdown link to an entry that does not exist stops the build before anything renders, with its file, line and fix', () => {
    const dir = project();
    plant(dir, 'minimal-site', 'content/reports/fixture-report.md');
    plant(dir, 'broken-link', 'content/methods/fixture-method.md');
    appendRegions(dir, JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/minimal-site/data/regions.json'), 'utf8')) as unknown[]);
    const result = siteBuild(dir);
    expectStoppedByContentCheck(result, 2);
    expect(result.output).toContain(
      'content/methods/fixture-method.md 第 12 行第 3 列\n  问题：链接 /methods/no-such-page/ 指向的工作方法不存在：content/methods/ 中没有“no-such-page”。\n  改法：',
    );
    expect(result.output).toContain('content/methods/fixture-method.md 第 12 行第 40 列\n  问题：链接 /glossary/#no-such-term 指向的术语不存在：content/glossary/ 中没有“no-such-term”。');
    expect(result.output).not.toContain('链接检查');
  });
});
