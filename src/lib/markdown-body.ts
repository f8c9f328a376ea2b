/**
 * Checks of a Markdown/MDX body before Astro compiles it: MDX that does not parse (an editor's `<`
 * or `{` in running text), and embedded HTML the site must not carry — scripts, styles, frames,
 * event handlers, `javascript:` links, `style` attributes (the Content-Security-Policy would block
 * them; a pasted web snippet should not run on the portal).
 */
import { compile, createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { LineProblem } from './frontmatter';

type Node = {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta'];

function unsafeInHtml(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<\s*([a-zA-Z][\w-]*)/g)) {
    const tag = m[1]!.toLowerCase();
    if (FORBIDDEN_ELEMENTS.includes(tag)) found.push(`<${tag}> 元素`);
  }
  for (const m of html.matchAll(/\s(on[a-z]+)\s*=/gi)) found.push(`${m[1]} 事件属性`);
  if (/\sstyle\s*=/i.test(html)) found.push('style 属性（行内样式）');
  if (/(href|src|action)\s*=\s*["']?\s*javascript:/i.test(html)) found.push('javascript: 链接');
  return found;
}

function unsafeInJsx(node: Node): string[] {
  const found: string[] = [];
  const name = (node.name ?? '').toLowerCase();
  if (FORBIDDEN_ELEMENTS.includes(name)) found.push(`<${name}> 元素`);
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    if (/^on[a-z]/i.test(attr.name)) found.push(`${attr.name} 事件属性`);
    if (attr.name === 'style') found.push('style 属性（行内样式）');
    if (typeof attr.value === 'string' && /^\s*javascript:/i.test(attr.value)) found.push('javascript: 链接');
  }
  return found;
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  node.children?.forEach((c) => walk(c, visit));
}

const UNSAFE_FIX =
  '本站正文不允许嵌入脚本、样式、框架页面和事件代码（浏览器的安全策略会拦截它们，从网页复制来的这类代码也可能带来安全风险）。请删除这段 HTML，只用 Markdown 书写；需要展示代码请放进 ``` 代码块。';

/**
 * Problems in the body of a content file. `text` is the whole file with the frontmatter lines
 * blanked, so that positions are the file's own lines.
 */
export async function checkBody(text: string, format: 'md' | 'mdx'): Promise<LineProblem[]> {
  // Markdown holds HTML only where it has a `<`: without one there is nothing to find, and parsing
  // (about 1.6 ms a page, 16 s at 10,000 pages) can be skipped. MDX is always parsed: `{` alone
  // can break it.
  if (format === 'md' && !text.includes('<')) return [];
  const problems: LineProblem[] = [];
  let tree: Node;
  try {
    tree = createProcessor({ format, remarkPlugins: [remarkGfm] }).parse(text) as Node;
    if (format === 'mdx') await compile(text, { format: 'mdx', remarkPlugins: [remarkGfm] });
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return [
      {
        line: e.line,
        message:
          `MDX 写法有误，${e.column ? `第 ${e.column} 个字符附近` : '这里'}无法解析。` +
          'MDX 中 < 和 { 有特殊含义：正文里要写这两个字符本身，请写成 \\< 和 \\{；' +
          `如果不需要 MDX 的功能，把文件扩展名改成 .md 即可。（MDX 解析器的原话：${e.reason ?? e.message}）`,
      },
    ];
  }
  walk(tree, (node) => {
    const found =
      node.type === 'html' && node.value
        ? unsafeInHtml(node.value)
        : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
          ? unsafeInJsx(node)
          : [];
    if (found.length > 0) {
      problems.push({ line: node.position?.start.line, message: `正文里有 ${[...new Set(found)].join('、')}。${UNSAFE_FIX}` });
    }
  });
  return problems;
}
