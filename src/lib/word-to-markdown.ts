/**
 * A Word document (.docx) as Markdown, with the fields its text gives: mammoth reads the document
 * (paragraphs, Word's heading styles, lists, tables, bold, links), the unified tools turn its HTML
 * into GitHub-flavoured Markdown (tables as GFM tables), and `src/lib/document-fields.ts`
 * recognises the parts of an official document in between: the 发文机关标志, 发文字号, title,
 * 主送机关, 署名 and 成文日期 become fields; numbered lines become headings (一、→ ##, （一）→ ###,
 * 1. → ####; a run-in （1） lead is set in bold; bold inside a sentence is written `<strong>`).
 *
 * Nothing is dropped silently: pictures are skipped with a warning naming where they were, and every
 * paragraph of the document's plain text (mammoth's `extractRawText`) must be found in the result —
 * in the body or in a field — or a warning quotes it.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { dateOf, docNumberLine, endsLikeTitle, headingLevel, issuerFromMark, looksLikeSignature, looksLikeTitle, recipientsOf, splitHeading } from './document-fields';
import type { FileProblem } from './problems';
import { displayWidth } from './text-width';

/** What the document's text gives, in the terms of a policy; the importer maps them to a collection's fields. */
export type DocumentFields = {
  title?: string;
  issuer?: string;
  docNumber?: string;
  recipients?: string;
  /** 成文日期, ISO. */
  date?: string;
};

export type WordConversion = {
  markdown: string;
  fields: DocumentFields;
  /** The paragraphs taken out of the body into fields, for the editor to see what went where. */
  taken: { field: keyof DocumentFields | 'mark'; text: string }[];
  /** Pictures skipped, merged table cells, links left as text, text that may be missing. */
  warnings: FileProblem[];
};

/** Word's Title style (English and Chinese names) is the title; mammoth maps Heading 1–6 itself. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

const isElement = (n: RootContent | ElementContent | undefined): n is Element => n?.type === 'element';
const el = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
const txt = (value: string): Text => ({ type: 'text', value });

/** The text of a node, with `<br>` as a line break. */
function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (!isElement(node)) return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** A block's text on one line: a title broken over two lines in Word is one title. */
const oneLine = (node: Element) => textOf(node).replace(/\s*\n\s*/g, '').trim();

const short = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The fields at the top of the document: 发文机关标志, 发文字号, title, 主送机关 (each at most once). */
function takeHead(blocks: Element[], conv: WordConversion): Set<Element> {
  const used = new Set<Element>();
  let mark: string | undefined;
  for (let i = 0; i < Math.min(blocks.length, 8); i++) {
    const block = blocks[i]!;
    const text = oneLine(block);
    if (!text) continue;
    if (!mark && !conv.fields.title && issuerFromMark(text)) {
      mark = issuerFromMark(text);
      conv.taken.push({ field: 'mark', text });
    } else if (!conv.fields.docNumber && docNumberLine(text)) {
      conv.fields.docNumber = docNumberLine(text);
      conv.taken.push({ field: 'docNumber', text });
    } else if (!conv.fields.title && (block.tagName === 'h1' || looksLikeTitle(text))) {
      // A title Word broke into two paragraphs: the second ends like a title.
      const next = blocks[i + 1];
      const joined = next && !endsLikeTitle(text) && next.tagName === 'p' ? `${text}${oneLine(next)}` : undefined;
      if (joined && endsLikeTitle(joined) && joined.length <= 80) {
        used.add(next!);
        i++;
        conv.fields.title = joined;
      } else conv.fields.title = text;
      conv.taken.push({ field: 'title', text: conv.fields.title });
    } else if (conv.fields.title && !conv.fields.recipients && recipientsOf(text)) {
      conv.fields.recipients = recipientsOf(text);
      conv.taken.push({ field: 'recipients', text });
    } else if (conv.fields.title || i >= 3) break;
    else continue;
    used.add(block);
  }
  if (mark) conv.fields.issuer = mark;
  return used;
}

