/**
 * JSON text → value, or an issue that says where (line and column) and what to check, in Chinese.
 * `JSON.parse` does the parsing; when it fails, `jsonc-parser` (strict mode: no comments, no
 * trailing commas) finds the exact offset and kind of the first mistake, which V8's messages do
 * not always give.
 */
import { parse as locate, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { StatsIssue } from './errors';

export type JsonResult = { ok: true; value: unknown } | { ok: false; issue: StatsIssue };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

const WHY: Record<string, string> = {
  PropertyNameExpected: '这里应是用英文双引号括起来的字段名',
  ValueExpected: '这里应是一个值（数字、"文字"、true/false、null、列表或对象）',
  ColonExpected: '字段名后面缺少英文冒号“:”',
  CommaExpected: '两项之间缺少英文逗号“,”',
  CloseBraceExpected: '缺少右花括号“}”',
  CloseBracketExpected: '缺少右方括号“]”',
  EndOfFileExpected: '文件在结束之后还有多余的内容',
  InvalidSymbol: '这里有 JSON 不允许的字符（例如中文标点“，”“：”“”、单引号）',
  InvalidCharacter: '字符串里有不允许的字符（例如直接换行）',
  InvalidCommentToken: 'JSON 中不能写注释',
  InvalidNumberFormat: '数字的写法不对',
  UnexpectedEndOfString: '字符串缺少结尾的英文双引号',
  UnexpectedEndOfNumber: '数字没有写完',
  InvalidEscapeCharacter: '字符串里的反斜杠“\\”用法不对',
  InvalidUnicode: '字符串里的 \\u 编码不对',
};

function firstError(text: string): { offset: number; why: string } {
  const errors: ParseError[] = [];
  locate(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const error = errors[0];
  if (!error) return { offset: text.length, why: '' };
  // A comma right before a closing bracket is the most common mistake: say so plainly.
  const before = text.slice(0, error.offset).trimEnd();
  if (before.endsWith(',') && /^[\]}]/.test(text.slice(error.offset))) {
    return { offset: before.length - 1, why: '最后一项后面多了逗号' };
  }
  return { offset: error.offset, why: WHY[printParseErrorCode(error.error)] ?? '' };
}

/** Parses `text` (a leading BOM is allowed); on failure the issue names the line and column. */
export function parseJson(file: string, text: string): JsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const { offset, why } = source.trim() === '' ? { offset: 0, why: '文件是空的' } : firstError(source);
    const { line, column } = lineColumn(source, offset);
    return {
      ok: false,
      issue: {
        file,
        path: `第 ${line} 行第 ${column} 列`,
        message: `不是有效的 JSON${why ? `：${why}` : ''}。`,
        fix: '检查该位置附近的逗号、引号和括号：字段名和文字都用英文双引号，最后一项后面不加逗号，不用中文标点，不写注释。',
      },
    };
  }
}
