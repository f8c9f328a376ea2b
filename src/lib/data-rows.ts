/**
 * The rows of a statistics sheet as observations (`src/schemas/stats.ts`). The sheet is in the long
 * form editors fill (`npm run data:template`): one row per figure, columns 指标, 地区, 时间, 数值,
 * 原文写法, 来源, 备注. Indicators, regions and sources are written by name or by id (a name only
 * where it is unique); values as the source writes them (`4700多`, `近16000`, `43.91%`, `1.85万`, `*`
 * for a masked number); dates as editors type them (`2011年9月`, `截至2011年11月`, an Excel date).
 * Every problem names its row and column as the spreadsheet shows them, with a suggestion.
 */
import type { Region } from '../schemas/region';
import { parsePartialDate, toIsoPartial } from '../schemas/partial-date';
import { APPROXIMATIONS, PERIOD_PATTERN, type Approximation, type Indicator, type Observation } from '../schemas/stats';
import type { Problem } from './problems';
import type { Cell, Sheet } from './sheet-read';
import type { ReportRef } from './stats/load';
import { closest } from './suggest';

/** The sheet's columns: the Chinese header, other headers editors use for it, and how to fill it. */
export const DATA_COLUMNS = [
  { key: 'indicator', header: '指标', required: true, aliases: ['指标名称', '指标id', '指标 id'], help: '指标名称或 id（见“指标与地区”表）。新指标请先在 data/indicators.json 中定义。' },
  { key: 'region', header: '地区', required: true, aliases: ['地区名称', '地区id', '地区 id', '区域'], help: '地区名称或 id（见“指标与地区”表）。新地区请先在 data/regions.json 中登记。' },
  { key: 'period', header: '时间', required: true, aliases: ['时期', '日期', '年份', '统计时间'], help: '按原文的精确程度写：2011、2011-09、2011-09-30，或 2011年9月；“截至2011年11月”写 截至2011年11月；变化量写一段时间 2010-12-31/2011-09-30。' },
  { key: 'value', header: '数值', required: true, aliases: ['值', '数字', '数量'], help: '照原文写数字：587、43.91%、1.85万；约数写原文的字：4700多、近16000；原文以“*”隐去的写 *，原文没有给出的写 未采集。' },
  { key: 'quote', header: '原文写法', required: false, aliases: ['原文', '原文表述'], help: '原文的写法，便于核对，例如 10000余名。' },
  { key: 'source', header: '来源', required: false, aliases: ['来源文献', '出处'], help: '来源文献的 id 或标题（content/reports/ 中的条目）；一个数据集只有一个来源。' },
  { key: 'note', header: '备注', required: false, aliases: ['说明'], help: '读者需要知道的口径说明。' },
] as const;
export type ColumnKey = (typeof DATA_COLUMNS)[number]['key'];

/** What the template's example row says in its 备注, so that an example left in the sheet is not imported. */
export const EXAMPLE_NOTE = '（示例行，取自本站数据；填写时请删除或改写）';

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[“”「」『』]/g, '"').toLowerCase();

/** The column a header names (`指标`, `指标名称`, `indicator` …), or undefined. */
export function columnOf(header: string): ColumnKey | undefined {
  const h = normalise(header);
  return DATA_COLUMNS.find((c) => [c.header, c.key, ...c.aliases].some((name) => normalise(name) === h))?.key;
}

type Located = Omit<Problem, 'file'>;
const at = (row: number, column: ColumnKey) => `第 ${row} 行「${DATA_COLUMNS.find((c) => c.key === column)!.header}」列`;

/** Which column holds what; problems for unknown, repeated or missing columns. */
export function mapColumns(headers: string[]): { columns: Partial<Record<ColumnKey, number>>; problems: Located[] } {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const problems: Located[] = [];
  const names = DATA_COLUMNS.map((c) => c.header);
  headers.forEach((header, i) => {
    if (!header) return;
    const key = columnOf(header);
    if (!key) {
      const guess = closest(header, [...names, ...DATA_COLUMNS.flatMap((c) => c.aliases)]);
      const meant = guess && DATA_COLUMNS.find((c) => c.header === guess || (c.aliases as readonly string[]).includes(guess))!.header;
      problems.push({ path: `第 1 行第 ${i + 1} 列`, message: `不认识表头“${header}”。${meant ? `是不是「${meant}」？` : ''}表头应为：${names.join('、')}。`, fix: '改正表头，或删掉不需要的这一列。' });
    } else if (columns[key] !== undefined) {
      problems.push({ path: `第 1 行第 ${i + 1} 列`, message: `表头“${header}”和第 ${columns[key]! + 1} 列重复了。`, fix: '删掉其中一列。' });
    } else columns[key] = i;
  });
  const missing = DATA_COLUMNS.filter((c) => c.required && columns[c.key] === undefined).map((c) => c.header);
  if (missing.length) {
    problems.push({ path: '第 1 行', message: `缺少“${missing.join('”“')}”列。第一行应是表头：${names.join('、')}。`, fix: '补上这些列；用 npm run data:template 生成的模板可以直接填写。' });
  }
  return { columns, problems };
}

