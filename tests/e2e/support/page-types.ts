/**
 * One page of each kind the site has, read from the built sitemap: the home page, each list (and a
 * list by name, a filter page), one entry of each collection, the glossary, the data pages, search
 * with results, the 长者模式 and about pages, the 404 page and the offline page. For checks that must
 * hold on every page type (reflow, text size) without sweeping every page.
 */
import { sitemapPaths } from './site';

export function pageTypes(distDir: string, basePath: string): string[] {
  const paths = sitemapPaths(distDir, basePath);
  const first = (pattern: RegExp) => {
    const found = paths.find((p) => pattern.test(p) && !/\/(page|by-name)\//.test(`/${p}`));
    if (!found) throw new Error(`no page in the sitemap matches ${pattern}`);
    return found;
  };
  return [
    '',
    'cases/',
    'cases/by-name/',
    first(/^cases\/[^/]+\/[^/]+\/$/),
    first(/^cases\/[^/]+\/$/),
    'policies/',
    first(/^policies\/[^/]+\/$/),
    'program/',
    first(/^program\/[^/]+\/$/),
    'methods/',
    first(/^methods\/[^/]+\/$/),
    'glossary/',
    'reports/',
    first(/^reports\/[^/]+\/$/),
    'data/',
    'data/guangdong-liangzhangwang-2023/',
    first(/^data\/(?!guangdong)[^/]+\/$/),
    `search/?q=${encodeURIComponent('楼宇党建')}`,
    'about/',
    'text-size/',
    'offline/',
    'no-such-page/',
  ];
}
