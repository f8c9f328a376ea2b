/** What the built site contains, read from its output folder (never hard-coded). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every page the sitemap lists, as a path relative to the base (`''`, `cases/`, `cases/x/`):
 * `sitemap-index.xml` → `sitemap-N.xml` → `<loc>`.
 */
export function sitemapPaths(distDir: string, basePath: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const strip = (p: string) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, ''));
  return locs(index).flatMap((sitemap) => locs(readFileSync(join(distDir, strip(sitemap)), 'utf8')).map(strip));
}
