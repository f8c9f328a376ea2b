/**
 * Which HTML content may carry, in a `.md` body or as a lower-case element in MDX: an allowlist of
 * elements for text, lists, tables and figures, each with the attributes it may have. Everything
 * else is refused with its reason: elements that run code, load another page or change the page
 * itself (`<script>`, `<iframe>`, `<meta>`, `<style>`, `<base>`, `<form>` …), event handlers
 * (`on…`), inline styles (`style`), attributes the site's own markup uses (`id`, `class`, which
 * could hide text or clash with the page's own elements), and script-capable URLs.
 *
 * HTML strings are read with parse5 (the parser the Markdown pipeline itself uses), not with
 * regular expressions: what it sees is what a browser builds.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { unsafeUrl, unsafeUrlText } from './urls';

/** Attributes every allowed element may have. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** Allowed elements and their own attributes. */
const HTML_ELEMENTS: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes holding a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'srcset', 'ping']);

/** Why a refused element is refused, for the ones an editor is likely to paste. */
const ELEMENT_REASONS: Record<string, string> = {
  script: '会运行代码',
  noscript: '只在关闭脚本时显示，本站不用',
  style: '会改变整个页面的样式',
  link: '会引入别的文件',
  meta: '会改变整个页面（例如自动跳转到别的网站）',
  base: '会改变页面里所有链接的指向',
  iframe: '会嵌入别的网页',
  frame: '会嵌入别的网页',
  frameset: '会嵌入别的网页',
  object: '会嵌入插件或别的网页',
  embed: '会嵌入插件或别的网页',
  applet: '会嵌入插件',
  form: '会把读者填写的内容发到别处',
  input: '是表单控件',
  button: '是表单控件',
  textarea: '是表单控件',
  select: '是表单控件',
  svg: '可以携带脚本和链接',
  math: '可以携带链接',
  template: '内容不显示',
  video: '会加载外部媒体',
  audio: '会加载外部媒体',
  h1: '每页只有一个一级标题（页面标题由文件头的 title 生成）',
};

type HtmlFinding = {
  /** 1-based line and column inside the HTML string. */
  line: number;
  column: number;
  /** The construct as written: `<script>`, `onclick="…"`. */
  construct: string;
  message: string;
  fix: string;
};

const FIX_ELEMENT =
  '删除这段 HTML，改用 Markdown 书写（标题用 ##，列表用 -，表格用 | 分隔）；要展示代码请放进 ``` 代码块。';

/** The problems of one element (name lower-cased) with its attributes, at `line`/`column`. */
export function checkElement(
  name: string,
  attributes: readonly { name: string; value: string | null; line: number; column: number }[],
  line: number,
  column: number,
): HtmlFinding[] {
  const tag = name.toLowerCase();
  const allowed = HTML_ELEMENTS[tag];
  if (!allowed) {
    const reason = ELEMENT_REASONS[tag];
    return [
      {
        line,
        column,
        construct: `<${name}>`,
        message: `正文里有 <${name}> 元素${reason ? `，它${reason}` : '，它不在本站正文允许的 HTML 元素之列'}。`,
        fix: tag === 'h1' ? '改用二级标题 ## 。' : FIX_ELEMENT,
      },
    ];
  }
  const findings: HtmlFinding[] = [];
  for (const attr of attributes) {
    const attrName = attr.name.toLowerCase();
    const shown = attr.value === null ? attr.name : `${attr.name}=${JSON.stringify(attr.value.length > 40 ? `${attr.value.slice(0, 39)}…` : attr.value)}`;
    const at = { line: attr.line, column: attr.column, construct: shown };
    if (/^on/.test(attrName)) {
      findings.push({ ...at, message: `<${name}> 的 ${shown} 是事件属性，会运行代码，正文里不允许。`, fix: '删除这个属性。' });
    } else if (attrName === 'style') {
      findings.push({
        ...at,
        message: `<${name}> 的 ${shown} 是行内样式（style 属性），本站的安全策略会拦截它，正文里不允许。`,
        fix: '删除 style 属性；要强调请用 **加粗**。',
      });
    } else if (URL_ATTRIBUTES.has(attrName) && attr.value !== null && unsafeUrl(attr.value)) {
      const text = unsafeUrlText(attr.value, unsafeUrl(attr.value)!, `<${name}> 的 ${attr.name} 属性`);
      findings.push({ ...at, ...text });
    } else if (!GLOBAL_ATTRIBUTES.includes(attrName) && !allowed.includes(attrName)) {
      const may = [...allowed, ...GLOBAL_ATTRIBUTES].join('、');
      findings.push({
        ...at,
        message: `<${name}> 的属性 ${attr.name} 不在允许之列（${attrName === 'id' || attrName === 'class' || attrName === 'classname' ? '它会与页面本身的元素冲突或把文字藏起来' : `<${name}> 只能有 ${may}`}）。`,
        fix: `删除属性 ${attr.name}。`,
      });
    }
  }
  return findings;
}

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Element = DefaultTreeAdapterMap['element'];

/** Every problem in an HTML string (a raw-HTML block or inline tag of a Markdown body). */
export function checkHtml(html: string): HtmlFinding[] {
  const findings: HtmlFinding[] = [];
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const visit = (node: Parse5Node) => {
    if ('tagName' in node) {
      const el = node as Parse5Element;
      const loc = el.sourceCodeLocation;
      // parse5 adds elements the HTML did not write (implied <tbody>, …): those have no location.
      if (loc) {
        const attributes = el.attrs.map((a) => {
          const full = a.prefix ? `${a.prefix}:${a.name}` : a.name;
          const at = loc.attrs?.[a.name] ?? loc.startTag ?? loc;
          return { name: full, value: a.value, line: at.startLine, column: at.startCol };
        });
        // The name as written: parse5 lower-cases it.
        const written = html.slice(loc.startOffset + 1, loc.startOffset + 1 + el.tagName.length);
        findings.push(...checkElement(written || el.tagName, attributes, loc.startLine, loc.startCol));
      }
      if (el.tagName === 'template') visit((el as DefaultTreeAdapterMap['template']).content as Parse5Node);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child as Parse5Node);
  };
  visit(fragment as Parse5Node);
  return findings;
}
