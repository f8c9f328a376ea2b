/**
 * Share cards as WeChat's link preview reads them: the HTML fetched once, without running any
 * script, with WeChat's user agent — the Open Graph tags present, their text the entry's own, their
 * addresses on the public URL, and the image at `og:image` reachable as a PNG of the size announced.
 * Every other page has its card too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { entryData } from './support/content';
import { pngSize, readHead } from './support/page-head';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const base = inject('basePath');
const SITE = process.env.SITE_URL!;
const pub = (path: string) => new URL(`${base}${path}`, SITE).href;
/** The public address served by the test server instead. */
const local = (address: string) => address.replace(new URL(SITE).origin, new URL(baseUrl).origin);
const WECHAT = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 MicroMessenger/8.0.50';

describe('share cards', () => {
  test('a case page, fetched as WeChat fetches it, has its card and a reachable image', async () => {
    const response = await fetch(new URL('cases/linpu-quanfugai/', baseUrl), { headers: { 'user-agent': WECHAT } });
    expect(response.status).toBe(200);
    const og = readHead(await response.text()).properties;
    const d = entryData('cases', 'linpu-quanfugai');
    expect(og).toMatchObject({
      'og:title': d.title,
      'og:description': d.summary,
      'og:type': 'article',
      'og:url': pub('cases/linpu-quanfugai/'),
      'og:locale': 'zh_CN',
      'og:site_name': '两新党建知识库与政策门户',
      'og:image': pub('share.png'),
      'og:image:type': 'image/png',
      'article:section': '典型案例',
    });
    const image = await fetch(local(og['og:image']!), { headers: { 'user-agent': WECHAT } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await image.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: Number(og['og:image:width']), height: Number(og['og:image:height']) });
    expect(bytes.length).toBeLessThan(300 * 1024);
  });

  test('every page has a card: title, description, type, zh_CN, and its canonical address as og:url', () => {
    const pages = (readdirSync(distDir, { recursive: true }) as string[]).filter((p) => p.endsWith('.html') && !p.startsWith('embed/'));
    const missing: string[] = [];
    for (const page of pages) {
      const h = readHead(readFileSync(join(distDir, page), 'utf8'));
      for (const p of ['og:title', 'og:description', 'og:type', 'og:locale']) if (!h.properties[p]) missing.push(`${page}: ${p}`);
      if (h.properties['og:description'] !== h.names.description) missing.push(`${page}: og:description is not the page's description`);
      const canonical = h.links.find((l) => l.rel === 'canonical')?.href;
      if (h.properties['og:url'] !== canonical) missing.push(`${page}: og:url ${h.properties['og:url']} is not the canonical ${canonical}`);
      if (canonical && h.properties['og:image'] !== pub('share.png')) missing.push(`${page}: og:image`);
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
