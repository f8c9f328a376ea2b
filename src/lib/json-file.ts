/**
 * JSON data files as editors write them: a syntax error is reported with its line and column and
 * the usual cause (a trailing comma, Chinese quotes, commas or colons from an input method, single
 * quotes, comments); a schema failure is reported at the line of the value it concerns.
 *
 * A small strict scanner does both jobs (where parsing stops, and where each value sits):
 * `JSON.parse` in Node 24 no longer says where it failed, and the usual locator library
 * (jsonc-parser) ships an ES build Node cannot import.
 */
import type { LineProblem } from './frontmatter';

export type JsonResult = { ok: true; value: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined } | { ok: false; problem: LineProblem };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/** Walks a JSON text strictly, recording the offset of every value by its path. */
class Scanner {
  i = 0;
  readonly offsets = new Map<string, number>();
  constructor(readonly text: string) {}

  fail(expected: string): never {
    throw new JsonSyntaxError(this.i, expected);
  }
  ws() {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i]!)) this.i++;
  }
  document() {
    this.ws();
    this.value([]);
    this.ws();
    if (this.i < this.text.length) this.fail('文件结尾');
  }
  value(path: PropertyKey[]) {
    this.ws();
    if (!this.offsets.has(pathKey(path))) this.offsets.set(pathKey(path), this.i);
    const ch = this.text[this.i];
    if (ch === '{') return this.object(path);
    if (ch === '[') return this.array(path);
    if (ch === '"') return this.string();
    if (ch !== undefined && /[-\d]/.test(ch)) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.fail('一个值');
  }
  object(path: PropertyKey[]) {
    this.i++;
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') this.fail('用英文双引号括起的字段名');
      const keyStart = this.i;
      const key = this.string();
      this.offsets.set(pathKey([...path, key]), keyStart);
      this.ws();
      if (this.text[this.i] !== ':') this.fail('英文冒号 :');
      this.i++;
      this.value([...path, key]);
      this.ws();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.text[this.i] === '}') {
        this.i++;
        return;
      }
      this.fail('英文逗号 , 或 }');
    }
  }
  array(path: PropertyKey[]) {
    this.i++;
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value([...path, index]);
      this.ws();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.text[this.i] === ']') {
        this.i++;
        return;
      }
      this.fail('英文逗号 , 或 ]');
    }
  }
  string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.text.length) {
      const ch = this.text[this.i]!;
      if (ch === '\\') this.i += 2;
      else if (ch === '"') {
        this.i++;
        return JSON.parse(this.text.slice(start, this.i)) as string;
      } else if (ch === '\n') break;
      else this.i++;
    }
    this.i = start;
    this.fail('成对的英文双引号');
  }
  number() {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i));
    if (!m) this.fail('一个数字');
    this.i += m[0].length;
  }
}

const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Why a JSON text fails at `offset`, in the editor's terms. */
function causeAt(text: string, offset: number, expected: string): string {
  const ch = text[offset];
  const before = text.slice(0, offset).trimEnd();
  if (ch === undefined) return '文件在这里意外结束：可能少了结尾的 ] 或 }，或者文件被截断了';
  if (/[“”]/.test(ch)) return '这里用了中文引号“”，JSON 里的引号必须是英文双引号 "';
  if (ch === '，') return '这里用了中文逗号“，”，JSON 里分隔各项要用英文逗号 ,';
  if (ch === '：') return '这里用了中文冒号“：”，JSON 里字段名后面要用英文冒号 :';
  if (ch === "'") return "JSON 里的文字要用英文双引号 \"…\"，不能用单引号 '";
  if (ch === '/') return 'JSON 里不能写注释';
  if ((ch === ']' || ch === '}') && before.endsWith(',')) return `最后一项后面多了一个逗号：请删掉 ${ch} 前面的逗号`;
  if (expected.startsWith('英文逗号') && /["{[\d]/.test(ch)) return '上一项和这一项之间少了一个英文逗号 ,';
  if (expected === '成对的英文双引号') return '这段文字的引号没有配对（或文字里换了行）：文字要在同一行里用英文双引号括起来';
  return `这里应当是${expected}，却是“${ch}”`;
}

/** Parses JSON (BOM already removed), explaining a syntax error in Chinese. */
export function parseJson(text: string): JsonResult {
  if (text.trim() === '') return { ok: false, problem: { message: '文件是空的。请写入数据，或者删除这个文件。' } };
  const scanner = new Scanner(text);
  try {
    scanner.document();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineAndColumn(text, error.offset);
    const shown = text.split('\n')[line - 1]?.trim();
    return {
      ok: false,
      problem: {
        line,
        message: `第 ${column} 个字符处不是有效的 JSON：${causeAt(text, error.offset, error.expected)}。${shown ? `（这一行是：${shown}）` : ''}`,
      },
    };
  }
  const value: unknown = JSON.parse(text);
  return {
    ok: true,
    value,
    lineOf: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const offset = scanner.offsets.get(pathKey(path.slice(0, n)));
        if (offset !== undefined) return lineAndColumn(text, offset).line;
      }
      return undefined;
    },
  };
}
