import { describe, expect, test } from 'vitest';
import { isHashedSearchFile, isLeftToNetwork, isSearchFile, pagesCacheName, shortTitle, stalePagesCaches } from '../../src/lib/offline/caches';
import { PRECACHED_PAGES, pageAddress, precacheGlobs } from '../../src/lib/offline/precache';
import { MAIN_NAV } from '../../src/lib/navigation';

describe('what is precached', () => {
  test('the home page, every section of the navigation, search and the offline page', () => {
    expect(PRECACHED_PAGES).toContain('');
    for (const item of MAIN_NAV) expect(PRECACHED_PAGES).toContain(item.path);
    expect(PRECACHED_PAGES).toEqual(expect.arrayContaining(['search/', 'offline/']));
    expect(new Set(PRECACHED_PAGES).size).toBe(PRECACHED_PAGES.length);
  });
  test('pages are globbed as their index.html, with the CSS, JavaScript, manifest and icons', () => {
    const globs = precacheGlobs();
    expect(globs).toEqual(expect.arrayContaining(['index.html', 'cases/index.html', 'offline/index.html', '_astro/**/*.{css,js}', 'manifest.webmanifest', 'icons/*.png']));
  });
  test('a page is kept under the address readers open, at the root and under a base path', () => {
    expect(pageAddress('/index.html')).toBe('/');
    expect(pageAddress('/portal/index.html')).toBe('/portal/');
    expect(pageAddress('/portal/cases/index.html')).toBe('/portal/cases/');
    expect(pageAddress('/portal/_astro/x.css')).toBe('/portal/_astro/x.css');
    expect(pageAddress('/portal/reindex.html')).toBe('/portal/reindex.html');
  });
});

describe('caches', () => {
  test('the embeddable charts are left to the network; every other page may be kept', () => {
    expect(isLeftToNetwork('embed/guangdong-liangzhangwang-2023/coverage/')).toBe(true);
    expect(isLeftToNetwork('data/guangdong-liangzhangwang-2023/')).toBe(false);
    expect(isLeftToNetwork('')).toBe(false);
    expect(isLeftToNetwork('cases/embed-x/')).toBe(false);
  });
  test('pages of other builds are stale; the search index and other caches are not', () => {
    const names = [pagesCacheName('aaa'), pagesCacheName('bbb'), 'liangxin-search', 'workbox-precache-v2-http://x/'];
    expect(stalePagesCaches(names, 'bbb')).toEqual([pagesCacheName('aaa')]);
  });
  test('Pagefind chunks and metadata are named by content; its entry, script and WebAssembly are not', () => {
    expect(isHashedSearchFile('pagefind/index/zh-cn_06afb9d.pf_index')).toBe(true);
    expect(isHashedSearchFile('pagefind/fragment/zh-cn_1a2b3c.pf_fragment')).toBe(true);
    expect(isHashedSearchFile('pagefind/filter/zh-cn_1a2b3c.pf_filter')).toBe(true);
    expect(isHashedSearchFile('pagefind/pagefind.zh-cn_c6812c6b743e1.pf_meta')).toBe(true);
    // A page bundle's chunks (pagefind/<n>/), merged in the browser.
    expect(isHashedSearchFile('pagefind/3/index/und_06afb9d.pf_index')).toBe(true);
    expect(isHashedSearchFile('pagefind/12/pagefind.und_c6812c6b743e1.pf_meta')).toBe(true);
    for (const p of ['pagefind/pagefind-entry.json', 'pagefind/3/pagefind-entry.json', 'pagefind/bundles.json', 'pagefind/pagefind.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-worker.js']) {
      expect(isHashedSearchFile(p)).toBe(false);
      expect(isSearchFile(p)).toBe(true);
    }
    expect(isSearchFile('cases/pagefind/')).toBe(false);
  });
  test('a kept page is listed by its own title', () => {
    expect(shortTitle('临浦镇 · 两新党建知识库与政策门户')).toBe('临浦镇');
    expect(shortTitle('两新党建知识库与政策门户')).toBe('两新党建知识库与政策门户');
  });
});

describe('the web editor', () => {
  test('admin/ and everything below it belongs to the editor, which the worker leaves alone; nothing else does', () => {
    for (const path of ['admin', 'admin/', 'admin/decap/decap-cms.js', 'admin/index.html']) expect(isLeftToNetwork(path), path).toBe(true);
    for (const path of ['', 'administration/', 'cases/admin/', '_astro/admin.js', 'search/']) expect(isLeftToNetwork(path), path).toBe(false);
  });
});
