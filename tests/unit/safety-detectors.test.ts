/**
 * The pure detectors of src/lib/safety/ the checks build their messages from: control characters,
 * invisible characters, numbers that do not survive being read, and line excerpts.
 */
import { describe, expect, test } from 'vitest';
import { describeInvisible, findControlCharacters, findInvisibleCharacters, lineColumn } from '../../src/lib/safety/characters';
import { lineExcerpt, quoteConstruct, sourceExcerpt } from '../../src/lib/safety/excerpt';
import { deepNesting, MAX_NESTING } from '../../src/lib/safety/nesting';
import { describeNumberLoss, describeValue, numberLoss } from '../../src/lib/safety/numbers';
import { unsafeUrl, urlScheme } from '../../src/lib/safety/urls';

describe('control characters', () => {
  test('NUL and other controls are named by code point with line and column; tab, LF and CR are text', () => {
    const text = 'title: 六清\r\n\tsummary: a\u0000b\n第三行\u001b[0m 与\u007f';
    expect(findControlCharacters(text)).toEqual([
      { codePoint: 'U+0000', name: '空字符 NUL', line: 2, column: 12, index: 22 },
      { codePoint: 'U+001B', name: '转义符 ESC', line: 3, column: 4, index: 28 },
      { codePoint: 'U+007F', name: '删除符 DEL', line: 3, column: 10, index: 34 },
    ]);
    expect(findControlCharacters('a\tb\r\nc\n')).toEqual([]);
  });

  test('lineColumn agrees with the detector', () => {
    expect(lineColumn('ab\ncd\u0000', 5)).toEqual({ line: 2, column: 3 });
  });
});

describe('invisible characters', () => {
  test('are described by position and name', () => {
    expect(describeInvisible('li\u200Bu-qing')).toBe('第 3 个字符是零宽空格 U+200B');
    expect(describeInvisible('\uFEFFa\u3000b\u00A0')).toBe('第 1 个字符是零宽不换行空格（BOM） U+FEFF，第 3 个字符是全角空格 U+3000，第 5 个字符是不换行空格 U+00A0');
    expect(describeInvisible('a\u200Cb\u200Dc\u2060')).toContain('第 6 个字符是零宽不换行符 U+2060');
    expect(describeInvisible('liu-qing')).toBeUndefined();
  });

  test('a character written as two UTF-16 units counts once', () => {
    expect(describeInvisible('𠀋\u200B')).toBe('第 2 个字符是零宽空格 U+200B');
  });

  test('found in a file with line and column', () => {
    expect(findInvisibleCharacters('a\nid: x\u200By')).toEqual([{ codePoint: 'U+200B', name: '零宽空格', line: 2, column: 6, index: 7 }]);
  });
});

describe('numbers as written', () => {
  test('1e309 is a number too large, not Infinity', () => {
    expect(numberLoss('1e309')).toBe('too-large');
    expect(describeNumberLoss('1e309')).toContain('数字 1e309 太大');
    expect(describeValue(JSON.parse('1e309'), '1e309')).toContain('数字 1e309 太大');
    expect(describeValue(JSON.parse('1e309'), '1e309')).not.toContain('Infinity');
    expect(describeValue(Infinity)).not.toContain('Infinity');
  });

  test('too small and imprecise literals are named; ordinary ones are not', () => {
    expect(numberLoss('1e-400')).toBe('too-small');
    expect(numberLoss('12345678901234567890')).toBe('imprecise');
    expect(describeNumberLoss('12345678901234567890')).toContain('12345678901234567000');
    for (const ok of ['587', '93.5', '0', '-2', '1.50', '0.000', '1e3', '9007199254740991']) expect(numberLoss(ok), ok).toBeUndefined();
  });

  test('describeValue names each kind in Chinese', () => {
    expect(describeValue(587, '587')).toBe('数字 587');
    expect(describeValue('六清')).toBe('文字“六清”');
    expect(describeValue(null)).toBe('空值 null');
    expect(describeValue([1, 2])).toBe('一个列表（2 项）');
  });
});

