/**
 * Pages stay light however many entries the site holds. The benchmark generator (scripts/bench/)
 * writes the same deterministic Chinese content at two sizes, SMALL and LARGE pages; each is built
 * for real (every integration included) in a scratch copy, and the same pages are compared.
 *
 * "Grows with the number of entries" means: markup that gets longer as entries are added. So:
 * - the chrome (head, header, navigation, footer: everything outside <main>) of a page is
 *   byte-identical at both sizes;
 * - lists a page marks with `data-list` may hold entries, but a bounded number: list pages show at
 *   most LIST_PAGE_SIZE (paginated), related-entry lists at most RELATED_LIMIT, the page navigation
 *   a fixed window; with their items removed, every page at LARGE is at most SMALL × 1.05 + 512
 *   bytes (the entries a page links to have other titles at the other size; nothing else differs);
 * - the glossary is one page up to GLOSSARY_PAGE_TERMS terms and a page per pinyin initial beyond
 *   (the larger site has LARGE_GLOSSARY terms): a letter's `terms` list is bounded by the field's
 *   vocabulary, not by the number of pages, and exempt from a count limit, while every page's own
 *   markup must stay constant like any page.
 *
 * The generated content pages are the budget fixture: each carries about 2,500 Chinese characters
 * and must weigh at most 14 KB gzipped with its CSS.
 *
 * The search UI's data (dist/search/*.json) grows with the glossary, the titles and the figures
 * only: titles and figures are in shards of a bounded size, the terms file holds no title.
 * The larger site is built with its search index in bundles of LARGE_BUNDLE_PAGES pages
 * (`SEARCH_BUNDLE_PAGES`), as a province-sized site is, and search must find a page of each bundle.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.mjs';
import { gz, siteSizes, walk } from '../../scripts/bench/measure.mjs';
import { prepareScratch } from '../../scripts/bench/scratch.mjs';
import { GLOSSARY_PAGE_TERMS } from '../../src/lib/glossary-parts';
import { LIST_PAGE_SIZE, RELATED_LIMIT } from '../../src/lib/pagination';
import { NAMES_PER_SHARD } from '../../src/lib/search/assist-data';
import { bundleOf } from '../../src/lib/search/bundles';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { projectRoot, siteBuild } from './support/build';
import { chrome, mainHanCount, markedLists, withoutListItems } from './support/html';
import { pagefindResults } from './support/search';
import { serveStatic } from './support/static-server';

const SMALL = 60;
const LARGE = 300;
/** Pages per search bundle in the larger build: three bundles or more. */
const LARGE_BUNDLE_PAGES = 100;
/** Glossary terms of the larger site: past GLOSSARY_PAGE_TERMS, so its glossary is split by initial. */
const LARGE_GLOSSARY = GLOSSARY_PAGE_TERMS + 20;
const KB = 1024;
/** Each file of the search UI's data (dist/search/*.json) at most, gzipped. */
const SEARCH_DATA_KB = 30;
/** The page navigation: first, last, current ± 2, two gaps, previous and next. */
const PAGE_LINKS_MAX = 11;

const browser = useBrowser();
let root: string;
const dist: Record<number, string> = {};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'liangxin-scale-'));
  for (const pages of [SMALL, LARGE]) {
    const site = prepareScratch(projectRoot, join(root, String(pages)));
    await generateContent({ projectRoot, siteRoot: site, pages, glossary: pages === LARGE ? LARGE_GLOSSARY : undefined });
    const { status, output } = siteBuild(site, pages === LARGE ? { SEARCH_BUNDLE_PAGES: String(LARGE_BUNDLE_PAGES) } : {});
    if (status !== 0) throw new Error(`The generated ${pages}-page site did not build:\n${output.slice(-4000)}`);
    dist[pages] = join(site, 'dist');
  }
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const html = (pages: number, path: string) => readFileSync(join(dist[pages]!, path), 'utf8');
const pagesOf = (pages: number) =>
  walk(dist[pages]!)
    .map((f: { path: string }) => f.path)
    .filter((p: string) => p.endsWith('.html') && !p.startsWith('pagefind/'));

function commonPages() {
  const large = new Set(pagesOf(LARGE));
  return pagesOf(SMALL).filter((p: string) => large.has(p));
}

