/**
 * The reminder for places and years a page states that its cited sources' entries do not name
 * (src/lib/source-claims.ts), on its own and as part of the content check.
 */
import { describe, expect, test } from 'vitest';
import { placeForms, reportText, unsupportedClaims, type ClaimPage } from '../../src/lib/source-claims';
import { checkFiles } from '../../src/lib/content-check';

const regions = [
  { id: 'zhejiang', name: '浙江省' },
  { id: 'hangzhou', name: '杭州市' },
  { id: 'xiaoshan', name: '萧山区' },
  { id: 'xihu', name: '西湖区' },
  { id: 'masked', name: '*市（广东）' },
];
const reports = new Map([
  ['report-2011', reportText({ title: '杭州开展组建行动', date: '2011-11-09', summary: '杭州市的报道。' }, '萧山区临浦镇是试点。')],
  ['report-2006', reportText({ title: '调查思考', place: '*市', date: '2006' }, '到2006年底……')],
]);

/** A page citing `sources`, with `body` as its Markdown and `data` as its frontmatter. */
const page = (body: string, sources = ['report-2011'], data: Record<string, unknown> = {}): ClaimPage => ({
  file: 'content/cases/x.md',
  sources,
  data: { title: '案例', ...data },
  body,
  fieldLine: (field) => ({ title: 2, period: 4 })[field],
});
const said = (p: ClaimPage) => unsupportedClaims([p], reports, regions).map((w) => `${w.line}: ${/“([^”]+)”/.exec(w.message)![1]}`);

describe('places and years a page states that its sources do not', () => {
  test('a place none of the cited sources names is a warning on its line; the sources’ places are not', () => {
    expect(said(page('\n杭州萧山区的做法。\n浙江省的另一个地方。'))).toEqual(['3: 浙江省']);
    const [warning] = unsupportedClaims([page('浙江省')], reports, regions);
    expect(warning).toMatchObject({ severity: 'warning', file: 'content/cases/x.md' });
    expect(warning!.message).toContain('reports/report-2011');
  });
  test('a place counts in its short form (萧山 for 萧山区), and any cited source may hold it', () => {
    expect(said(page('萧山的做法。'))).toEqual([]);
    expect(said(page('萧山与*市的做法。', ['report-2006']))).toEqual(['1: 萧山（萧山区）']);
    expect(said(page('萧山与*市的做法。', ['report-2006', 'report-2011']))).toEqual([]);
  });
  test('a year in the text or in a date field must be one the sources name', () => {
    expect(said(page('2011年9月底，比2010年底多。'))).toEqual(['1: 2010年']);
    expect(said(page('正文。', ['report-2011'], { period: { start: '2012' } }))).toEqual(['4: 2012年']);
    // A number that is not a date, and a figure of 2,000, are not years.
    expect(said(page('新建党组织1642个，覆盖2000家企业。'))).toEqual([]);
  });
  test('the text of a link names another page and is not checked', () => {
    expect(said(page('另见[浙江省2009年的案例](/cases/y/)。'))).toEqual([]);
  });
  test('masked names and names with a note in brackets are not looked for', () => {
    expect(placeForms('*市（广东）')).toEqual([]);
    expect(placeForms('高新区（滨江）')).toEqual([]);
    expect(placeForms('萧山区')).toEqual(['萧山区', '萧山']);
    expect(placeForms('海曙')).toEqual(['海曙']);
  });
  test('known false positive: a place inside a proper name still counts as the place', () => {
    expect(said(page('开展西湖先锋创先争优活动。'))).toEqual(['1: 西湖（西湖区）']);
  });
  test('a longer name is one place: 杭州市委 names 杭州市, not also something shorter inside it', () => {
    const overlapping = [...regions, { id: 'zhou', name: '州市' }];
    expect(unsupportedClaims([page('杭州市委组织部。')], reports, overlapping)).toEqual([]);
  });
});

describe('in the content check', () => {
  test('the reminder is a warning of the content check, with the file and line', async () => {
    const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
    const problems = await checkFiles([
      file('data/regions.json', '[{ "id": "ce", "name": "测试省", "level": "省" }, { "id": "cx", "name": "测试县", "level": "县区", "parent": "ce" }]'),
      file('content/reports/r.md', '---\ntitle: 报告\nkind: 调研报告\nplace: 测试县\nregion: cx\ndate: 2011\nsummary: 测试县的报告。\n---\n\n正文。\n'),
      file(
        'content/methods/m.md',
        '---\ntitle: 方法\nsummary: 一种方法。\nwhenToUse: 需要时。\nsteps: [做。]\norigin: 测试县。\ntopics: [组织覆盖]\nsources: [r]\n---\n\n测试县2011年的做法。\n\n测试省2009年也有。\n',
      ),
    ]);
    expect(problems.map((p) => [p.file, p.line, p.severity, /“([^”]+)”/.exec(p.message)?.[1]])).toEqual([
      ['content/methods/m.md', 13, 'warning', '测试省'],
      ['content/methods/m.md', 13, 'warning', '2009年'],
    ]);
  });
});