/** The 成文日期 near the end (after it only short lines such as 附注 or 印发), and the 署名 above it. */
function takeTail(blocks: Element[], conv: WordConversion, used: Set<Element>) {
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 6); i--) {
    const block = blocks[i]!;
    if (used.has(block) || block.tagName !== 'p') return;
    const lines = textOf(block).split('\n').map((l) => l.trim()).filter(Boolean);
    const date = lines.length > 0 ? dateOf(lines.at(-1)!) : undefined;
    if (!date) {
      if (oneLine(block).length > 40) return;
      continue;
    }
    conv.fields.date = date;
    conv.taken.push({ field: 'date', text: lines.at(-1)! });
    used.add(block);
    // The 署名: the lines above the date in the same paragraph, or the paragraph above.
    const signature = lines.length > 1 ? lines.slice(0, -1).join('') : blocks[i - 1] && !used.has(blocks[i - 1]!) ? oneLine(blocks[i - 1]!) : '';
    if (looksLikeSignature(signature)) {
      conv.fields.issuer = signature;
      conv.taken.push({ field: 'issuer', text: signature });
      if (lines.length === 1) used.add(blocks[i - 1]!);
    }
    return;
  }
}

/** Headings from numbered lines (GB/T 9704) and from Word's heading styles; the rest as it is. */
function structure(block: Element): Element[] {
  const text = oneLine(block);
  const heading = /^h[1-6]$/.test(block.tagName);
  if (block.tagName !== 'p' && !heading) return [block];
  const level = headingLevel(text);
  if (level && level <= 3) {
    const split = splitHeading(text);
    if (split) return [el(`h${level + 1}`, [txt(split.heading)]), ...(split.rest ? [el('p', [txt(split.rest)])] : [])];
  }
  if (level === 4 && !heading) {
    const split = splitHeading(text);
    // A run-in （1） lead in bold; its full stop outside the bold, so Markdown closes it.
    if (split?.rest) return [el('p', [el('strong', [txt(split.heading)]), txt(`${split.stop}${split.rest}`)])];
  }
  if (heading) return [el(`h${Math.min(6, Number(block.tagName[1]) + 1)}`, [txt(text)])];
  return [block];
}

/** Pictures, links that would not work, merged cells: cleaned from the tree, each with a warning. */
function clean(nodes: ElementContent[], conv: WordConversion, near: () => string) {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isElement(node)) continue;
    if (node.tagName === 'img') {
      const alt = String(node.properties.alt ?? '').trim();
      conv.warnings.push({
        message: `Word 文件里有一张图片${alt ? `（“${alt}”）` : ''}没有导入，位置在“${near()}”之后。`,
        fix: '图片里的文字请改写进正文；确实需要图片时，请联系网站维护人员。',
      });
      nodes.splice(i--, 1);
      continue;
    }
    if (node.tagName === 'a') {
      const href = String(node.properties.href ?? '');
      if (!/^(https?:|mailto:)/i.test(href)) {
        if (href && !href.startsWith('#')) conv.warnings.push({ message: `链接“${short(textOf(node))}”指向 ${short(href, 60)}，网页上打不开，只保留了文字。` });
        nodes.splice(i, 1, ...node.children);
        i--;
        continue;
      }
    }
    if ((node.tagName === 'td' || node.tagName === 'th') && (Number(node.properties.colSpan ?? 1) > 1 || Number(node.properties.rowSpan ?? 1) > 1)) {
      conv.warnings.push({ message: `表格里有合并的单元格（“${short(textOf(node))}”），Markdown 表格不能合并单元格，导入后已拆开。`, fix: '请对照原文核对这张表格。' });
      delete node.properties.colSpan;
      delete node.properties.rowSpan;
    }
    clean(node.children, conv, near);
  }
}

/**
 * A table's first row as its header, as Markdown tables have one (Word marks none), without the
 * bold Word's header rows are usually set in.
 */
