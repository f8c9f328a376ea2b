import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGINAL_KEY, parseEntryFile, serializeEntryFile } from '../../src/lib/cms-format';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { collectionFields } from '../../src/lib/schema-fields';
import { CONTENT_COLLECTION_IDS, COLLECTIONS } from '../../src/schemas/registry';

const root = join(import.meta.dirname, '../..');

/** Every bundled entry file, relative to the project. */
const entries = CONTENT_COLLECTION_IDS.flatMap((c) =>
  readdirSync(join(root, COLLECTIONS[c].home))
    .filter((n) => /\.mdx?$/.test(n))
    .map((n) => `${COLLECTIONS[c].home}${n}`),
);

/** What Decap does with the data between reading and writing: Immutable.fromJS, then toJS. */
const throughEditor = (data: Record<string, unknown>) => JSON.parse(JSON.stringify(data)) as Record<string, unknown>;

describe('the web editor’s file format', () => {
  it('saves every bundled entry, opened and saved unchanged, byte for byte as it was', () => {
    expect(entries.length).toBeGreaterThan(100);
    const changed = entries.filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return serializeEntryFile(throughEditor(parseEntryFile(text))) !== text;
    });
    expect(changed).toEqual([]);
  });

  it('reads every field, list item and the body of every bundled entry as the build does', () => {
    for (const file of entries) {
      const text = readFileSync(join(root, file), 'utf8');
      const data = parseEntryFile(text);
      const read = readFrontmatter(text);
      expect(read.ok, file).toBe(true);
      if (!read.ok) continue;
      const { body, [ORIGINAL_KEY]: _, ...fields } = data;
      // js-yaml (the build) reads an unquoted 2020-11-06 as a Date; the editor keeps the text.
      const asBuild = JSON.parse(JSON.stringify(read.value.data, (_k, v) => v), (_k, v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v));
      expect(fields, file).toEqual(asBuild);
      expect(body, file).toBe(read.value.body);
    }
  });

  it('changes only the line of a changed field, and inserts a new one where the form’s order puts it', () => {
    const order = collectionFields('policies').map((f) => f.name);
    const file = 'content/policies/dangjian-gongzuo-fangan-2020.md';
    const text = readFileSync(join(root, file), 'utf8');
    const out = serializeEntryFile({ ...throughEditor(parseEntryFile(text)), level: '省' }, { order });
    expect(out.split('\n').filter((line, i) => line !== text.split('\n')[i])).toEqual(['level: 省']);

    const without = 'content/policies/shifanhua-gongcheng-2020.md';
    const plain = readFileSync(join(root, without), 'utf8');
    expect(plain).not.toMatch(/^status:/m);
    const added = serializeEntryFile({ ...throughEditor(parseEntryFile(plain)), status: '现行有效' }, { order });
    const lines = added.split('\n');
    const at = lines.indexOf('status: 现行有效');
    expect(lines.filter((_, i) => i !== at).join('\n')).toBe(plain);
    // After 主题 (topics), before the fields the form puts after 有效性.
    expect(lines[at - 1]).toMatch(/^topics:/);
  });

  it('removes a field the editor emptied, keeps a list written empty, and writes a masked figure as null', () => {
    const text = '---\ntitle: 甲\nplace: 乙村\nformations: []\nfigures:\n  - label: 数\n    value: 5\n---\n\n正文\n';
    const data = throughEditor(parseEntryFile(text));
    const figures = [{ label: '数', value: '' }];
    const out = serializeEntryFile({ ...data, place: '', figures }, { nullable: new Set(['figures.*.value']) });
    expect(out).toBe('---\ntitle: 甲\nformations: []\nfigures:\n  - label: 数\n    value: null\n---\n\n正文\n');
  });

  it('writes a new entry in the form’s order, lists of words on one line, empty fields left out, without the editor’s own keys', () => {
    const out = serializeEntryFile(
      {
        __id: 'ceshi',
        summary: '一句话：做了什么。',
        title: '*市“新市民之家”',
        region: 'hangzhou-xihu',
        place: '',
        period: { start: '2011', end: '' },
        orgTypes: ['楼宇', '园区'],
        methods: [],
        figures: [{ label: '党员', value: 12, unit: '名' }],
        featured: false,
        body: '## 做法\n\n照原文写。',
      },
      { order: ['title', 'region', 'place', 'period', 'orgTypes', 'figures', 'methods', 'summary', 'featured', 'body'], defaults: { featured: false } },
    );
    expect(out).toBe(
      [
        '---',
        'title: "*市“新市民之家”"',
        'region: hangzhou-xihu',
        'period:',
        '  start: "2011"',
        'orgTypes: [楼宇, 园区]',
        'figures:',
        '  - label: 党员',
        '    value: 12',
        '    unit: 名',
        'summary: 一句话：做了什么。',
        '---',
        '',
        '## 做法',
        '',
        '照原文写。',
        '',
      ].join('\n'),
    );
  });

  it('keeps a byte-order mark and Windows line ends', () => {
    const text = '\uFEFF---\r\ntitle: 甲\r\nstatus: 未知\r\n---\r\n\r\n正文\r\n';
    const data = throughEditor(parseEntryFile(text));
    expect(serializeEntryFile(data)).toBe(text);
    expect(serializeEntryFile({ ...data, status: '已废止' })).toBe('\uFEFF---\r\ntitle: 甲\r\nstatus: 已废止\r\n---\r\n\r\n正文\r\n');
  });
});
