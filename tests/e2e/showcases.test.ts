/**
 * What leaders browse, on the real build: a page per 示范点 standard listing exactly the cases
 * tagged with it; the 荣誉 and 年份 case filters and the honour page holding the brief entries
 * (简目); glossary terms linked at their first use in running text, never in headings; terms in
 * Latin letters in pinyin order; policies' 有效性 and the 现行有效 filter; 组合筛选 links.
 * Expectations come from the content files (read with the project's own frontmatter reader).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { SHOWCASE_STANDARDS } from '../../src/schemas/taxonomy';
import { useBrowser, watchedPage } from './support/browser';
import { projectRoot } from './support/build';
import { sitemapPaths } from './support/site';

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const dist = inject('distDir');
const browser = useBrowser();

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The `<main>` of a built page. */
const main = (path: string) => /<main[\s\S]*<\/main>/.exec(html(path))![0];

type CaseFile = { id: string; title: string; standards: string[]; honours: string[]; brief: boolean; start?: string };
const cases: CaseFile[] = readdirSync(join(projectRoot, 'content/cases'))
  .filter((f) => /^[^_.].*\.mdx?$/.test(f))
  .map((f) => {
    const front = readFrontmatter(readFileSync(join(projectRoot, 'content/cases', f), 'utf8'));
    if (!front.ok) throw new Error(`content/cases/${f} does not parse`);
    const d = front.value.data as { title: string; standards?: string[]; honours?: string[]; brief?: boolean; period?: { start: unknown } };
    return {
      id: f.replace(/\.mdx?$/, ''),
      title: d.title,
      standards: d.standards ?? [],
      honours: d.honours ?? [],
      brief: d.brief === true,
      start: d.period ? String(d.period.start) : undefined,
    };
  });
const HONOUR_PAGE = 'cases/honour/quansheng-shifandian/';
/** Where the site links a case: its page, or a brief entry's heading on its honour's page. */
const hrefOf = (c: CaseFile) => (c.brief ? `${basePath}${HONOUR_PAGE}#${c.id}` : `${basePath}cases/${c.id}/`);
/** The case links a built page lists (the hrefs of its entry cards and brief-entry headings). */
const listed = (path: string) => {
  const m = main(path);
  const cards = [...m.matchAll(/<article class="card[^"]*">\s*<h[23][^>]*><a href="([^"]+)"/g)].map((x) => x[1]!);
  const brief = [...m.matchAll(/<h3 id="([a-z0-9-]+)"/g)].map((x) => `${basePath}${path}#${x[1]}`);
  return [...cards, ...brief].sort();
};

describe('示范点 standards', () => {
  test('each standard has a page listing exactly the cases tagged with it, and says so when there are none', () => {
    const ids = Object.keys(SHOWCASE_STANDARDS);
    expect(ids).toHaveLength(9);
    for (const id of ids) {
      const path = `program/standards/${id}/`;
      const expected = cases.filter((c) => c.standards.includes(id)).map(hrefOf).sort();
      expect(listed(path), path).toEqual(expected);
      if (expected.length === 0) expect(main(path), path).toContain('一个也不列');
      expect(main(path)).toContain(SHOWCASE_STANDARDS[id as keyof typeof SHOWCASE_STANDARDS]);
    }
    // More than the four standards the cases showed before, and more than six cases.
    expect(new Set(cases.flatMap((c) => c.standards)).size).toBeGreaterThan(4);
    expect(cases.filter((c) => c.standards.length > 0).length).toBeGreaterThan(6);
  });

  test('/program/ links every standard to its page, and a case links the standards it shows', () => {
    for (const id of Object.keys(SHOWCASE_STANDARDS)) expect(main('program/')).toContain(`href="${basePath}program/standards/${id}/"`);
    const tagged = cases.find((c) => c.standards.length > 0 && !c.brief)!;
    for (const id of tagged.standards) expect(main(`cases/${tagged.id}/`)).toContain(`href="${basePath}program/standards/${id}/"`);
  });
});

describe('荣誉 and 年份', () => {
  test('the case filter bar offers the honour, and its page lists the cases that hold it', () => {
    const holders = cases.filter((c) => c.honours.includes('全省“两新”组织党建工作示范点'));
    expect(holders.length).toBe(5);
    const bar = /<nav aria-label="筛选"[\s\S]*?<\/nav>/.exec(main('cases/'))![0];
    expect(bar).toContain('荣誉');
    expect(bar).toMatch(new RegExp(`href="${basePath}${HONOUR_PAGE}"[^>]*>\\s*全省“两新”组织党建工作示范点 <span class="text-sm">\\(5\\)`));
    expect(listed(HONOUR_PAGE)).toEqual(holders.map(hrefOf).sort());
  });

  test('brief entries are shown on the honour page as 简目, with what the source does not give, and have no page of their own', () => {
    const brief = cases.filter((c) => c.brief);
    expect(brief.length).toBe(5);
    const page = main(HONOUR_PAGE);
    expect(page).toContain('简目');
    for (const c of brief) {
      expect(existsSync(join(dist, 'cases', c.id, 'index.html')), `cases/${c.id}/ should not exist`).toBe(false);
      const entry = page.slice(page.indexOf(`id="${c.id}"`));
      expect(entry.slice(0, 3000)).toContain('获评年月原文以“*”隐去');
      expect(entry.slice(0, 3000)).toContain('原文未注明');
    }
    // The honour page is the home of the brief entries: search indexes it, with the honour as a filter.
    expect(html(HONOUR_PAGE)).toContain('data-pagefind-body');
    expect(html(HONOUR_PAGE)).toContain('data-pagefind-filter="荣誉[content]" content="全省“两新”组织党建工作示范点"');
  });

  test('the 年份 filter lists the cases of each year their period covers', () => {
    const years = [...new Set(cases.flatMap((c) => (c.start ? [c.start.slice(0, 4)] : [])))];
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      expect(listed(`cases/year/${year}/`), year).toEqual(cases.filter((c) => c.start?.startsWith(year)).map(hrefOf).sort());
    }
  });

  test('each filter bar links to the combined search, carrying the list and the current filter', () => {
    const link = (path: string) => /href="([^"]+)">组合筛选 →/.exec(main(path))![1]!.replaceAll('&amp;', '&');
    expect(decodeURIComponent(link('cases/'))).toBe(`${basePath}search/?类别=典型案例`);
    expect(decodeURIComponent(link(HONOUR_PAGE))).toBe(`${basePath}search/?类别=典型案例&荣誉=全省“两新”组织党建工作示范点`);
    expect(decodeURIComponent(link('cases/type/louyu/'))).toBe(`${basePath}search/?类别=典型案例&组织类型=楼宇`);
    expect(decodeURIComponent(link('policies/'))).toBe(`${basePath}search/?类别=政策文件`);
  });
});

