/**
 * `npm run new`: an entry written from its collection's schema into a scratch copy of the minimal
 * site, whose placeholders the content check then names field by field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkProject } from '../../src/lib/content-check';
import { entryText } from '../../src/lib/entry-template';
import { createEntry } from '../../src/lib/new-entry';
import { formatProblems } from '../../src/lib/problems';
import { collectionFields } from '../../src/lib/schema-fields';
import { CONTENT_COLLECTIONS } from '../../src/schemas/collections';
import { COLLECTIONS, CONTENT_COLLECTION_IDS, collectionByWord } from '../../src/schemas/registry';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-entry-'));
  cpSync(new URL('../fixtures/minimal-site/', import.meta.url).pathname, root, { recursive: true });
  cpSync(new URL('../../data/indicators.json', import.meta.url).pathname, join(root, 'data/indicators.json'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the fields of a collection, read from its schema', () => {
  test('required and optional fields as the schema says; references and vocabularies recognised', () => {
    const fields = new Map(collectionFields('policies').map((f) => [f.name, f]));
    expect([...fields.values()].filter((f) => f.required).map((f) => f.name)).toEqual(['title', 'level', 'topics', 'text', 'summary', 'sources']);
    expect(fields.get('supersedes')).toMatchObject({ kind: 'reference', collection: 'policies', required: false });
    expect(fields.get('issuedAt')).toMatchObject({ kind: 'date', label: '成文日期' });
    expect(fields.get('topics')).toMatchObject({ kind: 'list', min: 1, item: { kind: 'choice' } });
    expect(fields.get('status')).toMatchObject({ kind: 'choice', defaultValue: '未知' });
  });
  test('every field of every collection has a Chinese label in the registry', () => {
    for (const c of CONTENT_COLLECTION_IDS) for (const f of collectionFields(c)) expect(f.label, `${c}.${f.name}`).not.toBe(f.name);
  });
});

describe('the template of a new entry', () => {
  test('for each collection: the given title, placeholders for required fields, comments for optional ones; it parses as YAML', () => {
    for (const c of CONTENT_COLLECTION_IDS) {
      const text = entryText(c, {});
      for (const f of collectionFields(c)) {
        expect(text, `${c}.${f.name}`).toMatch(new RegExp(`^${f.required ? '' : '# '}${f.name}:`, 'm'));
      }
      expect(CONTENT_COLLECTIONS[c]).toBeDefined();
    }
  });
});

describe('npm run new', () => {
  test('takes the 类别 in Chinese or as the collection id', () => {
    expect(collectionByWord('政策')).toBe('policies');
    expect(collectionByWord('五个一')).toBe('program');
    expect(collectionByWord('术语')).toBe('glossary');
    expect(collectionByWord('来源')).toBe('reports');
    expect(collectionByWord('Cases')).toBe('cases');
    for (const c of CONTENT_COLLECTION_IDS) expect(collectionByWord(COLLECTIONS[c].words[0])).toBe(c);
  });

  test('writes content/<collection>/<pinyin id>.md, whose placeholders the check names one by one', async () => {
    const result = await createEntry(root, '方法', '楼宇党建');
    expect(result).toMatchObject({ ok: true, path: 'content/methods/louyu-dangjian.md' });
    const text = readFileSync(join(root, 'content/methods/louyu-dangjian.md'), 'utf8');
    expect(text).toContain('title: 楼宇党建');
    const { problems } = await checkProject(root);
    const report = formatProblems(problems);
    expect(problems.every((p) => p.file === 'content/methods/louyu-dangjian.md'), report).toBe(true);
    expect(problems.map((p) => p.path)).toEqual(['summary', 'whenToUse', 'steps', 'origin', 'topics', 'sources', undefined]);
    expect(report).toContain('字段 topics（主题）还没有填写');
    expect(report).toContain('每项从中选：组织覆盖');
    expect(report).toContain('正文里还有占位的');
  });

  test('a filled-in entry passes the check', async () => {
    await createEntry(root, 'glossary', '测试术语');
    const path = join(root, 'content/glossary/ceshi-shuyu.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(/^definition: .*$/m, 'definition: 测试用的定义。')
        .replace(/^sources: .*$/m, 'sources: [fixture-report]')
        .replace(/【待填写：正文[^】]*】/, '正文。'),
    );
    expect((await checkProject(root)).problems).toEqual([]);
  });

  test('never overwrites: a taken id gets -2, a taken --id is refused', async () => {
    await createEntry(root, '方法', '楼宇党建');
    await expect(createEntry(root, '方法', '楼宇党建')).resolves.toMatchObject({ ok: true, path: 'content/methods/louyu-dangjian-2.md' });
    const refused = await createEntry(root, '方法', '别的标题', 'louyu-dangjian');
    expect(refused.ok).toBe(false);
    expect(formatProblems(refused.ok ? [] : refused.problems)).toContain('不会覆盖它');
    expect(readFileSync(join(root, 'content/methods/louyu-dangjian.md'), 'utf8')).toContain('title: 楼宇党建');
  });

  test('an unknown 类别 is answered with the closest one and the list', async () => {
    const result = await createEntry(root, '案列', '测试');
    expect(result.ok ? '' : formatProblems(result.problems)).toContain('没有“案列”这个类别。是不是「案例」？可用的类别：政策（policies）');
  });
});
