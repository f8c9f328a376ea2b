/**
 * Benchmark datasets (`data/datasets/<id>.json`), generated only when the project has the
 * statistics format: `src/schemas/stats.ts` with `datasetFileSchema`, and `data/indicators.json`.
 * Without them the benchmark skips datasets and says why. Set BENCH_DATASETS=0 to skip them anyway.
 *
 * Observations use the project's own `count` and `amount` indicators that no other indicator
 * derives from or sums (so the build's consistency checks have nothing to reconcile), regions from
 * `data/regions.json`, and whole years as periods. Each dataset cites a generated report.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './prng.mjs';

/** Whether the project at `projectRoot` has the statistics format, and if not, why. */
export function statsFormat(projectRoot) {
  if (process.env.BENCH_DATASETS === '0') return { supported: false, reason: 'BENCH_DATASETS=0：按要求不生成数据集' };
  const schema = join(projectRoot, 'src/schemas/stats.ts');
  if (!existsSync(schema) || !readFileSync(schema, 'utf8').includes('datasetFileSchema')) {
    return { supported: false, reason: '本分支没有统计数据格式（src/schemas/stats.ts），不生成数据集' };
  }
  const indicatorsFile = join(projectRoot, 'data/indicators.json');
  if (!existsSync(indicatorsFile)) return { supported: false, reason: '没有 data/indicators.json，不生成数据集' };
  const indicators = JSON.parse(readFileSync(indicatorsFile, 'utf8'));
  const usedByOthers = new Set(
    indicators.flatMap((i) => [i.numerator, i.denominator, i.changeOf, ...(i.sumOf ?? [])]).filter(Boolean),
  );
  const usable = indicators.filter((i) => (i.kind === 'count' || i.kind === 'amount') && !i.sumOf && !usedByOthers.has(i.id));
  if (usable.length === 0) return { supported: false, reason: 'data/indicators.json 中没有可用于生成的计数指标，不生成数据集' };
  return { supported: true, reason: '', indicators: usable.map((i) => i.id) };
}

/** Writes `count` datasets into `siteRoot/data/datasets/`, replacing the bundled ones. */
export function generateDatasets({ siteRoot, count, seed, world, stats }) {
  const dir = join(siteRoot, 'data/datasets');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const r = rng(`${seed}:datasets:${i}`);
    const indicators = r.sample(stats.indicators, Math.min(stats.indicators.length, r.int(1, 3)));
    const regions = r.sample(world.regionIds, r.int(3, 8));
    const years = Array.from({ length: r.int(2, 6) }, (_, k) => String(2010 + k));
    const observations = [];
    for (const indicator of indicators) {
      for (const region of regions) {
        for (const period of years) {
          observations.push(
            r.chance(0.04)
              ? { indicator, region, period, value: null, status: 'undisclosed' }
              : { indicator, region, period, value: r.int(5, 5000) },
          );
        }
      }
    }
    const last = years[years.length - 1];
    // The highlighted figure must be a number.
    const highlighted = observations.find((o) => o.indicator === indicators[0] && o.region === regions[0] && o.period === last);
    if (highlighted.value === null) Object.assign(highlighted, { value: r.int(5, 5000), status: undefined });
    const dataset = {
      title: `${world.regionName.get(regions[0])}等地“两新”组织党建统计（${years[0]}—${last}年，第${i + 1}组）`,
      description: `${regions.length}个地区${years.length}年的${indicators.length}项指标，按地区和年份列出。`,
      source: `baogao-${String(r.int(1, world.counts.reports)).padStart(5, '0')}`,
      notes: ['基准测试生成的数据，仅用于测量构建速度和页面大小。'],
      highlights: [{ indicator: indicators[0], region: regions[0], period: last }],
      charts: [
        { id: 'by-region', type: 'by-region', title: `各地区${last}年数字`, indicators: [indicators[0]], regions, period: last },
        { id: 'over-time', type: 'over-time', title: `${world.regionName.get(regions[0])}历年数字`, indicators: [indicators[0]], regions: [regions[0]] },
      ],
      observations,
    };
    writeFileSync(join(dir, `shuju-${String(i + 1).padStart(5, '0')}.json`), `${JSON.stringify(dataset, null, 2)}\n`);
  }
  return { generated: count, reason: '' };
}
