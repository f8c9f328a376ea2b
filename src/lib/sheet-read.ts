/**
 * A table an editor filled in, as rows of cells numbered as the spreadsheet shows them (the header
 * is row 1): an Excel workbook (.xlsx, read by exceljs; its first sheet or a named one), or a CSV
 * in any encoding Windows saves (`decodeTable`), separated by commas, tabs or semicolons (found
 * from the header row), read by csv-parse.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FileProblem } from './problems';
import { decodeTable } from './text-file';

/** A cell as read: text, a number, a date (Excel date cells; `monthOnly` when formatted without a day), or empty. */
export type Cell = string | number | { date: Date; monthOnly: boolean } | null;

export type Sheet = {
  /** Which sheet was read, or the encoding and separator of a CSV: for the report. */
  source: string;
  headers: string[];
  /** Data rows that are not empty, each with its row number in the spreadsheet. */
  rows: { row: number; cells: Cell[] }[];
};

type SheetRead = { sheet: Sheet } | { problems: FileProblem[] };

const SEPARATORS = [',', '\t', ';'] as const;
const SEPARATOR_NAMES: Record<(typeof SEPARATORS)[number], string> = { ',': '逗号', '\t': 'Tab', ';': '分号' };

/** How often `sep` occurs in `line` outside double quotes. */
function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** The separator of a CSV: the one that splits the header into the most known column names (then the most columns). */
export function detectSeparator(headerLine: string, known: (name: string) => boolean): (typeof SEPARATORS)[number] {
  const score = (sep: string) => {
    const cells = headerLine.split(sep).map((c) => c.replace(/^"|"$/g, '').trim());
    return cells.filter(known).length * 1000 + countOutsideQuotes(headerLine, sep);
  };
  return [...SEPARATORS].sort((a, b) => score(b) - score(a))[0]!;
}

const isEmpty = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

export function readCsv(bytes: Uint8Array, known: (name: string) => boolean): SheetRead {
  const decoded = decodeTable(bytes);
  if ('error' in decoded) return { problems: [{ line: decoded.line, message: decoded.error }] };
  const headerLine = decoded.text.split('\n').find((l) => l.trim() !== '') ?? '';
  const separator = detectSeparator(headerLine, known);
  let records: string[][];
  try {
    records = parse(decoded.text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      problems: [{ line, message: `CSV 文件在这里读不下去了：${(error as Error).message.replace(/^.*?:\s*/, '')}`, fix: '检查这一行的英文双引号是否成对；用 Excel 打开后另存为“CSV UTF-8（逗号分隔）”可以修正。' }],
    };
  }
  const first = records.findIndex((r) => !isEmpty(r));
  if (first < 0) return { problems: [{ message: '文件里没有内容。', fix: '请确认选对了文件。' }] };
  return {
    sheet: {
      source: `${decoded.encoding} 编码，${SEPARATOR_NAMES[separator]}分隔`,
      headers: records[first]!.map((h) => h.trim()),
      rows: records
        .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => (c.trim() === '' ? null : c)) }))
        .slice(first + 1)
        .filter((r) => !isEmpty(r.cells)),
    },
  };
}

/** A cell of exceljs as text, number, date or empty: rich text joined, formulas by their result. */
function cellValue(cell: ExcelJS.Cell): Cell | { error: string } {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return { date: v, monthOnly: !/d/i.test(cell.numFmt ?? '') && /[ym]/i.test(cell.numFmt ?? '') };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return { error: String(v.error) };
  if ('result' in v) {
    const r = (v as { result?: unknown }).result;
    if (r === undefined || r === null) return null;
    if (r instanceof Date) return { date: r, monthOnly: false };
    if (typeof r === 'object' && r && 'error' in r) return { error: String((r as { error: unknown }).error) };
    return typeof r === 'number' ? r : String(r);
  }
  if ('text' in v) return String((v as { text: unknown }).text);
  return String(v);
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<SheetRead> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as never);
  } catch (error) {
    return { problems: [{ message: `Excel 文件已损坏，读不出来（${(error as Error).message.split('\n')[0]}）。`, fix: '请用 Excel 或 WPS 打开，另存为新的 .xlsx 后再导入。' }] };
  }
  const sheets = wb.worksheets;
  const ws = sheetName === undefined ? sheets[0] : (wb.getWorksheet(sheetName) ?? (/^\d+$/.test(sheetName) ? sheets[Number(sheetName) - 1] : undefined));
  if (!ws) {
    return {
      problems: [{ path: '--sheet', message: `没有名为“${sheetName}”的工作表。这个文件里的工作表：${sheets.map((s) => `“${s.name}”`).join('、') || '（无）'}。`, fix: '用 --sheet 写其中一个名字，或写序号（--sheet 2 是第二张）。' }],
    };
  }
  const problems: FileProblem[] = [];
  const rows: Sheet['rows'] = [];
  let headers: string[] | undefined;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = Math.max(row.cellCount, headers?.length ?? 0);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const value = cellValue(row.getCell(c));
      if (value && typeof value === 'object' && 'error' in value) {
        problems.push({ path: `第 ${rowNumber} 行第 ${c} 列`, message: `这个单元格是 Excel 的错误值 ${value.error}（公式算不出来）。`, fix: '改正公式，或直接填写数值。' });
        cells.push(null);
      } else cells.push(value as Cell);
    }
    if (isEmpty(cells)) return;
    if (!headers) headers = cells.map((c) => (c === null ? '' : String(typeof c === 'object' ? c.date.toISOString() : c).trim()));
    else rows.push({ row: rowNumber, cells });
  });
  if (problems.length > 0) return { problems };
  if (!headers) return { problems: [{ message: `工作表“${ws.name}”是空的。`, fix: sheets.length > 1 ? '用 --sheet 选择填了数据的工作表。' : '请确认选对了文件。' }] };
  return { sheet: { source: `工作表“${ws.name}”`, headers, rows } };
}