describe(`the site at ${SMALL} and ${LARGE} pages`, () => {
  test('the larger site really is larger (the comparison means something)', () => {
    // Filter pages (a page per year, 组织类型, 荣誉 … that entries have) and the nine standards' pages
    // are bounded by the vocabularies and exist at both sizes, so the ratio of all pages stays under
    // the 5× of the entries; 2.5× still means the larger site is much larger.
    expect(pagesOf(LARGE).length).toBeGreaterThan(pagesOf(SMALL).length * 2.5);
    expect(commonPages().length).toBeGreaterThan(SMALL * 0.8);
  });

  test('header, navigation and footer of a page are the same whatever the number of entries', () => {
    const differing = commonPages().filter((p: string) => chrome(html(SMALL, p)) !== chrome(html(LARGE, p)));
    expect(differing, 'pages whose markup outside <main> changed with the number of entries').toEqual([]);
  });

  test('no page grows with the number of entries, once its bounded lists are set aside', () => {
    const grown = commonPages()
      .map((p: string) => ({
        page: p,
        small: Buffer.byteLength(withoutListItems(html(SMALL, p))),
        large: Buffer.byteLength(withoutListItems(html(LARGE, p))),
      }))
      .filter((x: { small: number; large: number }) => x.large > x.small * 1.05 + 512);
    expect(grown, 'pages whose own markup grew (bytes without list items)').toEqual([]);
  });

  test(`list pages show at most ${LIST_PAGE_SIZE} entries a page, and the entries beyond are on later pages`, () => {
    const over: string[] = [];
    let paginated = 0;
    for (const p of pagesOf(LARGE)) {
      for (const list of markedLists(html(LARGE, p))) {
        if (list.kind === 'entries' && list.items > LIST_PAGE_SIZE) over.push(`${p}: ${list.items} entries`);
        if (list.kind === 'pages') paginated++;
      }
    }
    expect(over).toEqual([]);
    // The generated cases (45 % of the pages) need more than one page at LARGE.
    expect(pagesOf(LARGE)).toContain('cases/page/2/index.html');
    expect(paginated).toBeGreaterThan(0);
  });

  test(`lists of related entries show at most ${RELATED_LIMIT} links, and page navigation a fixed number`, () => {
    const over: string[] = [];
    let capped = 0;
    for (const p of pagesOf(LARGE)) {
      const text = html(LARGE, p);
      for (const list of markedLists(text)) {
        if (list.kind === 'related' && list.items > RELATED_LIMIT) over.push(`${p}: ${list.items} related links`);
        if (list.kind === 'pages' && list.items > PAGE_LINKS_MAX) over.push(`${p}: ${list.items} page links`);
      }
      if (text.includes(`这里列出 ${RELATED_LIMIT} 项`)) capped++;
    }
    expect(over).toEqual([]);
    // Some core methods and reports are cited by many entries: their lists were cut, and say so.
    expect(capped).toBeGreaterThan(0);
  });
});

describe('a content page of about 2,500 Chinese characters', () => {
  test('weighs at most 14 KB gzipped, HTML and CSS together', () => {
    const sizes = siteSizes(dist[SMALL]!);
    const checked: string[] = [];
    for (const type of ['policy', 'case', 'method', 'report']) {
      const largest = sizes.types[type].largest;
      const chars = mainHanCount(html(SMALL, largest.path));
      // The fixture really is a 2,500-character page (a full policy may be a little longer).
      expect(chars, `${largest.path} Chinese characters`).toBeGreaterThanOrEqual(2400);
      expect(largest.htmlGz + largest.cssGz, `${largest.path}: ${chars} characters, HTML ${largest.htmlGz} B + CSS ${largest.cssGz} B gzipped`).toBeLessThanOrEqual(14 * KB);
      checked.push(largest.path);
    }
    expect(checked).toHaveLength(4);
  });
});

describe('the search data at both sizes', () => {
  const files = (pages: number) => walk(dist[pages]!).map((f: { path: string }) => f.path).filter((p: string) => /^search\/.+\.json$/.test(p));
  const json = (pages: number, path: string) => JSON.parse(html(pages, path));

  test(`every file of it stays within ${SEARCH_DATA_KB} KB gzipped: titles and figures come in shards`, () => {
    for (const pages of [SMALL, LARGE]) {
      const big = files(pages).filter((p: string) => gz(readFileSync(join(dist[pages]!, p))) > SEARCH_DATA_KB * KB);
      expect(big, `${pages} pages`).toEqual([]);
      for (const shard of json(pages, 'search/terms.json').shards.names as string[]) {
        expect(json(pages, shard).names.length).toBeLessThanOrEqual(NAMES_PER_SHARD);
      }
    }
    // The larger site's titles are in the shards, not in terms.json (a shard splits at
    // NAMES_PER_SHARD names: tests/unit/search-assist-data.test.ts; 1,000 pages make three).
    const names = (pages: number) => (json(pages, 'search/terms.json').shards.names as string[]).reduce((n, shard) => n + json(pages, shard).names.length, 0);
    expect(names(LARGE)).toBeGreaterThan(names(SMALL));
  });

  test('terms.json grows with the glossary and the regions only: no title of a case or policy is in it', () => {
    for (const pages of [SMALL, LARGE]) {
      const names = new Set((json(pages, 'search/terms.json').names as [string][]).map(([n]) => n));
      const titles = pagesOf(pages)
        .filter((p: string) => /^(cases|policies|reports)\/[^/]+\/index\.html$/.test(p))
        .map((p: string) => /<h1[^>]*>([^<]+)</.exec(html(pages, p))?.[1]?.trim())
        .filter((t): t is string => Boolean(t));
      expect(titles.length, `${pages} pages`).toBeGreaterThan(10);
      expect(titles.filter((t: string) => names.has(t)), `${pages} pages`).toEqual([]);
    }
  });
});

