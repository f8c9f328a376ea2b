/**
 * `npm run import:data` and `npm run data:template` on files made by real writers (exceljs, and
 * CSVs as Windows programs save them: GBK, tab-separated, UTF-8 with a BOM), into a scratch copy
 * of the project's data/ and sources: every row checked by the statistics pipeline before anything
 * is written, problems named by row and column, nothing written when one fails.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkProject } from '../../src/lib/content-check';
import { dataTemplate } from '../../src/lib/data-template';
import { importData } from '../../src/lib/import-data';
import { formatProblems, type Problem } from '../../src/lib/problems';
import { buildStats } from '../../src/lib/stats';
import { readStatsSources } from '../../src/lib/stats/files';
import { csv, gbk, goodRows, HEADERS, workbook, type SheetRow } from '../fixtures/office/make';

const PROJECT = new URL('../../', import.meta.url).pathname;
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-data-'));
  cpSync(join(PROJECT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ['content', 'data']) {
    for (const p of readdirSync(join(root, dir), { recursive: true }) as string[]) {
      if (statSync(join(root, dir, p)).isFile()) out[`${dir}/${p}`] = readFileSync(join(root, dir, p)).toString('base64');
    }
  }
  return out;
}

const dataset = (id: string) => JSON.parse(readFileSync(join(root, `data/datasets/${id}.json`), 'utf8'));
const problemsOf = (r: { ok: boolean; problems?: Problem[] }) => (r.ok ? '' : formatProblems(r.problems!));

describe('a good sheet', () => {
  test('an .xlsx: names and ids resolved, 1,642 / 4700多 / 近160 / * read as the source means them', async () => {
    const result = await importData(root, '统计.xlsx', await workbook(goodRows()), { dataset: 'ceshi-daoru' });
    expect(result, problemsOf(result)).toMatchObject({ ok: true, path: 'data/datasets/ceshi-daoru.json', read: '工作表“数据”', rows: 12, indicators: 1, regions: 12 });
    const ds = dataset('ceshi-daoru');
    expect(ds.source).toBe('hangzhou-gongjianyue-2011');
    expect(ds.title).toBe('统计');
    expect(ds.observations.slice(0, 5)).toEqual([
      { indicator: 'xinjian-feigong-dangzuzhi', region: 'hangzhou', period: '../2011-11', value: 1642, quote: '全市共新建非公有制企业党组织1642个' },
      { indicator: 'xinjian-feigong-dangzuzhi', region: 'hangzhou-shangcheng', period: '2011-11', value: 120 },
      { indicator: 'xinjian-feigong-dangzuzhi', region: 'hangzhou-xiacheng', period: '../2011-11', value: 4700, approx: '多' },
      { indicator: 'xinjian-feigong-dangzuzhi', region: 'hangzhou-jianggan', period: '../2011-11', value: 160, approx: '近' },
      { indicator: 'xinjian-feigong-dangzuzhi', region: 'hangzhou-gongshu', period: '../2011-11', value: null, status: 'undisclosed' },
    ]);
    // The build's own statistics check accepts it; the content check names the one field left to fill.
    expect(() => buildStats(readStatsSources(root))).not.toThrow();
    const { problems } = await checkProject(root);
    expect(problems.map((p) => [p.file, p.path])).toEqual([['data/datasets/ceshi-daoru.json', 'description']]);
  });

  const csvs: [string, () => Buffer, string][] = [
    ['a GBK CSV (Excel on Chinese Windows)', () => gbk(csv(goodRows())), 'GBK/GB18030 编码，逗号分隔'],
    ['a tab-separated CSV', () => Buffer.from(csv(goodRows(), '\t')), 'UTF-8 编码，Tab分隔'],
    ['a CSV with a BOM, separated by semicolons', () => Buffer.from(`\uFEFF${csv(goodRows(), ';')}`), 'UTF-8 BOM 编码，分号分隔'],
    ['a UTF-16 “Unicode text” export', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(goodRows(), '\t'), 'utf16le')]), 'UTF-16 编码，Tab分隔'],
  ];
  for (const [what, bytes, read] of csvs) {
    test(`${what} gives the same observations as the .xlsx`, async () => {
      await importData(root, 'a.xlsx', await workbook(goodRows()), { dataset: 'from-xlsx' });
      const result = await importData(root, 'b.csv', bytes(), { dataset: 'from-csv' });
      expect(result, problemsOf(result)).toMatchObject({ ok: true, read });
      expect(dataset('from-csv').observations).toEqual(dataset('from-xlsx').observations);
    });
  }
});

describe('a bad sheet: every problem by row and column, and data/ exactly as it was', () => {
  async function refused(rows: SheetRow[], options = {}, headers = HEADERS) {
    const before = snapshot();
    const result = await importData(root, '统计.xlsx', await workbook(rows, { headers }), { dataset: 'ceshi-daoru', ...options });
    expect(result.ok).toBe(false);
    expect(snapshot()).toEqual(before);
    return problemsOf(result);
  }

  test('an unknown region in row 12 is named with the region it probably means', async () => {
    const rows = goodRows();
    rows[10]![1] = '西胡区';
    expect(await refused(rows)).toContain('✗ 统计.xlsx › 第 12 行「地区」列\n  问题：没有名为“西胡区”的地区。是不是「西湖区」？');
  });

  test('text in 数值 says how to write the number', async () => {
    const rows = goodRows();
    rows[3]![3] = '七十';
    expect(await refused(rows)).toContain('第 5 行「数值」列\n  问题：“七十”不是数字。\n  改法：写阿拉伯数字');
  });

  test('a duplicate row names both rows', async () => {
    const rows = goodRows();
    rows.push([...rows[6]!]);
    expect(await refused(rows)).toContain('第 14 行\n  问题：与 第 8 行 重复：同一指标、地区和时间只能有一个数');
  });

  test('one run names every problem: rows it cannot read, and what the statistics check finds in the others', async () => {
    const rows = goodRows();
    rows[3]![3] = '七十';
    rows.push([...rows[6]!]);
    const text = await refused(rows);
    expect(text.indexOf('第 5 行「数值」列')).toBeGreaterThan(0);
    expect(text.indexOf('第 14 行')).toBeGreaterThan(text.indexOf('第 5 行「数值」列'));
  });

  test('the statistics checks run on every row: a negative count, a rate over 100', async () => {
    const rows = goodRows();
    rows[2]![3] = -5;
    rows.push(['非公有制企业党组织组建率', '杭州市', '2011-09-30', '143.91%', '', 'hangzhou-gongjianyue-2011', '']);
    const text = await refused(rows);
    expect(text).toContain('第 4 行「数值」列\n  问题：数量不能为负数');
    expect(text).toContain('第 14 行「数值」列\n  问题：比率应在 0–100 之间');
  });

  test('a wrong header, a second source, an empty value', async () => {
    const rows = goodRows();
    rows[1]![5] = 'survey-2006';
    rows[2]![3] = null;
    expect(await refused(rows)).toContain('与第 2 行的“hangzhou-gongjianyue-2011”不同：一个数据集只有一个来源');
    expect(await refused(goodRows(), {}, ['指标', '地区', '日期', '数植', '原文写法', '来源', '备注'])).toContain('不认识表头“数植”。是不是「数值」？');
  });

  test('an existing dataset is replaced only with --replace, and only when the result passes', async () => {
    await importData(root, 'a.xlsx', await workbook(goodRows()), { dataset: 'ceshi-daoru', title: '测试标题' });
    expect(await refused(goodRows().slice(0, 3))).toContain('已经有数据集“ceshi-daoru”，不会覆盖它');
    const replaced = await importData(root, 'b.xlsx', await workbook(goodRows().slice(0, 3)), { dataset: 'ceshi-daoru', replace: true });
    expect(replaced).toMatchObject({ ok: true, replaced: true, rows: 3 });
    expect(dataset('ceshi-daoru')).toMatchObject({ title: '测试标题' });
    // A bundled dataset whose highlights and charts need its own observations cannot lose them.
    expect(await refused(goodRows(), { dataset: 'hangzhou-gongjianyue-2011', replace: true })).toContain('data/datasets/hangzhou-gongjianyue-2011.json');
  });

  test('files that are not a sheet, and a missing sheet', async () => {
    const before = snapshot();
    const doc = await importData(root, 'x.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('Workbook', 'utf16le')]));
    expect(problemsOf(doc)).toContain('旧版 Excel 文件（.xls');
    const sheet = await importData(root, 'a.xlsx', await workbook(goodRows()), { sheet: '汇总' });
    expect(problemsOf(sheet)).toContain('没有名为“汇总”的工作表。这个文件里的工作表：“数据”');
    expect(snapshot()).toEqual(before);
  });
});

describe('npm run data:template', () => {
  test('headers with notes, an example row from the bundled data, drop-down lists of indicators and regions', async () => {
    const stats = buildStats(readStatsSources(PROJECT));
    const first = stats.datasets[0]!;
    const bytes = await dataTemplate({ indicators: [...stats.indicators.values()], regions: [...stats.regions.values()], example: { observation: first.observations.find((o) => o.value !== null)!, source: first.source } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const sheet = wb.getWorksheet('数据')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(String(sheet.getCell('A1').note)).toContain('必填');
    expect(sheet.getCell('B5').dataValidation).toMatchObject({ type: 'list', formulae: [`'指标与地区'!$G$2:$G$${stats.regions.size + 1}`] });
    expect(wb.getWorksheet('指标与地区')!.getCell('A2').value).toBe([...stats.indicators.values()][0]!.name);
    // Left as it is, the example row is refused; rewritten, the template imports.
    expect(problemsOf(await importData(root, '模板.xlsx', bytes))).toContain('这是模板自带的示例行');
    sheet.getCell('G2').value = null;
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(importData(root, '模板.xlsx', filled, { dataset: 'from-template' })).resolves.toMatchObject({ ok: true, rows: 1 });
  });
});
