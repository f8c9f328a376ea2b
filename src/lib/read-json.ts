/**
 * The project's one JSON reader, for every JSON file of `data/` (the content check, the statistics,
 * Astro's region loader). It never throws: it returns the value and the problems an editor must fix,
 * each with its line and column, in Chinese:
 * - a syntax error, with the usual cause (a trailing comma, Chinese quotes, commas or colons from an
 *   input method, single quotes, comments, a tab or line break inside a string, a bad `\` escape);
 * - a key written twice in one object (JSON.parse would keep the last value without a word);
 * - a number that cannot be stored as written (`1e309` would become Infinity, `1e-400` zero).
 * `lineOf(path)` gives the line of any value by its path, for messages about a field.
 *
 * Built on jsonc-parser's tree API (strict: no comments, no trailing commas).
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { FileProblem } from './problems';
import { lineColumn } from './safety/characters';
import { describeNumberLoss } from './safety/numbers';


type JsonRead = {
  /** The parsed value; `undefined` when the text has a syntax error. */
  value: unknown;
  /** Every problem; none when the file is good. */
  problems: FileProblem[];
  /** 1-based line of the value at `path` (or of its nearest parent that exists). */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

const SYNTAX_FIX =
  '检查该位置附近的逗号、引号和括号：字段名和文字都用英文双引号，最后一项后面不加逗号，不用中文标点，不写注释。';

const CONTROL_NAMES: Record<number, string> = { 0x09: '制表符（Tab）', 0x0a: '换行', 0x0d: '回车', 0x00: '空字符 NUL' };

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why the text fails at `error`, in the editor's terms. */
function causeOf(text: string, error: ParseError): { offset: number; why: string } {
  const code = printParseErrorCode(error.error);
  const ch = text[error.offset];
  const before = text.slice(0, error.offset).trimEnd();
  // jsonc-parser reports string errors at the string's start: find the offending character.
  if (code === 'InvalidCharacter' || code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode') {
    const end = Math.min(text.length, error.offset + error.length + 1);
    for (let i = error.offset + 1; i < end; i++) {
      const c = text[i]!;
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return { offset: i, why: `文字里的“\\u”后面要跟四位十六进制数字（例如 \\u4E2D），现在是“${text.slice(i, i + 6)}”` };
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(next)) i += 1;
        else return { offset: i, why: `文字里的反斜杠“\\${next}”不是 JSON 的写法：反斜杠本身要写成 \\\\` };
      } else if (c.charCodeAt(0) < 0x20) {
        const name = CONTROL_NAMES[c.charCodeAt(0)] ?? `控制字符 ${codePoint(c)}`;
        const hint = c === '\t' ? '请写成 \\t，或换成空格' : c === '\n' || c === '\r' ? '文字要写在同一行里，需要换行请写 \\n' : '请删掉它';
        return { offset: i, why: `文字里有${name}（${codePoint(c)}），JSON 不允许：${hint}` };
      }
    }
  }
  if (ch === undefined) return { offset: error.offset, why: '文件在这里意外结束：可能少了结尾的 ] 或 }，或者文件被截断了' };
  if (/[“”]/.test(ch)) return { offset: error.offset, why: '这里用了中文引号“”，JSON 里的引号必须是英文双引号 "' };
  if (ch === '，') return { offset: error.offset, why: '这里用了中文逗号“，”，JSON 里分隔各项要用英文逗号 ,' };
  if (ch === '：') return { offset: error.offset, why: '这里用了中文冒号“：”，JSON 里字段名后面要用英文冒号 :' };
  if (ch === "'") return { offset: error.offset, why: "JSON 里的文字要用英文双引号 \"…\"，不能用单引号 '" };
  if (ch === '/') return { offset: error.offset, why: 'JSON 里不能写注释' };
  if ((ch === ']' || ch === '}') && before.endsWith(',')) {
    return { offset: before.length - 1, why: `最后一项后面多了一个逗号：请删掉 ${ch} 前面的逗号` };
  }
  if (code === 'CommaExpected') return { offset: error.offset, why: '上一项和这一项之间少了一个英文逗号 ,' };
  if (code === 'UnexpectedEndOfString') return { offset: error.offset, why: '这段文字的引号没有配对：文字要在同一行里用英文双引号括起来' };
  const expected: Record<string, string> = {
    PropertyNameExpected: '这里应是用英文双引号括起来的字段名',
    ValueExpected: '这里应是一个值（数字、"文字"、true/false、null、列表或对象）',
    ColonExpected: '字段名后面缺少英文冒号 :',
    CloseBraceExpected: '缺少右花括号 }',
    CloseBracketExpected: '缺少右方括号 ]',
    EndOfFileExpected: '文件在结束之后还有多余的内容',
    InvalidSymbol: `这里有 JSON 不允许的字符“${ch}”`,
    InvalidNumberFormat: '数字的写法不对',
    UnexpectedEndOfNumber: '数字没有写完',
  };
  return { offset: error.offset, why: expected[code] ?? `这里不是有效的 JSON（${code}）` };
}

