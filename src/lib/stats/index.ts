/**
 * The statistics pipeline: load → validate → derive → charts. `buildStats` returns everything the
 * pages and the exports need, or throws a `StatsError` that lists every problem (file, JSON path,
 * reason, fix). Pages (through `src/site/stats.ts`) and the export integration call the same
 * function, so what is shown and what is downloaded cannot differ.
 */
import type { Region } from '../../schemas/region';
import type { Indicator } from '../../schemas/stats';
import { buildChart, type ChartModel } from './charts';
import { deriveDataset, type ResolvedObservation } from './derive';
import type { Problem } from '../problems';
import { StatsError } from './errors';
import { loadStats, type LineIndex, type ReportRef, type StatsSources } from './load';
import { comparePeriods } from './periods';
import { observationKey, validateStats } from './validate';

export type ResolvedDataset = {
  id: string;
  /** Project-relative path of its file. */
  file: string;
  title: string;
  description: string;
  source: ReportRef;
  notes: string[];
  /** Every observation, reported and derived, in reading order (indicator, region, period). */
  observations: ResolvedObservation[];
  charts: ChartModel[];
  highlights: ResolvedObservation[];
};

export type StatsBundle = {
  indicators: Map<string, Indicator>;
  regions: Map<string, Region>;
  datasets: ResolvedDataset[];
};

/** Indicator order as first met in the file, then region order, then time. */
function readingOrder(observations: ResolvedObservation[]): ResolvedObservation[] {
  const first = <K>(key: (o: ResolvedObservation) => K) => {
    const m = new Map<K, number>();
    observations.forEach((o, i) => {
      if (!m.has(key(o))) m.set(key(o), i);
    });
    return m;
  };
  const ind = first((o) => o.indicator);
  const reg = first((o) => o.region);
  return [...observations].sort(
    (a, b) => ind.get(a.indicator)! - ind.get(b.indicator)! || reg.get(a.region)! - reg.get(b.region)! || comparePeriods(a.period, b.period),
  );
}

/** `observations[3].value` → `['observations', 3, 'value']`. */
function pathSegments(path: string): PropertyKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Gives every problem without a line the line of the value its JSON path names. */
function withLines(problems: Problem[], lines: LineIndex): Problem[] {
  return problems.map((p) => (p.line || !p.path ? p : { ...p, line: lines.get(p.file)?.(pathSegments(p.path)) }));
}

export function buildStats(sources: StatsSources): StatsBundle {
  const { loaded, issues, lines } = loadStats(sources);
  // Cross-file checks need the indicator and region registries; datasets that failed to load are
  // already left out, so every remaining problem is reported in the same run.
  const registriesLoaded = !issues.some((i) => i.file === sources.indicators.path || i.file === sources.regions.path);
  if (registriesLoaded) issues.push(...validateStats(loaded));
  if (issues.length > 0) throw new StatsError(withLines(issues, lines));

  const indicators = new Map(loaded.indicators.map((i) => [i.id, i]));
  const regions = new Map(loaded.regions.map((r) => [r.id, r]));
  const reports = new Map(loaded.reports.map((r) => [r.id, r]));
  const problems: Problem[] = [];
  const datasets: ResolvedDataset[] = [];

  for (const ds of loaded.datasets) {
    const derived = deriveDataset(ds, indicators);
    problems.push(...derived.issues);
    const observations = readingOrder(derived.observations);
    const byKey = new Map(observations.map((o) => [observationKey(o), o]));

    const charts: ChartModel[] = [];
    const chartIds = new Set<string>();
    ds.data.charts.forEach((spec, i) => {
      if (chartIds.has(spec.id)) {
        problems.push({ file: ds.file, path: `charts[${i}].id`, message: `图表 id“${spec.id}”在本数据集中重复。`, fix: '给每张图表一个不同的 id。' });
      }
      chartIds.add(spec.id);
      const result = buildChart(spec, observations, { indicators, regions }, `charts[${i}]`);
      if (result.chart) charts.push(result.chart);
      problems.push(...result.issues.map((issue) => ({ file: ds.file, ...issue })));
    });

    const highlights: ResolvedObservation[] = [];
    ds.data.highlights.forEach((key, i) => {
      const o = byKey.get(observationKey(key));
      if (o) highlights.push(o);
      else {
        problems.push({
          file: ds.file,
          path: `highlights[${i}]`,
          message: `主要数字（指标 ${key.indicator}，地区 ${key.region}，时间 ${key.period}）在 observations 中找不到。`,
          fix: '三项要与某个观测值完全一致（时间的写法也要一致）。',
        });
      }
    });

    datasets.push({
      id: ds.id,
      file: ds.file,
      title: ds.data.title,
      description: ds.data.description,
      source: reports.get(ds.data.source)!,
      notes: ds.data.notes,
      observations,
      charts,
      highlights,
    });
  }
  if (problems.length > 0) throw new StatsError(withLines(problems, lines));
  const order = new Map(loaded.datasets.map((ds) => [ds.id, ds.data.order]));
  datasets.sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.id.localeCompare(b.id));
  return { indicators, regions, datasets };
}

export { StatsError } from './errors';
export type { ResolvedObservation } from './derive';
export type { ChartModel } from './charts';
export type { ReportRef } from './load';