describe('line excerpts', () => {
  test('a 40 KB line is cut to at most 120 characters around the column', () => {
    const line = `${'- '.repeat(20_000)}最深的一项`;
    const at = line.indexOf('最') + 1;
    const e = lineExcerpt(line, at);
    expect(e.text.length).toBeLessThanOrEqual(120);
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text).toContain('最深的一项');
    expect(e.text.slice(e.column - 1, e.column)).toBe('最');
  });

  test('the start and the middle of a long line, and a short line whole', () => {
    const line = 'x'.repeat(500);
    const start = lineExcerpt(line, 1);
    expect(start.text).toBe(`${'x'.repeat(119)}…`);
    expect(start.column).toBe(1);
    const middle = lineExcerpt(`${'a'.repeat(200)}B${'c'.repeat(200)}`, 201);
    expect(middle.text.length).toBe(120);
    expect(middle.text.slice(middle.column - 1, middle.column)).toBe('B');
    expect(lineExcerpt('短行', 2)).toEqual({ text: '短行', column: 2 });
  });

  test('never splits a character written as two UTF-16 units', () => {
    const e = lineExcerpt('𠀋'.repeat(200), 150);
    expect(e.text.length).toBeLessThanOrEqual(120);
    expect(e.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  test('sourceExcerpt picks the line; quoteConstruct flattens and shortens', () => {
    expect(sourceExcerpt('一\n二\n三', 2)).toEqual({ text: '二', column: 1 });
    expect(quoteConstruct("import a\n  from 'b'")).toBe("import a from 'b'");
    expect(quoteConstruct('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('nesting', () => {
  test('a list nested 20,000 levels on one line, or level by level with indentation, is found with its line', () => {
    expect(deepNesting(`正文\n\n${'- '.repeat(20_000)}最深的一项\n`)).toEqual({ line: 3, depth: 20_000 });
    const indented = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- 第 ${i + 1} 层`).join('\n');
    expect(deepNesting(indented)).toEqual({ line: MAX_NESTING + 1, depth: MAX_NESTING + 1 });
    expect(deepNesting(`${'> '.repeat(31)}引用`)).toEqual({ line: 1, depth: 31 });
    expect(deepNesting(`${'1. '.repeat(31)}编号`)).toEqual({ line: 1, depth: 31 });
  });

  test('ordinary lists, horizontal rules, deep indentation without a marker and fenced code are not nesting', () => {
    expect(deepNesting('- 一\n  - 二\n    1. 三\n       > 引用\n')).toBeUndefined();
    expect(deepNesting(`${'* '.repeat(40)}\n${'- '.repeat(40)}\n`)).toBeUndefined();
    expect(deepNesting(`${' '.repeat(100)}缩进的文字\n`)).toBeUndefined();
    expect(deepNesting(`\`\`\`\n${' '.repeat(100)}- 代码\n\`\`\`\n`)).toBeUndefined();
    expect(deepNesting(`\`\`\`\n代码\n\`\`\`\n${' '.repeat(100)}- 列表\n`)).toEqual({ line: 4, depth: 51 });
  });
});

describe('URL schemes', () => {
  test('read as a browser reads them, stricter inside the scheme', () => {
    expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme('\u0001 java\tscr\nipt:x')).toBe('javascript');
    expect(urlScheme('java\u200Bscript:x')).toBe('javascript');
    expect(urlScheme('/methods/x/')).toBeUndefined();
    expect(unsafeUrl('https://www.gov.cn/')).toBeUndefined();
    expect(unsafeUrl('VBScript:x')).toEqual({ scheme: 'vbscript', scriptCapable: true });
    expect(unsafeUrl('ftp://x')).toEqual({ scheme: 'ftp', scriptCapable: false });
  });
});
