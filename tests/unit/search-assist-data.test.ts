import { describe, expect, test } from 'vitest';
import { assistTerms, figureShards, nameShards, placeForms, plainName } from '../../src/lib/search/assist-data';
import { namesIn } from '../../src/lib/search/candidates';
import { homophones, nameSyllables } from '../../src/lib/search/pinyin';
import { parseQuery } from '../../src/lib/search/query';

describe('pinyin at build time', () => {
  test('a name’s syllables are read in context, ü as v; names with letters have none', () => {
    expect(nameSyllables('双同步')).toEqual(['shuang', 'tong', 'bu']);
    expect(nameSyllables('行业党委')).toEqual(['hang', 'ye', 'dang', 'wei']);
    expect(nameSyllables('组建率')).toEqual(['zu', 'jian', 'lv']);
    expect(nameSyllables('IC卡管理')).toBeNull();
  });
  test('homophones: each syllable of the given characters, with the common characters that read so', () => {
    const table = homophones('步');
    expect(Object.keys(table)).toEqual(['bu']);
    expect(table.bu).toContain('步');
    expect(table.bu).toContain('部');
    expect(table.bu).toContain('不');
    // A character of two readings brings both.
    expect(Object.keys(homophones('重')).sort()).toEqual(['chong', 'zhong']);
  });
});

describe('search data', () => {
  const input = {
    glossary: [
      { term: '区域性党建', aliases: ['区域化党建'], searchTerms: [] },
      { term: '党组织找党员，党员找党组织', aliases: [], searchTerms: ['党员找不到组织'] },
      { term: '双同步', aliases: ['“双同步”工作机制'], searchTerms: [] },
    ],
    program: [{ title: '开展一次骨干培训', short: '骨干培训' }],
    titles: [{ title: '楼宇社区党建', aliases: ['楼宇党建'] }, { title: '萧山区临浦镇两新组织党建全覆盖试点' }],
    regions: [{ name: '杭州市' }, { name: '高新区（滨江）' }, { name: '*市（广东）' }],
  };
  test('names as people type them: quotes and book-title marks dropped', () => {
    expect(plainName('“双同步”工作机制')).toBe('双同步工作机制');
    expect(plainName('《基础名册》')).toBe('基础名册');
  });
  test('places by their names and short forms; a masked name has none', () => {
    expect(placeForms('杭州市')).toEqual(['杭州市', '杭州']);
    expect(placeForms('石桥街道')).toEqual(['石桥街道', '石桥']);
    expect(placeForms('高新区（滨江）')).toEqual(['高新区（滨江）', '高新区', '高新', '滨江']);
    expect(placeForms('*市（广东）')).toEqual(['*市（广东）']);
  });
  test('terms.json: synonyms (and phrases that ask for a term), names with pinyin, sounds, places, shards', () => {
    const terms = assistTerms(input, { names: 1, figures: 2 });
    expect(terms.synonyms).toEqual([
      { names: ['区域性党建', '区域化党建'] },
      { names: ['党组织找党员，党员找党组织'], asked: ['党员找不到组织'] },
      { names: ['双同步', '双同步工作机制'] },
    ]);
    expect(terms.names).toContainEqual(['双同步', 'shuang tong bu']);
    expect(terms.names).toContainEqual(['骨干培训', 'gu gan pei xun']);
    expect(terms.names).toContainEqual(['杭州市', 'hang zhou shi']);
    // The titles are in the shards, not here.
    expect(terms.names.some(([n]) => n === '楼宇社区党建')).toBe(false);
    expect(terms.sounds.bu).toContain('部');
    expect(terms.places).toEqual(['杭州市', '杭州', '高新区（滨江）', '高新区', '高新', '滨江', '*市（广东）']);
    expect(terms.shards).toEqual({ names: ['search/names-1.json'], figures: ['search/figures-1.json', 'search/figures-2.json'] });
  });
  test('name shards hold the titles and their other names, at most the given number each', () => {
    const shards = nameShards(input.titles, 2);
    expect(shards).toEqual([{ names: [['楼宇社区党建', 'lou yu she qu dang jian'], ['楼宇党建', 'lou yu dang jian']] }, { names: [['萧山区临浦镇两新组织党建全覆盖试点']] }]);
  });
  test('figure shards hold whole datasets, with their indicators and regions (and the regions above them)', () => {
    const dataset = (title: string, n: number) => ({
      title,
      url: `/data/${title}/`,
      source: '来源',
      sourceUrl: '/reports/x/',
      figures: Array.from({ length: n }, (_, i) => ({ indicator: 'a', region: 'xihu', period: '截至2011年11月', year: 2011, value: `${i}名`, highlight: i === 0 })),
    });
    const shards = figureShards(
      {
        datasets: [dataset('一', 2), dataset('二', 2), dataset('三', 1)],
        indicators: new Map([['a', { name: '党员', shortName: '党员', unit: '名' }]]),
        regions: new Map([
          ['hangzhou', { name: '杭州市' }],
          ['xihu', { name: '西湖区', parent: 'hangzhou' }],
        ]),
      },
      3,
    );
    expect(shards.map((s) => s.datasets.map((d) => d.title))).toEqual([['一'], ['二', '三']]);
    expect(shards[0]).toMatchObject({
      indicators: [{ name: '党员', unit: '名' }],
      regions: [{ names: ['西湖区', '西湖'], parent: 1 }, { names: ['杭州市', '杭州'] }],
      figures: [
        { i: 0, r: 0, p: '截至2011年11月', y: 2011, v: '0名', d: 0, h: 1 },
        { i: 0, r: 0, p: '截至2011年11月', y: 2011, v: '1名', d: 0 },
      ],
    });
  });
});

describe('namesIn', () => {
  test('the longest known names inside a longer query, none inside another', () => {
    const names = [['集中组建'], ['组建'], ['临浦镇'], ['双同步']] as [string][];
    expect(namesIn(parseQuery('集中组建有哪几种方式'), names)).toEqual(['集中组建']);
    expect(namesIn(parseQuery('临浦镇 集中组建'), names)).toEqual(['集中组建', '临浦镇']);
    expect(namesIn(parseQuery('双同步'), names)).toEqual([]);
  });
});