describe('policies', () => {
  test('a policy shows its 有效性 with what it means', () => {
    expect(main('policies/shifanhua-gongcheng-2020/')).toMatch(/有效性<\/dt>\s*<dd><strong>未知<\/strong>：来源没有说明这份文件现在是否有效/);
  });
  test('the list can be filtered to 现行有效, and that page says plainly that none is known to be', () => {
    const bar = /<nav aria-label="筛选"[\s\S]*?<\/nav>/.exec(main('policies/'))![0];
    expect(bar).toMatch(/href="[^"]*policies\/status\/xianxing-youxiao\/"[^>]*>\s*现行有效 <span class="text-sm">\(0\)/);
    expect(main('policies/status/xianxing-youxiao/')).toContain('没有有效性为“现行有效”的');
    expect(main('policies/status/xianxing-youxiao/')).toContain('来源说明这份文件仍在执行');
  });
});

describe('glossary terms in running text', () => {
  const pages = sitemapPaths(dist, inject('basePath'));
  const termLinks = (m: string) => [...m.matchAll(/<a href="([^"]*glossary\/#[^"]+)" class="term-link">([^<]*)<\/a>/g)];

  test('every page links a term at most once, never inside a heading or another link; the glossary itself links none', () => {
    let total = 0;
    for (const path of pages) {
      const m = main(path);
      const hrefs = termLinks(m).map((x) => x[1]);
      total += hrefs.length;
      expect(new Set(hrefs).size, `a term linked twice on /${path}`).toBe(hrefs.length);
      for (const heading of m.match(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g) ?? []) expect(heading, `/${path}`).not.toContain('term-link');
      expect(m, `/${path}`).not.toMatch(/<a [^>]*>(?:(?!<\/a>)[\s\S])*class="term-link"/);
    }
    expect(total).toBeGreaterThan(100);
    expect(termLinks(main('glossary/'))).toEqual([]);
  });

  test('the first use in running text is the one linked, after a heading that names the term', () => {
    // /methods/liu-qing/: the title and headings say 六清 first; the first 六清 of the text is linked, later ones are not.
    const m = main('methods/liu-qing/');
    const text = m.slice(m.indexOf('<div class="prose'));
    const first = text.indexOf('六清');
    expect(text.slice(first - 60, first + 20)).toMatch(/class="term-link">“?六清/);
    expect(termLinks(text).filter((x) => x[1]!.endsWith('#liu-qing'))).toHaveLength(1);
  });

  test('a linked term opens its glossary entry', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(new URL('cases/hangzhou-gongjianyue/', baseUrl).href);
    const link = page.locator('main .prose a.term-link').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((u) => u.hash === href.slice(href.indexOf('#')));
    await expect(page.locator(`h3${href.slice(href.indexOf('#'))}`).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('glossary order', () => {
  test('a term written in Latin letters (IC卡管理) files by its pinyin, between H and J, not after Z', () => {
    const g = main('glossary/');
    const letters = [...g.matchAll(/<h2 id="letter-([A-Z]+|other)"/g)].map((m) => m[1]);
    expect(letters.indexOf('I')).toBe(letters.indexOf('H') + 1);
    expect(letters.at(-1)).toBe('Z');
    const terms = [...g.matchAll(/<h3 id="([a-z0-9-]+)"/g)].map((m) => m[1]);
    const ic = terms.indexOf('ic-ka-guanli');
    const section = (letter: string) => g.slice(g.indexOf(`id="letter-${letter}"`));
    expect(section('I')).toContain('id="ic-ka-guanli"');
    expect(section('J')).not.toContain('id="ic-ka-guanli"');
    expect(ic).toBeGreaterThan(0);
    expect(ic).toBeLessThan(terms.length - 1);
  });
});
