/**
 * The structured data (JSON-LD) of the built pages, as a search engine reads it: every node on
 * every page is schema.org data (types, properties, ranges: support/schema-org.ts); a case is an
 * Article, a policy whose text is held a Legislation and one known only from a mention an Article
 * about it, a dataset a Dataset that meets Google's Dataset requirements, with downloads that
 * answer; every page below the home page that search engines may index has its breadcrumbs. Each
 * value is compared with the entry's own fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { entryData } from './support/content';
import { nodeOfType, readHead } from './support/page-head';
import { googleBreadcrumbProblems, googleDatasetProblems, schemaOrgProblems } from './support/schema-org';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const base = inject('basePath');
const SITE = process.env.SITE_URL!;
/** The public address of a page, as the build writes it. */
const pub = (path: string) => new URL(`${base}${path}`, SITE).href;
const head = (path: string) => readHead(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
const pages = (readdirSync(distDir, { recursive: true }) as string[]).filter((p) => p.endsWith('.html')).sort();

describe('structured data', () => {
  test('every node on every page is schema.org data, and every indexable page below the home page has valid breadcrumbs', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const h = readHead(readFileSync(join(distDir, page), 'utf8'));
      problems.push(...h.jsonLd.flatMap((n) => schemaOrgProblems(n)).map((p) => `${page} ${p}`));
      const crumbs = nodeOfType(h, 'BreadcrumbList');
      // Breadcrumbs are for search results: not on pages kept out of them (404, offline, embeds).
      const below = page !== 'index.html' && !h.names.robots?.includes('noindex');
      if (below && !crumbs) problems.push(`${page}: no BreadcrumbList`);
      if (crumbs) problems.push(...googleBreadcrumbProblems(crumbs).map((p) => `${page} breadcrumbs: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  test('a case: an Article with its title, summary, address, source, place and breadcrumbs', () => {
    const d = entryData('cases', 'linpu-quanfugai');
    const h = head('cases/linpu-quanfugai');
    expect(nodeOfType(h, 'Article')).toMatchObject({
      headline: d.title,
      description: d.summary,
      articleSection: '典型案例',
      url: pub('cases/linpu-quanfugai/'),
      inLanguage: 'zh-CN',
      isBasedOn: [{ '@type': 'CreativeWork', url: pub('reports/hangzhou-gongjianyue-2011/') }],
      contentLocation: [{ '@type': 'Place', name: '临浦镇' }],
    });
    expect(nodeOfType(h, 'Article')).not.toHaveProperty('datePublished'); // the case has no 收录日期
    const crumbs = nodeOfType(h, 'BreadcrumbList')!.itemListElement as { name: string; item: string }[];
    expect(crumbs.map((c) => [c.name, c.item])).toEqual([
      ['首页', pub('')],
      ['典型案例', pub('cases/')],
      [d.title, pub('cases/linpu-quanfugai/')],
    ]);
  });

  test('a policy whose text is held: a Legislation with the fields the entry has', () => {
    const d = entryData('policies', 'shifanhua-gongcheng-2020');
    expect(d.text).toBe('full');
    const node = nodeOfType(head('policies/shifanhua-gongcheng-2020'), 'Legislation')!;
    expect(node).toMatchObject({ name: d.title, description: d.summary, url: pub('policies/shifanhua-gongcheng-2020/') });
    // Each legislation field is there exactly when the entry has its source field.
    expect(node.legislationDate).toBe(d.issuedAt);
    expect(node.legislationIdentifier).toBe(d.docNumber);
    expect((node.legislationPassedBy as { name?: string } | undefined)?.name).toBe(d.issuer);
    expect('legislationLegalForce' in node).toBe(d.status === '现行有效' || d.status === '已废止');
  });

  test('a policy known from a mention: an Article about the document, its masked 字号 left out', () => {
    const d = entryData('policies', 'feigong-shuangtongbu-shishi-fangan');
    expect(d.text).toBe('mention');
    expect(String(d.docNumber)).toContain('*');
    const article = nodeOfType(head('policies/feigong-shuangtongbu-shishi-fangan'), 'Article')!;
    expect(article.about).toMatchObject({ '@type': 'Legislation', name: d.title, legislationPassedBy: { name: d.issuer } });
    expect(article.about).not.toHaveProperty('legislationIdentifier');
    expect(article.about).not.toHaveProperty('url');
  });

  test('a dataset: a Dataset Google accepts, whose downloads answer with their types', async () => {
    const file = JSON.parse(readFileSync(join(distDir, 'data/hangzhou-gongjianyue-2011.json'), 'utf8')) as { title: string };
    const node = nodeOfType(head('data/hangzhou-gongjianyue-2011'), 'Dataset')!;
    expect(googleDatasetProblems(node)).toEqual([]);
    expect(node).toMatchObject({ name: file.title, url: pub('data/hangzhou-gongjianyue-2011/'), isBasedOn: { url: pub('reports/hangzhou-gongjianyue-2011/') } });
    expect(node).not.toHaveProperty('license'); // site.config.yaml gives none
    for (const d of node.distribution as { contentUrl: string; encodingFormat: string }[]) {
      const response = await fetch(d.contentUrl.replace(new URL(SITE).origin, new URL(baseUrl).origin));
      expect(response.status, d.contentUrl).toBe(200);
      expect(response.headers.get('content-type')).toContain(d.encodingFormat);
    }
    // Every dataset page meets the requirements.
    for (const page of pages.filter((p) => /^data\/[^/]+\/index\.html$/.test(p) && !p.startsWith('data/page'))) {
      const ds = nodeOfType(readHead(readFileSync(join(distDir, page), 'utf8')), 'Dataset');
      if (ds) expect(googleDatasetProblems(ds), page).toEqual([]);
    }
  });
});
