/**
 * The addresses a build writes come from its public URL (SITE_URL here, `url` of
 * site.config.yaml otherwise): canonical links, share cards, structured data, feeds and the
 * sitemap all point at it, and nothing anywhere in the output — pages, feeds, the sitemap, data
 * files, scripts, the compressed search index — names `localhost`. The build without a public URL
 * is checked in build-workbench.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { readHead } from './support/page-head';
import { filesContaining } from './support/scan';

const distDir = inject('distDir');
const base = inject('basePath');
const SITE = process.env.SITE_URL!;

describe('addresses', () => {
  test('no file of the build names localhost or the loopback address', () => {
    expect(filesContaining(distDir, 'localhost')).toEqual([]);
    expect(filesContaining(distDir, '127.0.0.1')).toEqual([]);
  });

  test('canonical links, share cards, structured data, feeds and the sitemap use the public URL', () => {
    const page = 'cases/linpu-quanfugai/';
    const address = new URL(`${base}${page}`, SITE).href;
    const head = readHead(readFileSync(join(distDir, page, 'index.html'), 'utf8'));
    expect(head.links.find((l) => l.rel === 'canonical')?.href).toBe(address);
    expect(head.properties['og:url']).toBe(address);
    expect(head.jsonLd.find((n) => n['@type'] === 'Article')?.url).toBe(address);
    expect(readFileSync(join(distDir, 'feeds/cases.xml'), 'utf8')).toContain(`<link>${address}</link>`);
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${address}</loc>`);
    // The embeddable charts are for other sites' frames, not for search engines.
    expect(sitemap).not.toContain('/embed/');
  });
});
