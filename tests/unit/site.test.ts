/**
 * src/site/: what pages read. `astro:content` is the stand-in of tests/unit/support/astro-content.ts,
 * so the loading, ordering, reference check, lookups and filter bars are tested without a build.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { setCollections } from './support/astro-content';

const ref = (collection: string, id: string) => ({ collection, id });
const region = (id: string, name: string, level: string, parent?: string) => ({ id, data: { id, name, level, ...(parent ? { parent } : {}) } });
const caseEntry = (id: string, title: string, regionId: string, orgTypes: string[], formations: string[] = [], extra: Record<string, unknown> = {}) => ({
  id,
  filePath: `content/cases/${id}.md`,
  data: { title, region: ref('regions', regionId), orgTypes, formations, honours: [], standards: [], brief: false, methods: [ref('methods', 'liu-qing')], ...extra },
});
const HONOUR = '全省“两新”组织党建工作示范点';
const policy = (id: string, title: string, issuedAt: string | undefined, extra: Record<string, unknown> = {}) => ({
  id,
  filePath: `content/policies/${id}.md`,
  data: { title, level: '市', topics: ['组织覆盖'], status: '未知', ...(issuedAt ? { issuedAt } : {}), ...extra },
});

const base = () => ({
  regions: [region('zhejiang', '浙江省', '省'), region('hangzhou', '杭州市', '市', 'zhejiang'), region('xiaoshan', '萧山区', '县区', 'hangzhou')],
  methods: [{ id: 'liu-qing', filePath: 'content/methods/liu-qing.md', data: { title: '六清' } }],
  cases: [
    caseEntry('zz', '中关村楼宇', 'xiaoshan', ['楼宇'], ['联合组建'], { period: { start: '2011' }, standards: ['organization'] }),
    caseEntry('aa', '安吉园区', 'hangzhou', ['园区'], ['单独组建'], { period: { start: '2010', end: '2011' }, honours: [HONOUR] }),
    caseEntry('bb', '滨江商圈', 'xiaoshan', ['商圈', '楼宇'], [], { honours: [HONOUR], brief: true, standards: ['organization'] }),
  ],
  policies: [
    policy('old', '旧通知', '2011'),
    policy('new', '新方案', '2020-11-06', { supersedes: ref('policies', 'old') }),
    policy('undated', '未注明日期的文件', undefined),
  ],
});

/** src/site/ modules, loaded afresh: `siteContent()` caches what it loaded once per build. */
async function site(collections: Record<string, { id: string; data: Record<string, unknown> }[]>) {
  vi.resetModules();
  setCollections(collections);
  const content = await import('../../src/site/content');
  const bars = await import('../../src/site/filter-bars');
  const paths = await import('../../src/site/case-paths');
  const standards = await import('../../src/site/standards');
  return { ...content, ...bars, ...paths, ...standards };
}

describe('siteContent', () => {
  beforeEach(() => setCollections({}));

  test('lists come sorted as pages show them: policies and cases newest first, then by pinyin, undated last', async () => {
    const { siteContent } = await site(base());
    const { policies, cases } = await siteContent();
    expect(policies.map((p) => p.id)).toEqual(['new', 'old', 'undated']);
    // 安吉 (2010–2011) and 中关村 (2011) end in the same year: by pinyin; 滨江 has no date: last.
    expect(cases.map((c) => c.data.title)).toEqual(['安吉园区', '中关村楼宇', '滨江商圈']);
  });

  test('a reference to an entry that does not exist stops the build with the file, the field and the fix', async () => {
    const broken = base();
    broken.cases[0]!.data.methods = [ref('methods', 'liu-qing'), ref('methods', 'san-ding')];
    const { siteContent } = await site(broken);
    const error = await siteContent().then(
      () => undefined,
      (e: Error & { hint?: string }) => e,
    );
    expect(error?.name).toBe('引用检查');
    expect(error?.message).toContain('content/cases/zz.md › methods[1]');
    expect(error?.message).toContain('san-ding');
    expect(error?.message).toContain('content/methods/');
    expect(error?.hint).toContain('npm run check');
  });

  test('pick keeps the order of the references; referencing finds the entries that point back', async () => {
    const { siteContent, pick, referencing } = await site(base());
    const { policies, cases, methods } = await siteContent();
    expect(pick(cases, [ref('cases', 'zz'), ref('cases', 'missing'), ref('cases', 'aa')]).map((c) => c.id)).toEqual(['zz', 'aa']);
    expect(referencing(policies, 'supersedes', 'old').map((p) => p.id)).toEqual(['new']);
    expect(referencing(cases, 'methods', methods[0]!.id).map((c) => c.id)).toEqual(['aa', 'zz', 'bb']);
  });

  test('regionPath gives a region with the regions it lies in, broadest first', async () => {
    const { siteContent, regionPath } = await site(base());
    const { regions } = await siteContent();
    expect(regionPath(regions, 'xiaoshan').map((r) => r.data.name)).toEqual(['浙江省', '杭州市', '萧山区']);
  });
});