const cellText = (cell: Cell): string =>
  cell === null ? '' : typeof cell === 'object' ? cell.date.toISOString().slice(0, cell.monthOnly ? 7 : 10) : String(cell).trim();

type Named = { id: string; names: string[] };

/** An id from what an editor wrote: the id itself, or a name that only one item has. */
function resolve(text: string, items: Named[], kind: string, home: string, nameWord = '名称'): { id: string } | { message: string; fix: string } {
  const byId = items.find((i) => i.id === text.trim());
  if (byId) return { id: byId.id };
  const wanted = normalise(text);
  const matches = items.filter((i) => i.names.some((n) => normalise(n) === wanted));
  if (matches.length === 1) return { id: matches[0]!.id };
  if (matches.length > 1) {
    return { message: `有 ${matches.length} 个${kind}叫“${text}”：${matches.map((m) => m.id).join('、')}。`, fix: `写其中一个的 id。` };
  }
  const guessName = closest(text, items.flatMap((i) => [...i.names, i.id]));
  return { message: `没有名为“${text}”的${kind}。${guessName ? `是不是「${guessName}」？` : ''}`, fix: `写 ${home} 中的${nameWord}或 id；新的${kind}请先在 ${home} 中添加。` };
}

const MULTIPLIERS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
const NOT_COLLECTED = ['未采集', '未给出', '无数据', '—', '-', '－'];
const UNDISCLOSED = ['*', '＊', '未披露', '隐去'];

/** A value cell as the schema's `value`, `approx` and `status`. */
export function parseValue(cell: Cell): Pick<Observation, 'value' | 'approx' | 'status'> | { message: string; fix: string } {
  if (typeof cell === 'number') return { value: cell };
  const raw = cellText(cell);
  if (raw === '') return { message: '数值是空的。', fix: '填上数字；原文以“*”隐去的写 *，原文没有给出的写 未采集（不要写 0）。' };
  if (UNDISCLOSED.includes(raw) || /^\*+$/.test(raw)) return { value: null, status: 'undisclosed' };
  if (NOT_COLLECTED.includes(raw)) return { value: null, status: 'not-collected' };
  let t = raw.normalize('NFKC').replace(/[,，\s]/g, '');
  let approx: Approximation | undefined;
  const before = /^(近|约|超过)/.exec(t);
  if (before) {
    approx = before[1] as Approximation;
    t = t.slice(before[1]!.length);
  }
  const after = /(多|余|以上)$/.exec(t);
  if (after && !approx) {
    approx = after[1] as Approximation;
    t = t.slice(0, -after[1]!.length);
  }
  const m = /^(-?\d+(?:\.\d+)?)(万|亿)?%?$/.exec(t);
  if (!m) {
    return {
      message: `“${raw}”不是数字。`,
      fix: `写阿拉伯数字，不带单位（如 587、43.91、1.85万）；约数写原文的字（${APPROXIMATIONS.join('、')}，如 4700多、近16000）；原文以“*”隐去的写 *。`,
    };
  }
  // 1.85万 → 18500, without the floating-point tail of 1.85 × 10000 (18500.000000000004).
  const value = m[2] ? Math.round(Number(m[1]) * MULTIPLIERS[m[2]]! * 1e6) / 1e6 : Number(m[1]);
  return approx ? { value, approx } : { value };
}

