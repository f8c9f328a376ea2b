/**
 * Which built HTML files belong in the search index: every page except the 404 page, the search
 * page, and pages that BaseLayout renders with `indexed={false}` (marked `data-search-excluded`,
 * e.g. the filtered lists, which repeat entries found elsewhere). The Pagefind integration
 * compares this count with what Pagefind indexed.
 */

/** Paths relative to the output folder, with `/` separators: `404.html`, `search/index.html`. */
const NOT_INDEXED = new Set(['404.html', 'search/index.html']);

/** The attribute BaseLayout puts on a page that is left out of the index on purpose. */
const EXCLUDED_MARKER = 'data-search-excluded';

/** Whether a built file (path relative to dist/, and its HTML) should be in the search index. */
export function shouldBeIndexed(relativePath: string, html = ''): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  return path.endsWith('.html') && !NOT_INDEXED.has(path) && !path.startsWith('pagefind/') && !html.includes(EXCLUDED_MARKER);
}

/**
 * The `<meta>` elements that tell Pagefind a page's filters and result data, whatever the order of
 * their attributes (BaseLayout writes `name` first: `<meta name="pagefind-filter:地区" data-pagefind-filter=…>`).
 */
const PAGEFIND_META = /<meta\b[^>]*\sdata-pagefind-(?:meta|filter|sort)=[^>]*>/g;

/**
 * What Pagefind needs of a built page, and nothing else: `<html lang>`, the `<meta>` elements of
 * its filters and result data, and the element marked `data-pagefind-body` (BaseLayout's last
 * element in `<main>`). Header, navigation, footer, styles and scripts are left out, so Pagefind
 * parses a third of the bytes and indexes the same words. `undefined` when the page has no such
 * element (it is then given whole, and Pagefind leaves it out, which the build reports).
 */
export function indexedPart(html: string): string | undefined {
  const start = html.indexOf('<div data-pagefind-body');
  const mainEnd = html.lastIndexOf('</main>');
  const end = html.lastIndexOf('</div>', mainEnd);
  const lang = /<html\b[^>]*>/.exec(html)?.[0];
  if (start < 0 || end < start || !lang) return undefined;
  const meta = html.slice(0, html.indexOf('</head>')).match(PAGEFIND_META) ?? [];
  return `<!doctype html>${lang}<head>${meta.join('')}</head><body>${html.slice(start, end + '</div>'.length)}</body></html>`;
}

/** The message that stops the build when Pagefind indexed fewer pages than the site has. */
export function missingPagesMessage(expected: number, indexed: number, suspects: readonly string[]): string {
  const lines = [
    `搜索索引只收录了 ${indexed} 个页面，但网站有 ${expected} 个应当可搜索的页面（除 404、/search/ 和设了 indexed={false} 的页面外的全部页面）。`,
    '每个页面都应使用 BaseLayout，正文才会放在它的 data-pagefind-body 区域内；有意不收录的页面请给 BaseLayout 设 indexed={false}。',
  ];
  if (suspects.length > 0) {
    lines.push(`以下页面没有 data-pagefind-body：\n${suspects.map((s) => `  - ${s}`).join('\n')}`);
  }
  return lines.join('\n');
}

/** The language of every page (`<html lang="zh-CN">`), as Pagefind names its index. */
export const SITE_LANGUAGE = 'zh-cn';

/** `pagefind/pagefind-entry.json`, as far as the build checks it. */
export type PagefindEntry = { languages: Record<string, { page_count: number }> };

/** Pages per language index, from Pagefind's entry file. */
export function indexedCounts(entry: PagefindEntry): { language: string; pages: number }[] {
  return Object.entries(entry.languages ?? {}).map(([language, { page_count }]) => ({ language, pages: page_count }));
}

/** The message that stops the build when some pages were indexed under another language. */
export function wrongLanguageMessage(foreign: readonly { language: string; pages: number }[]): string {
  const list = foreign.map((f) => `${f.language}：${f.pages} 个页面`).join('；');
  return `有页面没有标注 <html lang="zh-CN">，搜索中文时找不到它们（${list}）。每个页面都应使用 BaseLayout。`;
}
