import { describe, expect, test } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/lib/text-file';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  test('reads UTF-8, dropping a BOM and turning CRLF and CR into LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('title: 六清\r\nsummary: 摸底\rend')]);
    expect(decodeText(bytes)).toEqual({ text: 'title: 六清\nsummary: 摸底\nend' });
  });
  test('recognises GBK (as saved by Chinese Windows editors) and names the first bad line', () => {
    // “标题” in GBK on the second line.
    const bytes = new Uint8Array([...utf8('---\ntitle: '), 0xb1, 0xea, 0xcc, 0xe2, 0x0a]);
    const result = decodeText(bytes);
    expect(result).toMatchObject({ line: 2 });
    expect('error' in result && result.error).toContain('GBK');
  });
  test('recognises UTF-16 by its byte-order mark', () => {
    const result = decodeText(new Uint8Array([0xff, 0xfe, 0x2d, 0x00]));
    expect('error' in result && result.error).toContain('UTF-16');
  });
  test('calls bytes that are neither UTF-8 nor GBK text not a text file', () => {
    const result = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xfe]));
    expect('error' in result && result.error).toContain('不是有效的 UTF-8 文本');
  });
});

describe('firstInvalidUtf8', () => {
  test('accepts every valid sequence length and rejects overlong, surrogate and truncated ones', () => {
    expect(firstInvalidUtf8(utf8('a六😀é'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe5, 0x85]))).toBe(1); // truncated
  });
});
