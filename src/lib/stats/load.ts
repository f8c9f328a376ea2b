/**
 * Load: the statistics files as text → parsed, schema-checked values. Each file is checked on its
 * own here (JSON syntax, fields, types); checks across files are in `validate.ts`.
 */
import { z } from 'astro/zod';
import { regionsFileSchema, type Region } from '../../schemas/region';
import { datasetFileSchema, indicatorsFileSchema, type DatasetFile, type Indicator } from '../../schemas/stats';
import { formatPath, type Problem } from '../problems';
import { readJson } from '../read-json';
import { explainIssues } from '../schema-messages';
import { statsFixFor } from './errors';

/** A file's project-relative path (`data/datasets/x.json`) and its text. */
export type StatsFile = { path: string; text: string };
/** A source document: its id (file name in `content/reports/`) and title. */
export type ReportRef = { id: string; title: string };

export type StatsSources = {
  indicators: StatsFile;
  regions: StatsFile;
  datasets: StatsFile[];
  reports: ReportRef[];
};

export type LoadedDataset = { id: string; file: string; data: DatasetFile };

export type LoadedStats = {
  indicatorsFile: string;
  indicators: Indicator[];
  regionsFile: string;
  regions: Region[];
  datasets: LoadedDataset[];
  reports: ReportRef[];
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where each file's values are, for the line numbers of problems found after loading. */
export type LineIndex = Map<string, (path: readonly PropertyKey[]) => number | undefined>;

function parseFile<T>(file: StatsFile, schema: z.ZodType<T>, issues: Problem[], lines: LineIndex): T | undefined {
  const json = readJson(file.text);
  lines.set(file.path, json.lineOf);
  if (json.problems.length > 0) {
    issues.push(...json.problems.map((p) => ({ file: file.path, ...p })));
    return undefined;
  }
  const result = schema.safeParse(json.value, { reportInput: true });
  if (!result.success) {
    for (const m of explainIssues(schema as never, result.error.issues, json.value, { fixFor: statsFixFor, guide: 'src/schemas/stats.ts' })) {
      issues.push({ file: file.path, line: json.lineOf(m.path), path: formatPath(m.path), message: m.message, fix: m.fix });
    }
    return undefined;
  }
  return result.data;
}

/** The dataset id of `data/datasets/linpu-pilot-2011.json`: `linpu-pilot-2011`. */
function datasetId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

/** Parses and schema-checks every file; files with problems are left out and reported. */
export function loadStats(sources: StatsSources): { loaded: LoadedStats; issues: Problem[]; lines: LineIndex } {
  const issues: Problem[] = [];
  const lines: LineIndex = new Map();
  const indicators = parseFile(sources.indicators, indicatorsFileSchema, issues, lines) ?? [];
  const regions = parseFile(sources.regions, regionsFileSchema, issues, lines) ?? [];
  const datasets: LoadedDataset[] = [];
  for (const file of [...sources.datasets].sort((a, b) => a.path.localeCompare(b.path))) {
    const id = datasetId(file.path);
    if (!ID.test(id)) {
      issues.push({
        file: file.path,
        path: '',
        message: `文件名“${id}”不能作为数据集 id（网址的一部分）。`,
        fix: '文件名只用小写英文字母、数字和连字符，例如 linpu-pilot-2011.json。',
      });
      continue;
    }
    const data = parseFile(file, datasetFileSchema, issues, lines);
    if (data) datasets.push({ id, file: file.path, data });
  }
  return {
    loaded: {
      indicatorsFile: sources.indicators.path,
      indicators,
      regionsFile: sources.regions.path,
      regions,
      datasets,
      reports: sources.reports,
    },
    issues,
    lines,
  };
}
