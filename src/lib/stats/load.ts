/**
 * Load: the statistics files as text → parsed, schema-checked values. Each file is checked on its
 * own here (JSON syntax, fields, types); checks across files are in `validate.ts`.
 */
import { z } from 'astro/zod';
import { regionsFileSchema, type Region } from '../../schemas/region';
import { datasetFileSchema, indicatorsFileSchema, type DatasetFile, type Indicator } from '../../schemas/stats';
import { fromZodIssue, type StatsIssue } from './errors';
import { parseJson } from './parse-json';

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

const zhCN = z.locales.zhCN().localeError;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseFile<T>(file: StatsFile, schema: z.ZodType<T>, issues: StatsIssue[]): T | undefined {
  const json = parseJson(file.path, file.text);
  if (!json.ok) {
    issues.push(json.issue);
    return undefined;
  }
  const result = schema.safeParse(json.value, { reportInput: true, error: zhCN });
  if (!result.success) {
    issues.push(...result.error.issues.map((i) => fromZodIssue(file.path, i)));
    return undefined;
  }
  return result.data;
}

/** The dataset id of `data/datasets/linpu-pilot-2011.json`: `linpu-pilot-2011`. */
export function datasetId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

/** Parses and schema-checks every file; files with problems are left out and reported. */
export function loadStats(sources: StatsSources): { loaded: LoadedStats; issues: StatsIssue[] } {
  const issues: StatsIssue[] = [];
  const indicators = parseFile(sources.indicators, indicatorsFileSchema, issues) ?? [];
  const regions = parseFile(sources.regions, regionsFileSchema, issues) ?? [];
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
    const data = parseFile(file, datasetFileSchema, issues);
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
  };
}
