/**
 * `npm run import:data -- <file.xlsx|.csv> [--dataset id] [--replace] [--sheet name] [--title t]
 * [--source id]`: a statistics sheet as `data/datasets/<id>.json`. Every row is converted
 * (`src/lib/data-rows.ts`) and the dataset it makes is checked by the statistics pipeline the build
 * runs (`buildStats`: schema, registries, duplicates, ranges, derivations) together with the
 * project's other statistics, before anything is written; each problem is named by its row and
 * column. The file is written in one step, and an existing dataset is replaced only with `replace`
 * (keeping its title, description, notes, highlights and charts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { asciiId } from '../schemas/common';
import type { Observation } from '../schemas/stats';
import { writeFileAtomic } from './atomic-write';
import { columnOf, rowsToObservations, type RowObservation } from './data-rows';
import { idFromTitle } from './entry-id';
import { officeKind, wrongKind } from './office-file';
import { placeholder } from './placeholders';
import type { Problem } from './problems';
import { readJson } from './read-json';
import { readCsv, readXlsx, type Sheet } from './sheet-read';
import { buildStats, StatsError } from './stats';
import { readStatsSources } from './stats/files';
import { loadStats } from './stats/load';

export type ImportDataOptions = { dataset?: string; replace?: boolean; sheet?: string; title?: string; source?: string };

export type ImportedData = {
  ok: true;
  path: string;
  /** Where the rows came from: the sheet, or the CSV's encoding and separator. */
  read: string;
  rows: number;
  indicators: number;
  regions: number;
  replaced: boolean;
  /** Fields of a new dataset left as placeholders. */
  toFill: string[];
};

type Result = ImportedData | { ok: false; problems: Problem[] };

