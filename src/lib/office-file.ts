/**
 * What kind of file an editor handed an import tool, from its bytes (not its name): a Word or
 * Excel file of today (.docx, .xlsx: zip packages), the binary formats of Office 97–2003 (.doc,
 * .xls) and password-protected Office files (compound files), a PDF, a zip cut short by an
 * interrupted download, or text. The import tools answer each with what to do.
 */

export type OfficeKind = 'docx' | 'xlsx' | 'ooxml-other' | 'zip' | 'truncated-zip' | 'doc' | 'xls' | 'encrypted' | 'compound' | 'pdf' | 'wps' | 'empty' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Whether `bytes` contain `text` (ASCII), or its UTF-16LE form (names in a compound file's directory). */
function contains(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const needle = utf16 ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export function officeKind(bytes: Uint8Array): OfficeKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // A zip ends with its central directory; a download cut short has none.
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 65_557)));
    if (!tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) return 'truncated-zip';
    if (contains(bytes, 'word/document.xml')) return 'docx';
    if (contains(bytes, 'xl/workbook.xml')) return 'xlsx';
    if (contains(bytes, '[Content_Types].xml')) return 'ooxml-other';
    return 'zip';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    if (contains(bytes, 'EncryptedPackage', true) || contains(bytes, 'EncryptionInfo', true)) return 'encrypted';
    if (contains(bytes, 'WordDocument', true)) return 'doc';
    if (contains(bytes, 'Workbook', true) || contains(bytes, 'Book', true)) return 'xls';
    if (contains(bytes, 'WpsContent', true)) return 'wps';
    return 'compound';
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  // Text: no NUL in the first few kilobytes (UTF-16 text has them, and is reported as text's problem).
  const head = bytes.subarray(0, 4096);
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || !head.includes(0)) return 'text';
  return 'binary';
}

const RESAVE_WORD = '请用 Word 或 WPS 打开它，选“另存为”，文件类型选“Word 文档（*.docx）”，再导入新保存的文件。';
const RESAVE_EXCEL = '请用 Excel 或 WPS 打开它，选“另存为”，文件类型选“Excel 工作簿（*.xlsx）”或“CSV UTF-8（逗号分隔）”，再导入新保存的文件。';

/** Why a file of `kind` is not what `wanted` reads, and what to do; undefined when it is. */
export function wrongKind(kind: OfficeKind, wanted: 'word' | 'data'): { message: string; fix: string } | undefined {
  if (wanted === 'word' && kind === 'docx') return undefined;
  if (wanted === 'data' && (kind === 'xlsx' || kind === 'text')) return undefined;
  const resave = wanted === 'word' ? RESAVE_WORD : RESAVE_EXCEL;
  switch (kind) {
    case 'empty':
      return { message: '文件是空的（0 字节）。', fix: '可能没有下载完或没有保存：请重新下载或保存后再导入。' };
    case 'truncated-zip':
      return { message: '文件不完整，读不出来：它的结尾缺了一部分（常见于没有下载完，或从聊天软件、邮件里保存时中断）。', fix: '请重新下载或重新保存这个文件，能在 Word/Excel 里正常打开后再导入。' };
    case 'doc':
      return { message: '这是旧版 Word 文件（.doc，Word 97–2003 格式），导入工具只读 .docx。', fix: RESAVE_WORD };
    case 'xls':
      return { message: '这是旧版 Excel 文件（.xls，Excel 97–2003 格式），导入工具只读 .xlsx 和 .csv。', fix: RESAVE_EXCEL };
    case 'wps':
      return { message: '这是 WPS 文字的 .wps 文件，导入工具只读 .docx。', fix: RESAVE_WORD };
    case 'encrypted':
      return { message: '文件设置了打开密码（已加密），导入工具读不了加密的文件。', fix: '请在 Word/Excel 或 WPS 里输入密码打开，在“文件 → 信息 → 保护文档”（WPS：“文件 → 文档加密”）里去掉密码，另存后再导入。' };
    case 'pdf':
      return { message: '这是 PDF 文件，不是 Word 或 Excel 文件。', fix: wanted === 'word' ? '请找到原始的 Word 文件（.docx）；只有 PDF 时，请用 WPS 或 Word 打开 PDF 转成 .docx，并仔细核对转换后的文字。' : '请找到原始的 Excel 表格，或把数字填进 npm run data:template 生成的模板。' };
    case 'xlsx':
      return { message: '这是 Excel 表格（.xlsx），不是 Word 文件。', fix: '统计数据请用 npm run import:data 导入。' };
    case 'docx':
      return { message: '这是 Word 文件（.docx），不是 Excel 表格或 CSV。', fix: '政策文件等文字请用 npm run import:word 导入；统计数据请填进 npm run data:template 生成的模板。' };
    case 'ooxml-other':
      return { message: `这是 Office 的其他文件（例如 PowerPoint），不是${wanted === 'word' ? ' Word 文件' : ' Excel 表格'}。`, fix: resave };
    case 'zip':
      return { message: '这是一个压缩包（.zip），不是 Office 文件。', fix: '请先解压，再导入里面的文件。' };
    case 'text':
      return { message: '这是纯文本文件，不是 Word 文件。', fix: RESAVE_WORD };
    default:
      return { message: `文件的内容不是${wanted === 'word' ? ' Word 文档（.docx）' : ' Excel 表格（.xlsx）或 CSV 文本'}，读不出来。`, fix: resave };
  }
}
