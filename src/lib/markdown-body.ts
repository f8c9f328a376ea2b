/**
 * Checks of a Markdown/MDX body before Astro compiles it:
 * - MDX that does not parse (an editor's `<` or `{` in running text);
 * - MDX that is code rather than content, and HTML or URLs the site must not carry
 *   (`src/lib/safety/body-rules.ts`: no `import`/`export`, no `{expressions}`, only the allowed
 *   components with literal props, no `set:html`, no scripts, frames, `<meta>`, event handlers or
 *   `style`, no `javascript:`/`vbscript:`/`data:` links — in `.md` raw HTML too);
 * - `**` that would hide two masking stars (`src/lib/safety/masks.ts`; a warning);
 * - lists or quotes nested so deep that parsing them would take minutes (`src/lib/safety/nesting.ts`),
 *   found before any parser runs;
 * - links to the site's own entries that will not exist (`src/lib/site-links.ts`), when the caller
 *   knows which entries there are.
 * Each problem has its line, column, what was written and the fix.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { FileProblem } from './problems';
import { findUnsafe } from './safety/body-rules';
import { quoteConstruct } from './safety/excerpt';
import { walk, type MdNode } from './safety/mdast';
import { literalMasks, maskWarnings } from './safety/masks';
import { deepNesting, MAX_NESTING } from './safety/nesting';
import { mayHaveBrokenSiteLink, siteLinkProblem, type SitePages } from './site-links';


const processors = {
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm] }),
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }),
};

/** HTML, or a character reference, or `**` wedged between Han characters or digits. */
const HTML_OR_WEDGED = /[<&]|[\p{Script=Han}\p{Nd}]\*\*[\p{Script=Han}\p{Nd}]/u;

/**
 * Whether a Markdown body can break a rule at all: raw HTML and autolinks need a `<`, a URL with
 * a scheme other than http(s) needs a `:` (or `&#58;`, `&colon;` — an `&`), and the masking
 * warning needs `**` between two Han characters or digits. Most bodies have none of these.
 */
export function mayBreakRules(text: string): boolean {
  return HTML_OR_WEDGED.test(text) || text.replace(/https?:\/\//gi, '').includes(':');
}

/** Links and link definitions to the site's own entries that will not exist, at their positions. */
function brokenSiteLinks(tree: MdNode, pages: SitePages): FileProblem[] {
  const problems: FileProblem[] = [];
  walk(tree, (node) => {
    if ((node.type !== 'link' && node.type !== 'definition') || !node.url) return;
    const problem = siteLinkProblem(node.url, pages);
    if (problem) problems.push({ line: node.position?.start.line, column: node.position?.start.column, ...problem });
  });
  return problems;
}

/**
 * Problems in the body of a content file. `text` is the whole file with the frontmatter lines
 * blanked, so that positions are the file's own lines. With `pages` (the entries the site will
 * have), links to the site's own entries are checked too.
 */
export async function checkBody(text: string, format: 'md' | 'mdx', pages?: SitePages): Promise<FileProblem[]> {
  const deep = deepNesting(text);
  if (deep) {
    const line = text.split('\n')[deep.line - 1]!;
    return [
      {
        line: deep.line,
        column: 1,
        message: `这一行的列表或引用嵌套了 ${deep.depth} 层（“${quoteConstruct(line, 40)}”），超过了 ${MAX_NESTING} 层的上限：没有人能读这样的页面，构建程序解析它也要好几分钟。`,
        fix: '改成普通段落，或不超过三四层的列表；如果是误粘贴的内容，请删除。',
      },
    ];
  }
  // MDX is always parsed: `{` alone can break it. Markdown is parsed (about 1–2 ms a page, 10–20 s
  // at 10,000 pages) only where it could break a rule; see `mayBreakRules`.
  if (format === 'md' && !mayBreakRules(text) && !(pages && mayHaveBrokenSiteLink(text, pages))) return [];
  let tree: MdNode;
  try {
    tree = processors[format].parse(text) as MdNode;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return [
      {
        line: e.line,
        column: e.column,
        message: `MDX 写法有误，${e.column ? `第 ${e.column} 个字符附近` : '这里'}无法解析。（MDX 解析器的原话：${e.reason ?? e.message}）`,
        fix:
          'MDX 中 < 和 { 有特殊含义：正文里要写这两个字符本身，请写成 \\< 和 \\{；' +
          '如果不需要 MDX 的功能，把文件扩展名改成 .md 即可。',
      },
    ];
  }
  const problems: FileProblem[] = findUnsafe(tree, text).map((f) => ({ ...f }));
  literalMasks(tree, text);
  problems.push(...maskWarnings(tree, text));
  if (pages) problems.push(...brokenSiteLinks(tree, pages));
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
