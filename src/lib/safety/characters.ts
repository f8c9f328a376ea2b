/**
 * Characters an editor cannot see: control characters and NUL that a paste or a broken export
 * leaves in a file (a browser shows them as "�" or nothing at all), and invisible characters —
 * zero-width spaces, a BOM, full-width and no-break spaces — that make two ids or values look the
 * same while they differ. Pure functions: they report where each one is (1-based line and column,
 * or the 1-based character of a value) and its name in Chinese; the checks turn that into a message.
 */

/** One character found: its code point as `U+0000`, its Chinese name, where it is. */
type FoundCharacter = { codePoint: string; name: string; line: number; column: number; index: number };

/** `0x200b` → `U+200B`. */
const codePointLabel = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const CONTROL_NAMES: Record<number, string> = {
  0x00: '空字符 NUL',
  0x07: '响铃符',
  0x08: '退格符',
  0x0b: '垂直制表符',
  0x0c: '换页符',
  0x1b: '转义符 ESC',
  0x7f: '删除符 DEL',
  0x85: '下一行符 NEL',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
};

/** Control characters other than tab, LF and CR (C0, DEL, C1), and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Invisible or look-alike-space characters, by name. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x00a0: '不换行空格',
  0x00ad: '软连字符',
  0x180e: '蒙古文元音分隔符',
  0x200b: '零宽空格',
  0x200c: '零宽非连接符',
  0x200d: '零宽连接符',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x202a: '方向嵌入符',
  0x202b: '方向嵌入符',
  0x202c: '方向格式结束符',
  0x202d: '方向覆盖符',
  0x202e: '方向覆盖符',
  0x2060: '零宽不换行符',
  0x2061: '不可见函数符',
  0x2062: '不可见乘号',
  0x2063: '不可见分隔符',
  0x2064: '不可见加号',
  0x3000: '全角空格',
  0xfeff: '零宽不换行空格（BOM）',
};

const INVISIBLE = new RegExp(`[${Object.keys(INVISIBLE_NAMES).map((k) => `\\u${Number(k).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** 1-based line and column (in UTF-16 units, as editors and parsers count) of `index` in `text`. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

function findAll(text: string, pattern: RegExp, nameOf: (cp: number) => string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(pattern)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = m.index;
    const cp = m[0].codePointAt(0)!;
    found.push({ codePoint: codePointLabel(cp), name: nameOf(cp), line, column: m.index - lineStart + 1, index: m.index });
  }
  return found;
}

/**
 * Control characters in a file's text: NUL, the other C0 and C1 controls and DEL, and U+2028/U+2029.
 * Tab, LF and CR are ordinary text. Each is named by code point, with line and column.
 */
export function findControlCharacters(text: string): FoundCharacter[] {
  return findAll(text, CONTROL, (cp) => CONTROL_NAMES[cp] ?? '控制字符');
}

/** Invisible characters (zero-width, BOM, full-width space, no-break space …) in a file or a value. */
export function findInvisibleCharacters(text: string): FoundCharacter[] {
  return findAll(text, INVISIBLE, (cp) => INVISIBLE_NAMES[cp]!);
}

/**
 * What is invisible in a short value (an id, a field), in words: `第 3 个字符是零宽空格 U+200B`.
 * Characters are counted as an editor counts them (by code point, so a rare Han character written
 * as two UTF-16 units counts once). Undefined when there is nothing invisible.
 */
export function describeInvisible(value: string): string | undefined {
  const parts: string[] = [];
  let position = 0;
  for (const ch of value) {
    position += 1;
    const cp = ch.codePointAt(0)!;
    const name = INVISIBLE_NAMES[cp] ?? (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? (CONTROL_NAMES[cp] ?? '控制字符') : undefined);
    if (name) parts.push(`第 ${position} 个字符是${name} ${codePointLabel(cp)}`);
  }
  return parts.length ? parts.join('，') : undefined;
}
