/**
 * Which built HTML files belong in the search index: every page except the 404 page and the
 * search page itself. The Pagefind integration compares this count with what Pagefind indexed.
 */

/** Paths relative to the output folder, with `/` separators: `404.html`, `search/index.html`. */
const NOT_INDEXED = new Set(['404.html', 'search/index.html']);

/** Whether a built file (path relative to dist/) should be in the search index. */
export function shouldBeIndexed(relativePath: string): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  return path.endsWith('.html') && !NOT_INDEXED.has(path) && !path.startsWith('pagefind/');
}

/** The message that stops the build when Pagefind indexed fewer pages than the site has. */
export function missingPagesMessage(expected: number, indexed: number, suspects: readonly string[]): string {
  const lines = [
    `搜索索引只收录了 ${indexed} 个页面，但网站有 ${expected} 个应当可搜索的页面（除 404 和 /search/ 外的全部页面）。`,
    '每个页面的正文应当放在 BaseLayout 的 data-pagefind-body 区域内（页面用 BaseLayout 且没有设 indexed={false}）。',
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
