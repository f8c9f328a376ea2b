import { describe, expect, test } from 'vitest';
import { autoChartSpec, buildChart, chartData, chartLabel } from '../../src/lib/stats/charts';
import { buildBase } from './support/stats';

const bundle = buildBase();
const ds = bundle.datasets.find((d) => d.id === 'ok')!;
const ctx = { indicators: bundle.indicators, regions: bundle.regions };
const chart = (id: string) => ds.charts.find((c) => c.id === id)!;

describe('charts', () => {
  test('a by-region chart has one bar per region, with missing values kept as null', () => {
    const c = chart('by-town');
    expect(c.render).toBe('bar');
    expect(c.categories.map((x) => x.label)).toEqual(['示例镇', '乙镇']);
    const data = chartData(c);
    expect(data.series[0]).toMatchObject({ label: '已建', values: [40, null], texts: ['40以上', '未披露'] });
  });

  test('an over-time chart runs from the earliest period and marks derived values', () => {
    const data = chartData(chart('trend'));
    expect(data.render).toBe('line');
    expect(data.categories).toEqual(['2010年12月31日', '2011年9月30日']);
    expect(data.series[0]).toMatchObject({ values: [17.66, 30], derived: [true, false] });
    expect(data.series[0]!.texts[0]).toBe('17.66（推算）');
  });

  test('a composition chart stacks the parts', () => {
    const c = chart('parts');
    expect(c.render).toBe('stacked');
    expect(c.series.map((s) => s.label)).toEqual(['党委', '党支部']);
    expect(chartLabel(c)).toContain('堆积柱状图：党组织的构成');
    expect(chartLabel(c)).toContain('单位：个');
  });

  test('an indicator with parts is charted as its composition; one with several regions by region', () => {
    expect(autoChartSpec('total', ds.observations, ctx)).toMatchObject({ type: 'composition', indicators: ['part-a', 'part-b'] });
    expect(autoChartSpec('orgs', ds.observations, ctx)).toMatchObject({ type: 'by-region', period: '2011-09-30' });
    expect(autoChartSpec('no-such', ds.observations, ctx)).toBeUndefined();
  });

  test('a chart with nothing to draw is refused, naming its path', () => {
    const result = buildChart({ id: 'x', type: 'by-region', title: '空', indicators: ['money'], regions: ['town'] }, ds.observations, ctx, 'charts[9]');
    expect(result.chart).toBeUndefined();
    expect(result.issues[0]!.path).toBe('charts[9]');
  });
});