/** A time cell as a period of the schema: `2011`, `2011-09-30`, `../2011-11`, `2010-12-31/2011-09-30`. */
export function parsePeriodCell(cell: Cell): string | { message: string; fix: string } {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return String(cell);
  const raw = cellText(cell);
  const fix = DATA_COLUMNS.find((c) => c.key === 'period')!.help;
  if (raw === '') return { message: '时间是空的。', fix };
  const one = (s: string): string | undefined => {
    const t = s.trim().replace(/[年月]底$/, (m) => m[0]!);
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) return t;
    const parsed = parsePartialDate(t.replace(/[.．/]/g, '-').replace(/^(\d{4})-(\d{1,2})$/, '$1年$2月').replace(/^(\d{4})-(\d{1,2})-(\d{1,2})$/, '$1年$2月$3日'));
    return 'error' in parsed ? undefined : toIsoPartial(parsed);
  };
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  if (PERIOD_PATTERN.test(t)) return t;
  const upTo = /^(?:截至|截止|至|\.\.\/)(.+?)(?:止|底)?$/.exec(t);
  if (upTo && one(upTo[1]!)) return `../${one(upTo[1]!)}`;
  const range = /^(.+?)(?:至|到|—|–|~|～|\/)(.+)$/.exec(t);
  if (range && one(range[1]!) && one(range[2]!)) return `${one(range[1]!)}/${one(range[2]!)}`;
  const single = one(t);
  if (single) return single;
  return { message: `“${raw}”不是能识别的时间。`, fix };
}

export type Registries = { indicators: Indicator[]; regions: Region[]; reports: ReportRef[] };

export type RowObservation = { row: number; observation: Observation };

/**
 * The sheet's rows as observations, and the one source they name; every problem with its row and
 * column. Rows are converted only when the columns are known.
 */
export function rowsToObservations(sheet: Sheet, registries: Registries): { rows: RowObservation[]; source?: string; problems: Located[] } {
  const { columns, problems } = mapColumns(sheet.headers);
  if (problems.length > 0) return { rows: [], problems };
  const indicators: Named[] = registries.indicators.map((i) => ({ id: i.id, names: [i.name, ...(i.shortName ? [i.shortName] : [])] }));
  const regions: Named[] = registries.regions.map((r) => ({ id: r.id, names: [r.name] }));
  const reports: Named[] = registries.reports.map((r) => ({ id: r.id, names: [r.title, `《${r.title}》`] }));
  const rows: RowObservation[] = [];
  let source: { id: string; row: number } | undefined;

  for (const { row, cells } of sheet.rows) {
    const cell = (key: ColumnKey) => (columns[key] === undefined ? null : (cells[columns[key]!] ?? null));
    const text = (key: ColumnKey) => cellText(cell(key));
    const fail = (key: ColumnKey, p: { message: string; fix: string }) => problems.push({ path: at(row, key), ...p });
    const before = problems.length;

    const indicator = text('indicator') ? resolve(text('indicator'), indicators, '指标', 'data/indicators.json') : { message: '指标是空的。', fix: DATA_COLUMNS[0].help };
    if ('message' in indicator) fail('indicator', indicator);
    const region = text('region') ? resolve(text('region'), regions, '地区', 'data/regions.json') : { message: '地区是空的。', fix: DATA_COLUMNS[1].help };
    if ('message' in region) fail('region', region);
    const period = parsePeriodCell(cell('period'));
    if (typeof period !== 'string') fail('period', period);
    const value = parseValue(cell('value'));
    if ('message' in value) fail('value', value);
    if (text('source')) {
      const found = resolve(text('source'), reports, '来源文献', 'content/reports/', '标题');
      if ('message' in found) fail('source', found);
      else if (!source) source = { id: found.id, row };
      else if (found.id !== source.id) {
        fail('source', { message: `来源“${text('source')}”与第 ${source.row} 行的“${source.id}”不同：一个数据集只有一个来源。`, fix: '来源不同的数字请分成两个表格，分别导入为两个数据集。' });
      }
    }
    if (text('note').includes(EXAMPLE_NOTE)) {
      fail('note', { message: '这是模板自带的示例行。', fix: '删除这一行，或改写成要导入的数字并删掉备注里的“示例行”字样。' });
    }
    if (problems.length > before) continue;
    const observation: Observation = {
      indicator: (indicator as { id: string }).id,
      region: (region as { id: string }).id,
      period: period as string,
      ...(value as Pick<Observation, 'value' | 'approx' | 'status'>),
      basis: 'reported',
    };
    if (text('quote')) observation.quote = text('quote');
    if (text('note')) observation.note = text('note');
    rows.push({ row, observation });
  }
  if (sheet.rows.length === 0) problems.push({ path: '第 2 行', message: '表格里只有表头，没有数据。', fix: '从第 2 行起每行填一个数字。' });
  return { rows, source: source?.id, problems };
}
