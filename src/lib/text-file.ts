/**
 * Reading an editor's file as text. Content and data must be UTF-8; a UTF-8 byte-order mark and
 * Windows line endings (CRLF) are fine. Chinese Windows editors often save GBK or UTF-16 instead:
 * those are recognised and reported with how to re-save the file, never read as garbled text.
 */

type DecodedText = { text: string } | { error: string; line?: number };

/** Byte offset of the first byte that is not valid UTF-8, or -1 when all of `bytes` is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0xff >> (extra + 2));
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset (counting LF bytes, which no CJK encoding reuses). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function decodesAs(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const RESAVE = '请用编辑器的“另存为”把编码选为“UTF-8”后重新保存（记事本：另存为 → 编码 → UTF-8；WPS/VS Code 同理），再重新构建。';

/**
 * Decodes an editor's file: UTF-8 with or without a BOM, any line endings. Returns the text with
 * the BOM removed and line endings normalised to `\n`, or a message in Chinese.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: `文件是 UTF-16 编码（Windows 记事本旧版的“Unicode”格式），本站只读 UTF-8。${RESAVE}` };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = lineAt(bytes, bad);
    const gbk = decodesAs('gb18030', bytes);
    if (gbk !== undefined && /[\u4e00-\u9fff]/.test(gbk) && !gbk.includes('\u0000')) {
      return {
        line,
        error: `文件不是 UTF-8 编码，看起来是 GBK/GB18030（中文 Windows 上的记事本、WPS 等常用这种编码）。${RESAVE}`,
      };
    }
    return {
      line,
      error: `文件不是有效的 UTF-8 文本（可能是 Word 等程序保存的二进制文件，或保存时编码出错）。请用纯文本编辑器打开，${RESAVE.slice(1)}`,
    };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, '\n') };
}
