/**
 * Charts: a dataset's chart specs → chart models (categories × series of observations) that the
 * chart component renders as a table and, in the browser, a canvas. Problems name the chart's
 * JSON path (`charts[1].period`).
 */
import type { Region } from '../../schemas/region';
import { CHART_TYPES, type ChartSpec, type ChartType, type Indicator } from '../../schemas/stats';
import type { Problem } from '../problems';
import type { ResolvedObservation } from './derive';
import { formatValue } from './format';
import { comparePeriods, formatPeriod } from './periods';

export type ChartRender = 'bar' | 'hbar' | 'line' | 'stacked';

export type ChartModel = {
  id: string;
  type: ChartType;
  render: ChartRender;
  title: string;
  note?: string;
  /** The unit every value in the chart shares. */
  unit: string;
  /** What the categories are: 地区, 时间 or 指标 (the table's first column). */
  categoryHeader: string;
  categories: { key: string; label: string }[];
  /** One series per indicator (one per region for `by-indicator`); `cells[i]` belongs to `categories[i]`. */
  series: { key: string; label: string; cells: (ResolvedObservation | undefined)[] }[];
  /** When the chart applies, if one period: `2011年9月30日`; empty for charts over time. */
  periodText: string;
};

/** What the browser module needs to draw a chart (serialised next to the canvas). */
export type ChartData = {
  render: ChartRender;
  unit: string;
  categories: string[];
  /** `texts` are drawn beside the values (约600, 未披露, 14,872（推算）); `derived` marks computed values. */
  series: { label: string; values: (number | null)[]; texts: string[]; derived: boolean[] }[];
};

type ChartContext = {
  indicators: ReadonlyMap<string, Indicator>;
  regions: ReadonlyMap<string, Pick<Region, 'id' | 'name'>>;
};

type Result = { chart: ChartModel; issues: [] } | { chart?: undefined; issues: Omit<Problem, 'file'>[] };


const unique = <T>(xs: T[]) => [...new Set(xs)];

type Failure = { issues: Omit<Problem, 'file'>[]; chart?: undefined };
const failure = (path: string, message: string, fix: string): Failure => ({ issues: [{ path, message, fix }] });

/** Resolves one chart spec against a dataset's observations (reported and derived). */
export function buildChart(spec: ChartSpec, observations: readonly ResolvedObservation[], ctx: ChartContext, path: string): Result {
  const checked = checkSpec(spec, ctx, path);
  if ('issues' in checked) return checked;
  const ids = new Set(spec.indicators);
  const rows = observations.filter(
    (o) => ids.has(o.indicator) && (!spec.regions || spec.regions.includes(o.region)) && (!spec.period || o.period === spec.period),
  );
  if (!rows.some((o) => o.value !== null)) {
    return failure(path, `图表“${spec.title}”没有一个可画的数字（所选指标、地区${spec.period ? '、时间' : ''}下没有数据，或全部未披露）。`, '检查 indicators、regions、period 是否与 observations 一致；全部未披露的数字只列在数据表中，不作图。');
  }
  // Charts at a single point in time need one period per cell.
  const periods = unique(rows.map((o) => o.period));
  if (spec.type !== 'over-time' && periods.length > 1) {
    return failure(`${path}.period`, `图表“${spec.title}”的数据有多个时间（${periods.join('、')}），不知道画哪一个。`, `写 "period": "${periods.at(-1)}" 这样的一项，只画这一时间的数据；比较不同时间用 over-time 图表。`);
  }
  return layout(spec, checked.indicators, rows, ctx, path);
}

/** The spec's indicators, when they exist, share a unit and are as many as its type takes. */
function checkSpec(spec: ChartSpec, ctx: ChartContext, path: string): { indicators: Indicator[] } | Failure {
  const inds: Indicator[] = [];
  for (const [j, id] of spec.indicators.entries()) {
    const ind = ctx.indicators.get(id);
    if (!ind) return failure(`${path}.indicators[${j}]`, `图表“${spec.title}”用到的指标“${id}”在 data/indicators.json 中没有定义。`, '检查拼写，或先定义这个指标。');
    inds.push(ind);
  }
  for (const [j, id] of (spec.regions ?? []).entries()) {
    if (!ctx.regions.has(id)) return failure(`${path}.regions[${j}]`, `图表“${spec.title}”用到的地区“${id}”在 data/regions.json 中没有登记。`, '检查拼写，或先登记这个地区。');
  }
  const units = unique(inds.map((i) => i.unit));
  if (units.length > 1) {
    return failure(`${path}.indicators`, `图表“${spec.title}”中的指标单位不同（${units.join('、')}），不能画在同一坐标轴上。`, '一张图只放同一单位的指标；其他指标另画一张图。');
  }
  const arity: Record<ChartType, [number, number]> = { 'by-region': [1, 1], 'over-time': [1, 8], composition: [2, 12], 'by-indicator': [2, 12] };
  const [min, max] = arity[spec.type];
  if (inds.length < min || inds.length > max) {
    return failure(`${path}.indicators`, `“${spec.type}”图表（${CHART_TYPES[spec.type]}）应有 ${min === max ? min : `${min}–${max}`} 个指标，这里有 ${inds.length} 个。`, '调整 indicators，或换一种图表类型（type）。');
  }
  return { indicators: inds };
}

