import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsSetup, choiceNames, type CmsField } from '../../src/lib/cms-config';
import { readJson } from '../../src/lib/read-json';
import { collectionFields, type FieldSpec } from '../../src/lib/schema-fields';
import type { Region } from '../../src/schemas/region';
import { COLLECTIONS, CONTENT_COLLECTION_IDS, type ContentCollectionId } from '../../src/schemas/registry';
import { DOC_NUMBER } from '../../src/schemas/policy';

const root = join(import.meta.dirname, '../..');
const regions = readJson(readFileSync(join(root, 'data/regions.json'), 'utf8')).value as Region[];
const { config, rules } = cmsSetup({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' }, regions, mdx: ['cases'] });
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const editable = CONTENT_COLLECTION_IDS.filter((c) => COLLECTIONS[c].editable);

/** Field paths of a schema and of a form: `figures.label`, `period.start`. */
const schemaPaths = (specs: FieldSpec[], prefix = ''): string[] =>
  specs.flatMap((s) => {
    const path = `${prefix}${s.name}`;
    const inner = s.kind === 'object' ? s.fields : s.kind === 'list' && s.item?.kind === 'object' ? s.item.fields : undefined;
    return inner ? [path, ...schemaPaths(inner, `${path}.`)] : [path];
  });
const formPaths = (fields: CmsField[], prefix = ''): string[] =>
  fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    return f.fields ? [path, ...formPaths(f.fields, `${path}.`)] : [path];
  });

describe('the web editor’s configuration, made from the schemas', () => {
  it.each(editable)('%s: every schema field has a form field and every form field a schema field (plus the body)', (c) => {
    const form = formPaths(collection(c).fields);
    expect(form.filter((p) => p !== 'body').sort()).toEqual(schemaPaths(collectionFields(c as ContentCollectionId)).sort());
    expect(form.at(-1)).toBe('body');
  });

  it('gives every field its Chinese label and its explanation from the schema', () => {
    for (const c of editable) {
      for (const f of collection(c).fields) {
        expect(f.label, `${c}.${f.name}`).toMatch(/[\u4e00-\u9fff]/);
        expect(f.hint, `${c}.${f.name}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const region = collection('cases').fields.find((f) => f.name === 'region')!;
    expect(region).toMatchObject({ label: '地区', required: true });
    expect(region.hint).toContain('data/regions.json');
  });

  it('offers the vocabularies as lists, with Chinese names for ASCII values', () => {
    const cases = collection('cases').fields;
    expect(cases.find((f) => f.name === 'orgTypes')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(cases.find((f) => f.name === 'formations')!.options!.map((o) => o.value)).toContain('区域联建');
    expect(cases.find((f) => f.name === 'standards')!.options![0]).toEqual({ label: '组织机构设置科学', value: 'organization' });
    const status = collection('policies').fields.find((f) => f.name === 'status')!;
    expect(status).toMatchObject({ widget: 'select', default: '未知', required: false });
    expect(status.options!.map((o) => o.value)).toEqual(['现行有效', '已修订', '已废止', '未知']);
    // Every ASCII value anywhere has a Chinese name.
    const all = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...all(f.fields ?? [])]);
    for (const c of config.collections) {
      for (const f of all(c.fields).filter((f) => f.options && f.widget === 'select' && f.name !== 'region')) {
        for (const o of f.options!) expect(o.label, `${c.name}.${f.name}=${o.value}`).toMatch(/[^\x00-\x7f]|^\d+$/);
      }
    }
    expect(choiceNames(['full', 'mention'])).toBeDefined();
  });

  it('searches the collection a reference points to; regions from data/regions.json', () => {
    const cases = collection('cases').fields;
    expect(cases.find((f) => f.name === 'methods')).toMatchObject({ widget: 'relation', collection: 'methods', value_field: '{{slug}}', multiple: true });
    expect(cases.find((f) => f.name === 'sources')).toMatchObject({ widget: 'relation', collection: 'reports', multiple: true, min: 1 });
    expect(collection('policies').fields.find((f) => f.name === 'supersedes')).toMatchObject({ widget: 'relation', collection: 'policies', multiple: false, required: false });
    expect(collection('glossary').fields.find((f) => f.name === 'related')).toMatchObject({ collection: 'glossary', search_fields: ['term'] });
    const region = cases.find((f) => f.name === 'region')!;
    expect(region.widget).toBe('select');
    expect(region.options).toHaveLength(regions.length);
    expect(region.options!.find((o) => o.value === 'xiaoshan-linpu')!.label).toMatch(/^临浦镇（.+）$/);
  });

  it('enforces the schemas’ own patterns with their own messages, dates in ISO form and number bounds', () => {
    const docNumber = collection('policies').fields.find((f) => f.name === 'docNumber')!;
    expect(docNumber.pattern).toEqual([DOC_NUMBER.source, '发文字号应写成 X〔2020〕12号 的形式（用六角括号〔〕）']);
    expect(new RegExp(docNumber.pattern![0]).test('浙组〔2020〕12号')).toBe(true);
    const issuedAt = collection('policies').fields.find((f) => f.name === 'issuedAt')!;
    expect(['2020', '2020-11', '2020-11-06'].every((d) => new RegExp(issuedAt.pattern![0]).test(d))).toBe(true);
    expect(new RegExp(issuedAt.pattern![0]).test('2020/11/6')).toBe(false);
    expect(collection('program').fields.find((f) => f.name === 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 6 });
  });

  it('lists MDX entries apart, where there are any, and tells the format which values may be null', () => {
    expect(collection('cases-mdx')).toMatchObject({ extension: 'mdx', create: false, folder: 'content/cases' });
    expect(config.collections.filter((c) => c.extension === 'mdx').map((c) => c.name)).toEqual(['cases-mdx']);
    expect(rules.cases).toEqual({ titleField: 'title', nullable: ['figures.*.value'], defaults: { featured: false, brief: false } });
    expect(rules.policies!.defaults).toEqual({ status: '未知' });
    expect(rules.glossary!.titleField).toBe('term');
    // MDX files exist only where the configuration says.
    for (const c of editable) {
      const hasMdx = readdirSync(join(root, COLLECTIONS[c].home)).some((n) => n.endsWith('.mdx'));
      expect(hasMdx, c).toBe(c === 'cases');
    }
  });
});
