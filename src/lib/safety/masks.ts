/**
 * Masked numbers shown as written. The source documents hide undisclosed figures, dates and names
 * with `*` — `*年*月*日`, `〔*〕*号`, `广东省*市` — and Markdown reads a pair of such stars as
 * emphasis: text turns italic and the marks vanish. The rule, the same in the Markdown and the
 * MDX pipeline (`remarkLiteralMasks`) and in the content check:
 *
 *   a single `*` that touches a Han character, a digit or Chinese punctuation on either side of
 *   either delimiter is a mask and is shown literally, never as emphasis.
 *
 * `**加粗**` keeps its meaning (bold is written with two stars), and so does `*italic*` around
 * Latin text. The tree is repaired after parsing: each emphasis node the rule matches is replaced
 * by its two star characters, read from the source at the node's own positions, around its
 * unchanged children.
 *
 * What the rule cannot decide is two stars used as a mask (`**县`, two hidden characters): they
 * look exactly like bold. `maskWarnings` flags a `**` wedged between two Han characters or digits
 * (`字**字`), where this site's bold never stands — its bold opens a paragraph or list item.
 */
import type { MdNode } from './mdast';

/** Han characters, decimal digits (ASCII and full-width), Chinese punctuation and quotes. */
const MASK_NEIGHBOUR = /[\p{Script=Han}\p{Nd}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u00B7]/u;
/** For `**`: only Han characters and digits on both sides. */
const HAN_OR_DIGIT = /[\p{Script=Han}\p{Nd}]/u;

/** The character (code point) ending just before `offset`, or ''. */
function charBefore(source: string, offset: number): string {
  if (offset <= 0) return '';
  const low = source.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return source.slice(offset - 2, offset);
  return source.slice(offset - 1, offset);
}

/** The character (code point) starting at `offset`, or ''. */
function charAt(source: string, offset: number): string {
  const cp = source.codePointAt(offset);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

const touches = (pattern: RegExp, ...chars: string[]) => chars.some((c) => c !== '' && c !== '*' && pattern.test(c));

/** Whether an emphasis node is a pair of masking stars by the rule above. */
function isMaskPair(node: MdNode, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  if (source[start] !== '*' || source[end - 1] !== '*') return false;
  return touches(MASK_NEIGHBOUR, charBefore(source, start), charAt(source, start + 1), charBefore(source, end - 1), charAt(source, end));
}

function mergeText(children: MdNode[]): MdNode[] {
  const out: MdNode[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if (last && last.type === 'text' && child.type === 'text') {
      out[out.length - 1] = {
        type: 'text',
        value: (last.value ?? '') + (child.value ?? ''),
        ...(last.position && child.position ? { position: { start: last.position.start, end: child.position.end } } : {}),
      };
    } else out.push(child);
  }
  return out;
}

/**
 * Turns every emphasis of masking stars in `tree` back into the literal stars around its content.
 * `source` is the text the tree was parsed from (positions index into it). Returns how many pairs
 * were restored.
 */
export function literalMasks(tree: MdNode, source: string): number {
  let restored = 0;
  const repair = (node: MdNode) => {
    if (!node.children) return;
    node.children.forEach(repair);
    if (!node.children.some((c) => c.type === 'emphasis' && isMaskPair(c, source))) return;
    node.children = mergeText(
      node.children.flatMap((c) => {
        if (c.type !== 'emphasis' || !isMaskPair(c, source)) return [c];
        restored += 1;
        const { start, end } = c.position!;
        const star = (at: typeof start): MdNode => ({
          type: 'text',
          value: '*',
          position: { start: at, end: { line: at.line, column: at.column + 1, offset: at.offset! + 1 } },
        });
        const closer = { line: end.line, column: end.column - 1, offset: end.offset! - 1 };
        return [star(start), ...(c.children ?? []), star(closer)];
      }),
    );
  };
  repair(tree);
  return restored;
}

/** The remark plugin: masks shown as written, in `.md` and `.mdx` alike (astro.config.mjs). */
export function remarkLiteralMasks() {
  return (tree: object, file: { value?: unknown }) => {
    literalMasks(tree as MdNode, String(file.value ?? ''));
  };
}

type MaskWarning = { line: number; column: number; message: string; fix: string; severity: 'warning' };

/**
 * Stars that will still vanish after `literalMasks`: a `**` (bold) whose opening or closing
 * delimiter sits between two Han characters or digits, as two masked characters would (`**县`
 * inside a sentence). Run on a tree `literalMasks` has repaired.
 */
export function maskWarnings(tree: MdNode, source: string): MaskWarning[] {
  const warnings: MaskWarning[] = [];
  const visit = (node: MdNode) => {
    node.children?.forEach(visit);
    if (node.type !== 'strong') return;
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined || source[start.offset] !== '*') return;
    const width = 2;
    const delimiter = '**';
    const inner = source.slice(start.offset + width, end.offset - width);
    const wedged = (before: string, after: string) => touches(HAN_OR_DIGIT, before) && touches(HAN_OR_DIGIT, after);
    const at = wedged(charBefore(source, start.offset), charAt(source, start.offset + width))
      ? start
      : wedged(charBefore(source, end.offset - width), charAt(source, end.offset))
        ? { line: end.line, column: end.column - width }
        : undefined;
    if (!at) return;
    const shown = inner.length > 20 ? `${inner.slice(0, 19)}…` : inner;
    warnings.push({
      line: at.line,
      column: at.column,
      severity: 'warning',
      message: `这里的 ${delimiter} 夹在汉字或数字之间，会把“${shown}”显示为粗体，这两处星号本身不会显示。如果星号是原文隐去的字（每个 * 代表一个字），读者就看不到这里隐去了内容。`,
      fix: `如果是隐去的字，请在每个星号前加反斜杠，写成 \\*\\*；如果确实要加粗，本站的加粗放在段首或列表项开头（如 **要点。** 正文），也可以忽略这条提醒。`,
    });
  };
  visit(tree);
  return warnings;
}
