/**
 * `npm run import:word` on Word files made by a real writer (the `docx` package,
 * tests/fixtures/office/make.ts), into a scratch copy of the minimal site: the fields and body an
 * official document gives, and every bad file refused with a message and nothing written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { importWord } from '../../src/lib/import-word';
import { formatProblems } from '../../src/lib/problems';
import { encryptedDocx, legacyDoc, policyDocx, reportDocx, workbook } from '../fixtures/office/make';

let policy: Buffer;
let report: Buffer;
let root: string;
beforeAll(async () => {
  [policy, report] = await Promise.all([policyDocx(), reportDocx()]);
});
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-word-'));
  cpSync(new URL('../fixtures/minimal-site/', import.meta.url).pathname, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under content/ and data/ with its bytes: what a failed import must leave unchanged. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ['content', 'data']) {
    for (const p of readdirSync(join(root, dir), { recursive: true }) as string[]) {
      const full = join(root, dir, p);
      if (statSync(full).isFile()) out[`${dir}/${p}`] = readFileSync(full).toString('base64');
    }
  }
  return out;
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('a 红头文件 imported as a policy', () => {
  test('fills title, 发文机关, 发文字号, 主送机关 and 成文日期 (二〇二〇年十一月六日) and leaves the rest as placeholders', async () => {
    const result = await importWord(root, '通知.docx', policy);
    expect(result).toMatchObject({
      ok: true,
      path: 'content/policies/kaizhan-liangxin-zuzhi-dangjian-tongzhi.md',
      values: {
        title: '关于开展“两新”组织党建示范点创建工作的通知',
        issuer: '中共测试市委组织部',
        docNumber: '测组〔2020〕12号',
        recipients: '各区、县（市）委组织部，市直各单位党组织',
        issuedAt: '2020-11-06',
        text: 'full',
      },
      toFill: ['层级（level）', '主题（topics）', '摘要（summary）', '来源（sources）'],
    });
    const text = read('content/policies/kaizhan-liangxin-zuzhi-dangjian-tongzhi.md');
    expect(text).toMatch(/^level: 【待填写】/m);
    expect(text).toMatch(/^# supersedes:/m);
  });

  test('keeps the body: GB/T 9704 headings as ## ### ####, run-in headings split, list, GFM table, bold', async () => {
    await importWord(root, '通知.docx', policy);
    const body = read('content/policies/kaizhan-liangxin-zuzhi-dangjian-tongzhi.md').split('\n---\n')[1]!;
    expect(body).toContain('\n## 一、总体要求\n');
    expect(body).toContain('\n### （一）指导思想\n\n以提升组织力为重点');
    expect(body).toContain('\n### （二）工作目标\n');
    expect(body).toContain('\n#### 1.集中组建\n');
    expect(body).toContain('\n**（1）摸清底数**。全面排查');
    expect(body).toContain('1. 党的基本理论\n2. 党务工作实务');
    expect(body).toContain('| 阶段     | 时间         | 工作内容         |\n| -------- | ------------ | ---------------- |');
    expect(body).toContain('不少于<strong>3个</strong>，形成');
    expect(body).toContain('附件：示范点创建标准');
    // What became fields is not repeated in the body.
    expect(body).not.toContain('测组〔2020〕12号');
    expect(body).not.toContain('二〇二〇年十一月六日');
  });

  test('says which picture it skipped and where, and that nothing else is missing', async () => {
    const result = await importWord(root, '通知.docx', policy);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.warnings.map((w) => w.message)).toEqual(['Word 文件里有一张图片（“创建工作流程图”）没有导入，位置在“表格”之后。']);
  });

  test('a report with Word’s heading styles and a 字号 in square brackets, --as reports', async () => {
    const result = await importWord(root, '调研报告.docx', report, { as: '来源' });
    expect(result).toMatchObject({ ok: true, collection: 'reports', values: { title: '测试市两新组织党建工作调研报告', publisher: '测试市委组织部', date: '2021-03-15' } });
    const text = read((result as { path: string }).path);
    expect(text).toContain('\n## 基本情况\n');
    expect(text).toContain('\n### 存在的问题\n');
  });

  test('never overwrites without --force; --force replaces the entry of the same id', async () => {
    await importWord(root, '通知.docx', policy);
    const before = snapshot();
    const again = await importWord(root, '通知.docx', policy);
    expect(again.ok).toBe(false);
    expect(formatProblems(again.ok ? [] : again.problems)).toContain('加 --force');
    expect(snapshot()).toEqual(before);
    await expect(importWord(root, '通知.docx', policy, { force: true })).resolves.toMatchObject({ ok: true, replaced: true });
  });
});

describe('files that are not a .docx Word can read', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string][] = [
    ['an old binary .doc', legacyDoc, '旧版 Word 文件（.doc'],
    ['a password-protected .docx', encryptedDocx, '设置了打开密码'],
    ['a truncated .docx', async () => (await policyDocx()).subarray(0, 6000), '文件不完整'],
    ['an Excel file named .docx', () => workbook([]), '这是 Excel 表格'],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), '这是 PDF 文件'],
    ['a text file', () => Buffer.from('关于开展示范点创建工作的通知\n'), '纯文本文件'],
    ['an empty file', () => Buffer.alloc(0), '文件是空的'],
  ];
  for (const [what, make, says] of cases) {
    test(`${what}: a clear message, and content/ and data/ exactly as they were`, async () => {
      const before = snapshot();
      const result = await importWord(root, 'x.docx', await make());
      expect(result.ok).toBe(false);
      const text = formatProblems(result.ok ? [] : result.problems);
      expect(text).toContain(says);
      expect(text).toContain('改法：');
      expect(snapshot()).toEqual(before);
    });
  }

  test('a .docx whose document part is damaged is reported as broken', async () => {
    // The zip's directory is intact, the compressed text of word/document.xml is not.
    const damaged = Buffer.from(policy);
    const at = damaged.indexOf('word/document.xml') + 'word/document.xml'.length;
    damaged.fill(0xff, at + 10, at + 200);
    const result = await importWord(root, 'x.docx', damaged);
    expect(formatProblems(result.ok ? [] : result.problems)).toContain('文件已损坏');
  });
});
