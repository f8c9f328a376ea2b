import { describe, expect, test } from 'vitest';
import { sectionText, toHit, type PagefindData } from '../../src/lib/search/hits';
import { parseQuery } from '../../src/lib/search/query';

const glossary: PagefindData = {
  url: '/glossary/',
  content: '术语. 共 3 条。 K. 口袋党员（“口袋”党员） 组织关系介绍信长期揣在口袋里的党员。 L. 流动党员 离开户籍地的党员，包括口袋党员。 Y. 隐性党员 不亮明身份的党员。',
  excerpt: '…',
  meta: { title: '术语', category: '术语', entries: 'h3' },
  anchors: [
    { element: 'h2', id: 'letter-K', text: 'K', location: 4 },
    { element: 'h3', id: 'koudai-dangyuan', text: '口袋党员（“口袋”党员）', location: 5 },
    { element: 'h2', id: 'letter-L', text: 'L', location: 8 },
    { element: 'h3', id: 'liudong-dangyuan', text: '流动党员', location: 9 },
    { element: 'h2', id: 'letter-Y', text: 'Y', location: 12 },
    { element: 'h3', id: 'yinxing-dangyuan', text: '隐性党员', location: 13 },
  ],
  sub_results: [
    {
      title: '流动党员',
      url: '/glossary/#liudong-dangyuan',
      excerpt: '包括<mark>口袋</mark><mark>党员</mark>',
      anchor: { element: 'h3', id: 'liudong-dangyuan', text: '流动党员', location: 9 },
    },
    {
      title: '口袋党员（“口袋”党员）',
      url: '/glossary/#koudai-dangyuan',
      excerpt: '<mark>口袋</mark>',
      anchor: { element: 'h3', id: 'koudai-dangyuan', text: '口袋党员（“口袋”党员）', location: 5 },
    },
  ],
};

describe('toHit', () => {
  test('a glossary result links to the term whose heading names the query, named by the term, its first sentence as excerpt', () => {
    const hit = toHit(glossary, [parseQuery('口袋党员')], 3);
    expect(hit).toMatchObject({
      url: '/glossary/#koudai-dangyuan',
      title: '口袋党员',
      pageTitle: '术语',
      category: '术语',
      inPage: true,
      aliases: ['“口袋”党员'],
      score: 3,
    });
    expect(hit.text).toBe('口袋党员（“口袋”党员） 组织关系介绍信长期揣在口袋里的党员。');
    expect(hit.excerpt.map((s) => s.text).join('')).toBe('组织关系介绍信长期揣在口袋里的党员。');
    expect(hit.excerpt.some((s) => s.mark)).toBe(true);
    expect(hit.sections).toEqual([{ title: '流动党员', url: '/glossary/#liudong-dangyuan' }]);
  });
  test('a glossary result is a term even when no heading names the query (a question), never the page “术语”', () => {
    const hit = toHit(glossary, [parseQuery('离开户籍地的党员是什么')]);
    expect(hit).toMatchObject({ url: '/glossary/#liudong-dangyuan', title: '流动党员', inPage: true });
    expect(hit.excerpt.map((s) => s.text).join('')).toBe('离开户籍地的党员，包括口袋党员。');
  });
  test('a glossary term matched through a synonym is the hit', () => {
    const hit = toHit(glossary, [parseQuery('外出党员'), parseQuery('流动党员')]);
    expect(hit.url).toBe('/glossary/#liudong-dangyuan');
  });
  test('a page whose title names the query links to the page, with an excerpt after its title', () => {
    const page: PagefindData = {
      url: '/methods/shuang-tongbu/',
      content: '双同步 又称：摸排和组建同步. 一手摸排底数，一手推进双同步组建。',
      excerpt: '<mark>双</mark>',
      meta: { title: '双同步', category: '工作方法', aliases: '摸排和组建同步 | “双同步”' },
      sub_results: [],
    };
    const hit = toHit(page, [parseQuery('双同步')]);
    expect(hit).toMatchObject({ url: '/methods/shuang-tongbu/', title: '双同步', inPage: false, aliases: ['摸排和组建同步', '“双同步”'] });
    expect(hit.excerpt.map((s) => s.text).join('')).toContain('推进双同步组建');
    expect(hit.excerpt.find((s) => s.mark)?.text).toBe('双同步');
  });
  test('falls back to Pagefind’s excerpt when the words do not occur literally', () => {
    const page: PagefindData = { url: '/x/', content: 'X 楼 宇', excerpt: '<mark>楼</mark> <mark>宇</mark>', meta: { title: 'X' }, sub_results: [] };
    expect(toHit(page, [parseQuery('楼宇')]).excerpt).toEqual([
      { text: '楼', mark: true },
      { text: ' ', mark: false },
      { text: '宇', mark: true },
    ]);
  });
});

describe('sectionText', () => {
  test('is the text from a heading to the next heading with an id', () => {
    expect(sectionText(glossary, glossary.anchors![5]!)).toBe('隐性党员 不亮明身份的党员。');
  });
});

describe('sectionText on a page that names a term before its heading', () => {
  const content = '术语. 临时党支部. 相关术语：三会一课、主题党日. 来源：某报告 三会一课. 党支部的基本组织生活制度。 社会组织. 新社会组织。';
  const page: PagefindData = {
    url: '/glossary/',
    content,
    word_count: 40,
    excerpt: '',
    meta: { title: '术语', entries: 'h3' },
    anchors: [
      { element: 'h3', id: 'linshi', text: '临时党支部', location: 2 },
      { element: 'h3', id: 'san-hui-yi-ke', text: '三会一课', location: 24 },
      { element: 'h3', id: 'shehui-zuzhi', text: '社会组织', location: 34 },
    ],
    sub_results: [],
  };
  test('is the heading’s own section, not the text after an earlier mention', () => {
    expect(sectionText(page, page.anchors![1]!)).toBe('三会一课. 党支部的基本组织生活制度。');
  });
});