describe('filter bars', () => {
  test('cases filter by city, 年份, 组织类型, 组建方式 and 荣誉, in the registry’s order, counting only values that occur', async () => {
    const { siteContent, caseFacetBar } = await site(base());
    const { cases, regions } = await siteContent();
    const bar = caseFacetBar(regions, cases);
    expect(bar.map((row) => row.label)).toEqual(['地区', '年份', '组织类型', '组建方式', '荣誉']);
    expect(bar[0]!.counts).toEqual([{ slug: 'hangzhou', label: '杭州市', count: 3 }]);
    // Every year of a period counts, newest first; an undated case is in none.
    expect(bar[1]!.counts.map((c) => `${c.label} ${c.count}`)).toEqual(['2011 2', '2010 1']);
    expect(Object.fromEntries(bar[2]!.counts.map((c) => [c.label, c.count]))).toEqual({ 楼宇: 2, 园区: 1, 商圈: 1 });
    expect(bar[3]!.counts.map((c) => c.label).sort()).toEqual(['单独组建', '联合组建']);
    expect(bar[4]!.counts).toEqual([expect.objectContaining({ slug: 'quansheng-shifandian', label: HONOUR, count: 2 })]);
    // A value's meaning comes with it, for the filter page.
    expect(bar[2]!.counts.find((c) => c.label === '楼宇')!.description).toContain('商务楼宇');
  });

  test('policies filter by 有效性 (every value, 现行有效 (0) included), 层级 and 主题', async () => {
    const { siteContent, policyFacetBar } = await site(base());
    const { policies } = await siteContent();
    expect(policyFacetBar(policies).map((row) => [row.label, row.counts.map((c) => `${c.label} ${c.count}`)])).toEqual([
      ['有效性', ['现行有效 0', '已修订 0', '已废止 0', '未知 3']],
      ['层级', ['市 3']],
      ['主题', ['组织覆盖 3']],
    ]);
  });
});

describe('where cases are read', () => {
  test('a case links to its page; a brief entry (简目) to its heading on its first honour’s page', async () => {
    const { siteContent, pathsOf } = await site(base());
    const { cases } = await siteContent();
    expect(Object.fromEntries(pathsOf(cases))).toEqual({
      aa: 'cases/aa/',
      bb: 'cases/honour/quansheng-shifandian/#bb',
      zz: 'cases/zz/',
    });
  });

  test('a brief entry past the first 50 of its honour is linked on the page of the list that shows it', async () => {
    const many = base();
    many.cases = Array.from({ length: 60 }, (_, i) =>
      caseEntry(`c${String(i).padStart(2, '0')}`, `案例${String(i).padStart(2, '0')}`, 'hangzhou', ['园区'], [], { honours: [HONOUR], brief: i === 55 }),
    );
    const { siteContent, pathsOf } = await site(many);
    const { cases } = await siteContent();
    const position = cases.findIndex((c) => c.id === 'c55') + 1;
    expect(pathsOf(cases).get('c55')).toBe(position > 50 ? 'cases/honour/quansheng-shifandian/page/2/#c55' : 'cases/honour/quansheng-shifandian/#c55');
    expect(position).toBeGreaterThan(50);
  });

  test('each 示范点 standard lists the cases tagged with it, in the order of the case list', async () => {
    const { standardsWithCases } = await site(base());
    const standards = await standardsWithCases();
    expect(standards.map((s) => s.id)).toHaveLength(9);
    expect(standards.find((s) => s.id === 'organization')!.cases.map((c) => c.id)).toEqual(['zz', 'bb']);
    expect(standards.filter((s) => s.id !== 'organization').every((s) => s.cases.length === 0)).toBe(true);
  });
});