/** A dataset as the bundled ones are written: one observation or highlight a line. */
export function formatDataset(data: Record<string, unknown>): string {
  const inline = (o: Record<string, unknown>) => `{ ${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  const fields = Object.entries(data).map(([key, value]) => {
    const text =
      (key === 'observations' || key === 'highlights') && Array.isArray(value) && value.length > 0
        ? `[\n${value.map((o) => `    ${inline(o as Record<string, unknown>)}`).join(',\n')}\n  ]`
        : JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** Only what the sheet gave: `basis` is reported by default and not written. */
const written = ({ basis, ...o }: Observation) => (basis === 'reported' ? o : { ...o, basis });

/** Replaces `observations[3]` in a statistics message by the row it came from (`第 5 行`). */
function inRows(text: string | undefined, rows: RowObservation[]): string | undefined {
  return text?.replace(/observations\[(\d+)\]/g, (m, i: string) => (rows[Number(i)] ? `第 ${rows[Number(i)]!.row} 行` : m));
}

const COLUMN_OF_FIELD: Record<string, string> = { indicator: '指标', region: '地区', period: '时间', value: '数值', approx: '数值', status: '数值', quote: '原文写法', note: '备注' };

/** A problem of the statistics check on the new dataset, located in the sheet. */
function toSheetProblem(p: Problem, rows: RowObservation[], shownPath: string, datasetPath: string): Problem {
  const m = /^observations\[(\d+)\](?:\.(\w+))?/.exec(p.path ?? '');
  const row = m ? rows[Number(m[1])]?.row : undefined;
  if (row === undefined) return { ...p, file: datasetPath, line: undefined, message: inRows(p.message, rows)!, fix: inRows(p.fix, rows) };
  const column = m![2] ? COLUMN_OF_FIELD[m![2]] : undefined;
  return { file: shownPath, path: `第 ${row} 行${column ? `「${column}」列` : ''}`, message: inRows(p.message, rows)!, fix: inRows(p.fix, rows) };
}

/** Problems in the order of the sheet's rows (`第 12 行…`), the others first. */
function byRow(problems: Problem[]): Problem[] {
  const row = (p: Problem) => Number(/^第 (\d+) 行/.exec(p.path ?? '')?.[1] ?? 0);
  return [...problems].sort((a, b) => row(a) - row(b));
}

async function readSheet(bytes: Uint8Array, sheet?: string): Promise<{ sheet: Sheet } | { problems: Omit<Problem, 'file'>[] }> {
  const kind = officeKind(bytes);
  const wrong = wrongKind(kind, 'data');
  if (wrong) return { problems: [wrong] };
  if (kind === 'xlsx') return readXlsx(bytes, sheet);
  if (sheet !== undefined) return { problems: [{ path: '--sheet', message: 'CSV 文件只有一张表，不需要 --sheet。' }] };
  return readCsv(bytes, (name) => columnOf(name) !== undefined);
}

/** Imports the sheet `bytes` (named `shownPath` in messages) as a dataset of the project at `root`. */
export async function importData(root: string, shownPath: string, bytes: Uint8Array, options: ImportDataOptions = {}): Promise<Result> {
  const fail = (problems: Omit<Problem, 'file'>[], file = shownPath): Result => ({ ok: false, problems: problems.map((p) => ({ file, ...p })) });
  const read = await readSheet(bytes, options.sheet);
  if ('problems' in read) return fail(read.problems);

  const sources = readStatsSources(root);
  const { loaded, issues } = loadStats({ ...sources, datasets: [] });
  if (issues.length > 0) return { ok: false, problems: issues.map((p) => ({ ...p, fix: `${p.fix ?? ''} 先改好这个文件（npm run check 会列出全部问题），再导入。`.trim() })) };
  const { rows, source: sheetSource, problems } = rowsToObservations(read.sheet, loaded);
  // Rows that could not be read are reported with what the statistics check finds in the others,
  // so that one run names every problem.
  const found: Problem[] = problems.map((p) => ({ file: shownPath, ...p }));
  const stop = (more: Omit<Problem, 'file'>[] = [], file = shownPath): Result => ({ ok: false, problems: byRow([...found, ...more.map((p) => ({ file, ...p }))]) });
  if (problems.length > 0 && rows.length === 0) return stop();

  const stem = basename(shownPath).replace(/\.[^.]*$/, '');
  const id = options.dataset ?? idFromTitle(options.title ?? stem);
  if (!asciiId.safeParse(id).success) {
    return stop([{ path: '--dataset', message: options.dataset ? `数据集 id“${id}”不能用：只能用小写英文字母、数字和连字符。` : `文件名“${stem}”生成不了数据集 id。`, fix: '用 --dataset 指定，例如 --dataset linpu-pilot-2011。' }], '命令行');
  }
  const datasetPath = `data/datasets/${id}.json`;
  const exists = existsSync(join(root, datasetPath));
  if (exists && !options.replace) {
    return stop([{ message: `已经有数据集“${id}”，不会覆盖它。`, fix: '要用这份表格替换它的全部数字（标题、说明、图表保留），加 --replace；要另建数据集，用 --dataset 指定新的 id。' }], datasetPath);
  }

  let dataset: Record<string, unknown>;
  const toFill: string[] = [];
  if (exists) {
    const old = readJson(readFileSync(join(root, datasetPath), 'utf8'));
    if (!old.value || typeof old.value !== 'object') return stop([{ message: '现有的数据集文件读不出来，无法替换。', fix: '先运行 npm run check 改好它，或删掉它再导入。' }], datasetPath);
    dataset = { ...(old.value as Record<string, unknown>) };
  } else {
    dataset = { title: options.title ?? stem, description: placeholder('一两句话说明数据集包含什么'), source: '' };
    toFill.push('说明（description）');
  }
  if (options.title) dataset.title = options.title;
  const source = options.source ?? sheetSource ?? (dataset.source as string);
  if (!source) {
    return stop([{ path: '「来源」列', message: '没有写来源：每个数据集都要注明来源文献。', fix: '在“来源”列填写来源文献的 id 或标题，或用 --source 指定（content/reports/ 中的 id）。' }]);
  }
  dataset.source = source;
  dataset.observations = rows.map((r) => written(r.observation));
  const text = formatDataset(dataset);

  // The build's statistics check, on the project with this dataset in place.
  try {
    buildStats({ ...sources, datasets: [...sources.datasets.filter((d) => d.path !== datasetPath), { path: datasetPath, text }] });
  } catch (error) {
    if (!(error instanceof StatsError)) throw error;
    found.push(...error.problems.filter((p) => p.file === datasetPath).map((p) => toSheetProblem(p, rows, shownPath, datasetPath)));
  }
  if (found.length > 0) return stop();
  await writeFileAtomic(join(root, datasetPath), text, { overwrite: exists });
  return {
    ok: true,
    path: datasetPath,
    read: read.sheet.source,
    rows: rows.length,
    indicators: new Set(rows.map((r) => r.observation.indicator)).size,
    regions: new Set(rows.map((r) => r.observation.region)).size,
    replaced: exists,
    toFill,
  };
}