describe('the pages that only a large site has', () => {
  test('paginated lists and cut lists work in a browser and pass WCAG 2.1 AA (axe)', async () => {
    const large = pagesOf(LARGE);
    const cut = large.find((p: string) => /^(methods|reports)\//.test(p) && html(LARGE, p).includes(`这里列出 ${RELATED_LIMIT} 项`))!;
    const filterPage2 = large.find((p: string) => /^cases\/[^/]+\/[^/]+\/page\/2\/index\.html$/.test(p));
    const paths = ['cases/', 'cases/page/2/', cut.replace(/index\.html$/, ''), ...(filterPage2 ? [filterPage2.replace(/index\.html$/, '')] : [])];
    const server = await serveStatic(dist[LARGE]!, '/');
    try {
      const page = await browser().newPage();
      // The page navigation leads from the first page to the second.
      await page.goto(new URL('cases/', server.url).href);
      await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
      expect(new URL(page.url()).pathname).toBe('/cases/page/2/');
      // A cut list says how many there are and offers a search for the rest.
      await page.goto(new URL(cut.replace(/index\.html$/, ''), server.url).href);
      const more = page.getByRole('link', { name: /查看更多/ }).first();
      expect(await more.getAttribute('href')).toMatch(/^\/search\/\?q=/);
      for (const path of paths) {
        await page.goto(new URL(path, server.url).href);
        expect(await axeViolations(page), `WCAG 2.1 A/AA violations on /${path}`).toEqual([]);
      }
    } finally {
      await server.close();
    }
  });
});

describe('a search index in bundles', () => {
  test('the larger site is indexed in bundles, each a zh-cn index holding the pages the manifest says', () => {
    const root = join(dist[LARGE]!, 'pagefind');
    const { bundles } = JSON.parse(readFileSync(join(root, 'bundles.json'), 'utf8')) as { bundles: { path: string; pages: number }[] };
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const b of bundles) {
      const entry = JSON.parse(readFileSync(join(root, b.path, 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages), b.path).toEqual(['zh-cn']);
      expect(entry.languages['zh-cn'].page_count, b.path).toBe(b.pages);
      expect(b.pages).toBeLessThan(LARGE_BUNDLE_PAGES * 1.5);
    }
    const smaller = JSON.parse(readFileSync(join(dist[SMALL]!, 'pagefind/bundles.json'), 'utf8'));
    expect(smaller.bundles).toHaveLength(1);
  });

  test('search in the browser finds a page of every bundle by its title', async () => {
    const root = join(dist[LARGE]!, 'pagefind');
    const { bundles } = JSON.parse(readFileSync(join(root, 'bundles.json'), 'utf8')) as { bundles: unknown[] };
    const cases = pagesOf(LARGE).filter((p: string) => /^cases\/anli-\d+\/index\.html$/.test(p));
    const server = await serveStatic(dist[LARGE]!, '/');
    try {
      const page = await browser().newPage();
      await page.goto(new URL('about/', server.url).href);
      for (let n = 1; n <= bundles.length; n++) {
        const path = cases.find((p: string) => bundleOf(p, bundles.length) === n)!;
        const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html(LARGE, path))![1]!;
        const found = (await pagefindResults<{ url: string }>(page, '/', title)).map((d) => d.url);
        expect(found, `bundle ${n}: “${title}” (/${path})`).toContain(`/${path.replace(/index\.html$/, '')}`);
      }
    } finally {
      await server.close();
    }
  });
});

describe('a glossary past 100 terms', () => {
  test('is a page per pinyin initial, each with the letter index; /glossary/ is the index with the count of each letter', () => {
    const large = pagesOf(LARGE);
    const parts = large.filter((p: string) => /^glossary\/[a-z]+\/index\.html$/.test(p));
    expect(parts.length).toBeGreaterThan(3);
    const index = html(LARGE, 'glossary/index.html');
    const total = [...index.matchAll(/<span class="ps-1 text-sm text-muted">(\d+)<\/span>/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(total).toBe(LARGE_GLOSSARY);
    expect(index).not.toContain('data-list="terms"');
    let terms = 0;
    for (const part of parts) {
      const text = html(LARGE, part);
      const lists = markedLists(text);
      expect(lists.filter((l) => l.kind === 'letters'), part).toHaveLength(1);
      terms += lists.find((l) => l.kind === 'terms')!.items;
      expect(text, part).toMatch(/aria-current="page"[^>]*>[A-Z#]/);
    }
    expect(terms).toBe(LARGE_GLOSSARY);
    // The smaller site's glossary stays one page.
    expect(pagesOf(SMALL).filter((p: string) => p.startsWith('glossary/'))).toEqual(['glossary/index.html']);
  });

  test('links to a term lead to its letter’s page (the build’s link check saw every one resolve)', () => {
    const linked = pagesOf(LARGE)
      .filter((p: string) => !p.startsWith('glossary/'))
      .flatMap((p: string) => [...html(LARGE, p).matchAll(/href="\/glossary\/([^"]*)"/g)].map((m) => m[1]!));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((h) => h.startsWith('#'))).toEqual([]);
    expect(linked.every((h) => /^(?:[a-z]+\/#[a-z0-9-]+)?$/.test(h))).toBe(true);
  });
});