/** Keys written twice in one object, and numbers JSON cannot hold, anywhere in the tree. */
function valueProblems(text: string, root: Node): FileProblem[] {
  const problems: FileProblem[] = [];
  const visit = (node: Node) => {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key || typeof key.value !== 'string') continue;
        const first = seen.get(key.value);
        if (first) {
          const at = lineColumn(text, key.offset);
          problems.push({
            ...at,
            message: `字段“${key.value}”在同一个对象里写了两次（另一次在第 ${lineColumn(text, first.offset).line} 行）：JSON 只会保留最后一个值，前一个会悄悄丢失。`,
            fix: '删掉多余的一个，或者把其中一个改成正确的字段名。',
          });
        } else seen.set(key.value, key);
      }
    }
    const loss = node.type === 'number' ? describeNumberLoss(text.slice(node.offset, node.offset + node.length)) : undefined;
    if (loss) problems.push({ ...lineColumn(text, node.offset), message: `${loss}。`, fix: '请检查是否多写了数位或指数，照原文写出这个数。' });
    node.children?.forEach(visit);
  };
  visit(root);
  return problems;
}

/** The plain value of a tree (keys written twice keep their last value, as JSON.parse does). */
function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0]!.value as string, valueOf(p.children![1]!)]));
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

/** Reads a JSON text (a leading BOM is allowed). Never throws. */
export function readJson(input: string): JsonRead {
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? input.slice(1) : input;
  const none = { value: undefined, lineOf: () => undefined };
  if (text.trim() === '') return { ...none, problems: [{ line: 1, column: 1, message: '文件是空的。', fix: '请写入数据，或者删除这个文件。' }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const { offset, why } = errors[0] ? causeOf(text, errors[0]) : { offset: 0, why: '这里不是有效的 JSON' };
    const at = lineColumn(text, offset);
    const shown = text.split('\n')[at.line - 1]?.trim();
    const excerpt = shown && shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
    return { ...none, problems: [{ ...at, message: `不是有效的 JSON：${why}。${excerpt ? `（这一行是：${excerpt}）` : ''}`, fix: SYNTAX_FIX }] };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: Node | undefined = root;
    let line = lineColumn(text, root.offset).line;
    for (const segment of path) {
      if (!node) break;
      if (node.type === 'array' && typeof segment === 'number') node = node.children?.[segment];
      else if (node.type === 'object') node = node.children?.find((p) => p.children?.[0]?.value === String(segment))?.children?.[1];
      else node = undefined;
      if (node) line = lineColumn(text, node.parent?.type === 'property' ? node.parent.offset : node.offset).line;
    }
    return line;
  };
  return { value: valueOf(root), problems: valueProblems(text, root), lineOf };
}