function tableHeaders(node: Element) {
  if (node.tagName === 'table') {
    const firstRow = node.children.filter(isElement).flatMap((c) => (c.tagName === 'tr' ? [c] : c.children.filter(isElement)))[0];
    for (const cell of firstRow?.children.filter(isElement) ?? []) {
      cell.tagName = 'th';
      cell.children = cell.children.flatMap((c) => (isElement(c) && c.tagName === 'p' ? c.children : [c])).flatMap((c) => (isElement(c) && c.tagName === 'strong' ? c.children : [c]));
    }
  }
  node.children.filter(isElement).forEach(tableHeaders);
}


type MdNode = { type: string; value?: string; children?: MdNode[] };
const INLINE_HTML: Record<string, string> = { strong: 'strong', emphasis: 'em' };
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Bold (and italic) inside a Chinese sentence as `<strong>…</strong>`: Markdown's `**` between two
 * Chinese characters does not close (CommonMark's flanking rules), and the Markdown writer would
 * escape the neighbouring characters as `&#x4E4B;`; the content check would also ask whether the
 * stars are masked characters. At the start of a paragraph, `**要点**` stays Markdown.
 */
function inlineEmphasisAsHtml(node: MdNode) {
  node.children?.forEach((child, i) => {
    const tag = INLINE_HTML[child.type];
    if (tag && i > 0 && child.children?.every((c) => c.type === 'text')) {
      node.children![i] = { type: 'html', value: `<${tag}>${escapeHtml(child.children.map((c) => c.value).join(''))}</${tag}>` };
    } else inlineEmphasisAsHtml(child);
  });
}

/** Letters and digits only: how texts are compared for what may be missing. */
const essence = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

async function missingText(bytes: Buffer, kept: string): Promise<FileProblem[]> {
  const raw = await mammoth.extractRawText({ buffer: bytes });
  const found = essence(kept);
  return raw.value
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => essence(p).length >= 2 && !found.includes(essence(p)))
    .map((p) => ({ message: `Word 文件里的这段文字没有出现在导入结果中：“${short(p, 60)}”。`, fix: '请对照原文把它补进正文（可能在文本框、页眉页脚或批注里）。' }));
}

/** Converts a .docx (already known to be one) to Markdown and fields. */
export async function convertWord(input: Uint8Array): Promise<WordConversion> {
  const bytes = Buffer.from(input);
  let images = 0;
  const html = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      // mammoth passes the picture's alt text (its types do not declare it).
      convertImage: mammoth.images.imgElement(async (image) => ({ src: `#image-${++images}`, alt: (image as { altText?: string }).altText ?? '' })),
    },
  );
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html.value) as Root;
  const conv: WordConversion = { markdown: '', fields: {}, taken: [], warnings: [] };
  const blocks = tree.children.filter(isElement).filter((b) => b.tagName === 'img' || textOf(b).trim() || b.tagName === 'table' || JSON.stringify(b).includes('"img"'));
  const used = takeHead(blocks, conv);
  takeTail(blocks, conv, used);

  const body: Element[] = [];
  for (const block of blocks) if (!used.has(block)) body.push(...structure(block));
  let last = '';
  const root: Root = { type: 'root', children: [] };
  for (const block of body) {
    clean([block], conv, () => short(last || '文件开头'));
    if (textOf(block).trim() || block.tagName === 'table') {
      tableHeaders(block);
      root.children.push(block);
      last = block.tagName === 'table' ? '表格' : oneLine(block) || last;
    }
  }
  const mdast = await unified().use(rehypeRemark).run(root);
  inlineEmphasisAsHtml(mdast as MdNode);
  conv.markdown = unified()
    .use(remarkGfm, { stringLength: displayWidth })
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-' })
    .stringify(mdast as never)
    .trim();
  const kept = [...root.children.map(textOf), ...conv.taken.map((t) => t.text)].join('');
  conv.warnings.push(...(await missingText(bytes, kept)));
  return conv;
}
