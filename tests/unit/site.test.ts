/**
 * src/site/: what pages read. `astro:content` is the stand-in of tests/unit/support/astro-content.ts,
 * so the loading, ordering, reference check, lookups and filter bars are tested without a build.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { setCollections } from './support/astro-content';

const ref = (collection: string, id: string) => ({ collection, id });
const region = (id: string, name: string, level: string, parent?: string) => ({ id, data: { id, name, level, ...(parent ? { parent } : {}) } });
const caseEntry = (id: string, title: string, regionId: string, orgTypes: string[], formations: string[] = []) => ({
  id,
  filePath: `content/cases/${id}.md`,
  data: { title, region: ref('regions', regionId), orgTypes, formations, methods: [ref('methods', 'liu-qing')] },
});
const policy = (id: string, title: string, issuedAt: string | undefined, extra: Record<string, unknown> = {}) => ({
  id,
  filePath: `content/policies/${id}.md`,
  data: { title, level: '市', topics: ['组织覆盖'], ...(issuedAt ? { issuedAt } : {}), ...extra },
});

const base = () => ({
  regions: [region('zhejiang', '浙江省', '省'), region('hangzhou', '杭州市', '市', 'zhejiang'), region('xiaoshan', '萧山区', '县区', 'hangzhou')],
  methods: [{ id: 'liu-qing', filePath: 'content/methods/liu-qing.md', data: { title: '六清' } }],
  cases: [
    caseEntry('zz', '中关村楼宇', 'xiaoshan', ['楼宇'], ['联合组建']),
    caseEntry('aa', '安吉园区', 'hangzhou', ['园区'], ['单独组建']),
    caseEntry('bb', '滨江商圈', 'xiaoshan', ['商圈', '楼宇']),
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
  return { ...content, ...bars };
}

describe('siteContent', () => {
  beforeEach(() => setCollections({}));

  test('lists come sorted as pages show them: policies newest first, cases and methods by pinyin', async () => {
    const { siteContent } = await site(base());
    const { policies, cases } = await siteContent();
    expect(policies.map((p) => p.id)).toEqual(['new', 'old', 'undated']);
    expect(cases.map((c) => c.data.title)).toEqual(['安吉园区', '滨江商圈', '中关村楼宇']);
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
    expect(referencing(cases, 'methods', methods[0]!.id).map((c) => c.id)).toEqual(['aa', 'bb', 'zz']);
  });

  test('regionPath gives a region with the regions it lies in, broadest first', async () => {
    const { siteContent, regionPath } = await site(base());
    const { regions } = await siteContent();
    expect(regionPath(regions, 'xiaoshan').map((r) => r.data.name)).toEqual(['浙江省', '杭州市', '萧山区']);
  });
});

describe('filter bars', () => {
  test('cases filter by city, 组织类型 and 组建方式, in the registry’s order, counting only values that occur', async () => {
    const { siteContent, caseFacetBar } = await site(base());
    const { cases, regions } = await siteContent();
    const bar = caseFacetBar(regions, cases);
    expect(bar.map((row) => row.label)).toEqual(['地区', '组织类型', '组建方式']);
    expect(bar[0]!.counts).toEqual([{ slug: 'hangzhou', label: '杭州市', count: 3 }]);
    expect(Object.fromEntries(bar[1]!.counts.map((c) => [c.label, c.count]))).toEqual({ 楼宇: 2, 园区: 1, 商圈: 1 });
    expect(bar[2]!.counts.map((c) => c.label).sort()).toEqual(['单独组建', '联合组建']);
  });

  test('policies filter by 层级 and 主题', async () => {
    const { siteContent, policyFacetBar } = await site(base());
    const { policies } = await siteContent();
    expect(policyFacetBar(policies).map((row) => [row.label, row.counts.map((c) => `${c.label} ${c.count}`)])).toEqual([
      ['层级', ['市 3']],
      ['主题', ['组织覆盖 3']],
    ]);
  });
});
