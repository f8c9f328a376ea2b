import { describe, expect, test } from 'vitest';
import { periodSpan } from '../../src/lib/stats/periods';
import { articleLd, breadcrumbList, datasetLd, jsonLdScript, legislationLd } from '../../src/lib/structured-data';

const site = { name: '门户', url: 'https://x.example/', imageUrl: 'https://x.example/share.png' };
const noChanges = { updates: [] };

describe('structured data', () => {
  test('a policy: 字号, 成文日期, 发文机关, region and 有效性 as schema.org legislation fields', () => {
    const ld = legislationLd({
      title: '关于开展示范点创建工作的通知',
      summary: '摘要。',
      url: 'https://x.example/policies/a/',
      issuer: '中共测试市委组织部',
      docNumber: '测组〔2020〕12号',
      issuedAt: '2020-11-06',
      jurisdiction: '测试市',
      status: '现行有效',
      topics: ['示范创建'],
      supersedes: { name: '旧通知', url: 'https://x.example/policies/b/' },
      sources: [{ name: '报告', url: 'https://x.example/reports/r/' }],
    });
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '测组〔2020〕12号',
      legislationDate: '2020-11-06',
      legislationPassedBy: { '@type': 'Organization', name: '中共测试市委组织部' },
      legislationJurisdiction: '测试市',
      legislationLegalForce: 'InForce',
      legislationChanges: { '@type': 'Legislation', name: '旧通知' },
    });
  });

  test('what the sources mask or do not say is left out, not filled in', () => {
    const ld = legislationLd({ title: 'T', summary: 'S', docNumber: '*两新工委〔*〕*号', issuer: '*市委', jurisdiction: '*市', status: '未知', topics: [], sources: [] }) as unknown as Record<string, unknown>;
    for (const field of ['legislationIdentifier', 'legislationPassedBy', 'legislationJurisdiction', 'legislationLegalForce', 'legislationDate', 'url', 'keywords', 'isBasedOn']) {
      expect(ld, field).not.toHaveProperty(field);
    }
    // 已修订 says the revised text is current: schema.org's legal force cannot say it of this version.
    expect(legislationLd({ title: 'T', summary: 'S', status: '已修订', topics: [], sources: [] })).not.toHaveProperty('legislationLegalForce');
    expect(legislationLd({ title: 'T', summary: 'S', status: '已废止', topics: [], sources: [] })).toHaveProperty('legislationLegalForce', 'NotInForce');
  });

  test('an article is dated only by its 收录日期 and 更新记录', () => {
    const base = { title: 'T', summary: 'S', section: '典型案例', site, sources: [] };
    expect(articleLd({ ...base, changes: noChanges })).not.toHaveProperty('datePublished');
    expect(articleLd({ ...base, changes: noChanges })).not.toHaveProperty('dateModified');
    const dated = articleLd({ ...base, changes: { added: '2026-11-21', updates: [{ date: '2026-12-02', note: '补充' }, { date: '2026-11-30', note: '改正' }] } });
    expect(dated).toMatchObject({ datePublished: '2026-11-21', dateModified: '2026-12-02' });
    expect(articleLd({ ...base, places: ['*市', '临浦镇'], changes: noChanges })).toMatchObject({ contentLocation: [{ '@type': 'Place', name: '临浦镇' }] });
  });

  test('a dataset: its description followed by its source (and indicators while short), downloads with their format, coverage', () => {
    const ld = datasetLd({
      title: '数据集',
      description: '一句很短的说明。',
      url: 'https://x.example/data/d/',
      site,
      source: { name: '一份调研报告', url: 'https://x.example/reports/r/' },
      csvUrl: 'https://x.example/data/d.csv',
      jsonUrl: 'https://x.example/data/d.json',
      temporalCoverage: periodSpan(['2006', '../2011-11', '2010-12-31/2011-09-30']),
      regions: ['杭州市', '*市'],
      variables: [{ name: '组建率', unit: '%', definition: '已组建的比例。' }],
    }) as unknown as Record<string, unknown>;
    expect(ld.description).toBe('一句很短的说明。数据来源：《一份调研报告》。指标：组建率。');
    expect(ld.distribution).toEqual([
      expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://x.example/data/d.csv' }),
      expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://x.example/data/d.json' }),
    ]);
    expect(ld.temporalCoverage).toBe('../2011-11');
    expect(ld.spatialCoverage).toEqual([{ '@type': 'Place', name: '杭州市' }]);
    expect(ld.variableMeasured).toEqual([{ '@type': 'PropertyValue', name: '组建率', unitText: '%', description: '已组建的比例。' }]);
    expect(ld).not.toHaveProperty('license');
    expect(datasetLd({ title: 'x', description: 'y', site, source: { name: 'z' }, regions: [], variables: [], license: 'https://creativecommons.org/licenses/by/4.0/' })).toHaveProperty(
      'license',
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });

  test('periods: one date, a span, an open start', () => {
    expect(periodSpan([])).toBeUndefined();
    expect(periodSpan(['2006', '2006'])).toBe('2006');
    expect(periodSpan(['2011-09-30', '2010-12-31/2011-09-30'])).toBe('2010-12-31/2011-09-30');
    expect(periodSpan(['2011-09', '../2011-11'])).toBe('../2011-11');
  });

  test('breadcrumbs need every address: none without a public URL', () => {
    expect(breadcrumbList([{ name: '首页', url: 'https://x.example/' }, { name: '典型案例', url: 'https://x.example/cases/' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: 'https://x.example/' },
        { '@type': 'ListItem', position: 2, name: '典型案例', item: 'https://x.example/cases/' },
      ],
    });
    expect(breadcrumbList([{ name: '首页' }, { name: '典型案例' }])).toBeUndefined();
  });

  test('the script text is one @graph that no value can close', () => {
    const text = jsonLdScript([articleLd({ title: '</script><script>alert(1)</script>', summary: 'S', section: 'x', site, sources: [], changes: noChanges }), undefined])!;
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toMatchObject({ '@context': 'https://schema.org', '@graph': [{ headline: '</script><script>alert(1)</script>' }] });
    expect(jsonLdScript([undefined])).toBeUndefined();
  });
});