/** The chart's categories and series, by its type. */
function layout(spec: ChartSpec, inds: Indicator[], rows: readonly ResolvedObservation[], ctx: ChartContext, path: string): Result {
  const regionIds = spec.regions ?? unique(rows.map((o) => o.region));
  const regionLabel = (id: string) => ctx.regions.get(id)?.name ?? id;
  const find = (indicator: string, region: string, period?: string) =>
    rows.find((o) => o.indicator === indicator && o.region === region && (period === undefined || o.period === period));
  const short = (ind: Indicator) => ind.shortName ?? ind.name;
  const periodText = spec.type === 'over-time' ? '' : formatPeriod(rows[0]!.period);
  const base = { id: spec.id, type: spec.type, title: spec.title, note: spec.note, unit: inds[0]!.unit, periodText };
  const chart = (model: Omit<ChartModel, keyof typeof base>): Result => ({ issues: [], chart: { ...base, ...model } });
  if (spec.type === 'by-region' || spec.type === 'composition') {
    return chart({
      render: spec.type === 'by-region' ? 'bar' : 'stacked',
      categoryHeader: '地区',
      categories: regionIds.map((id) => ({ key: id, label: regionLabel(id) })),
      series: inds.map((ind) => ({ key: ind.id, label: short(ind), cells: regionIds.map((r) => find(ind.id, r)) })),
    });
  }
  if (regionIds.length !== 1) {
    return failure(`${path}.regions`, `“${spec.type}”图表只画一个地区，这里有 ${regionIds.length} 个（${regionIds.join('、')}）。`, '在 regions 中只写一个地区。');
  }
  const region = regionIds[0]!;
  if (spec.type === 'by-indicator') {
    return chart({
      render: 'hbar',
      categoryHeader: '指标',
      categories: inds.map((ind) => ({ key: ind.id, label: short(ind) })),
      series: [{ key: region, label: regionLabel(region), cells: inds.map((ind) => find(ind.id, region)) }],
    });
  }
  const periods = unique(rows.map((o) => o.period)).sort(comparePeriods);
  if (periods.length < 2) {
    return failure(path, `“over-time”图表“${spec.title}”只有一个时间点，画不出变化。`, '换成 by-region 或 by-indicator 图表，或补充其他时间的数据。');
  }
  return chart({
    render: 'line',
    categoryHeader: '时间',
    categories: periods.map((p) => ({ key: p, label: formatPeriod(p) })),
    series: inds.map((ind) => ({ key: ind.id, label: short(ind), cells: periods.map((p) => find(ind.id, region, p)) })),
  });
}

/**
 * A chart for one indicator, chosen from the data (for `<DatasetChart indicator="…">` in MDX):
 * its parts stacked if it has `sumOf`, by region if several regions share a period, else over time.
 */
export function autoChartSpec(indicatorId: string, observations: readonly ResolvedObservation[], ctx: ChartContext): ChartSpec | undefined {
  const ind = ctx.indicators.get(indicatorId);
  if (!ind) return undefined;
  const own = observations.filter((o) => o.indicator === indicatorId);
  if (ind.sumOf) {
    const period = own.map((o) => o.period).sort(comparePeriods).at(-1);
    return { id: `${indicatorId}-parts`, type: 'composition', title: `${ind.name}的构成`, indicators: ind.sumOf, period };
  }
  const periods = unique(own.map((o) => o.period)).sort(comparePeriods);
  const regions = unique(own.map((o) => o.region));
  if (regions.length > 1) {
    return { id: `${indicatorId}-regions`, type: 'by-region', title: `${ind.name}（按地区）`, indicators: [indicatorId], period: periods.at(-1) };
  }
  if (periods.length > 1) return { id: `${indicatorId}-time`, type: 'over-time', title: ind.name, indicators: [indicatorId] };
  return { id: indicatorId, type: 'by-region', title: ind.name, indicators: [indicatorId] };
}

/** The chart's numbers for the browser module: plain values and the labels drawn beside them. */
export function chartData(chart: ChartModel): ChartData {
  return {
    render: chart.render,
    unit: chart.unit,
    categories: chart.categories.map((c) => c.label),
    series: chart.series.map((s) => ({
      label: s.label,
      values: s.cells.map((c) => c?.value ?? null),
      texts: s.cells.map((c) => (c ? `${formatValue(c)}${c.basis === 'derived' ? '（推算）' : ''}` : '')),
      derived: s.cells.map((c) => c?.basis === 'derived'),
    })),
  };
}

/** The canvas's accessible name: what the chart shows and where its numbers are. */
export function chartLabel(chart: ChartModel): string {
  const kind = { bar: '柱状图', hbar: '条形图', line: '折线图', stacked: '堆积柱状图' }[chart.render];
  return `${kind}：${chart.title}${chart.periodText ? `（${chart.periodText}）` : ''}，单位：${chart.unit}。数字见下方数据表。`;
}
