/**
 * Validate: the checks that need more than one file or more than one field. Every problem is
 * reported with its file, its JSON path, what is wrong and the fix, in Chinese.
 *
 * Checked here: indicator definitions (references, kinds), region ids, a dataset's source, each
 * observation (known indicator and region, period, null only with a status, no negative count,
 * rates within 0–100, counts whole), duplicate observations, numerators larger than their
 * denominators. The arithmetic between observations is checked in `derive.ts`; charts in
 * `charts.ts`.
 */
import type { Region } from '../../schemas/region';
import type { Indicator, Observation } from '../../schemas/stats';
import { formatNumber } from '../numbers';
import type { Problem } from '../problems';
import { FIXES } from './errors';
import type { LoadedDataset, LoadedStats } from './load';
import { parsePeriod } from './periods';


export const observationKey = (o: Pick<Observation, 'indicator' | 'region' | 'period'>) => `${o.indicator}|${o.region}|${o.period}`;

/** `（指标 x，地区 y，时间 z）`: which observation a message is about. */
export function observationContext(o: Pick<Observation, 'indicator' | 'region' | 'period'>): string {
  return `（指标 ${o.indicator}，地区 ${o.region}，时间 ${o.period}）`;
}

function validateIndicators(file: string, indicators: readonly Indicator[]): Problem[] {
  const issues: Problem[] = [];
  const byId = new Map<string, Indicator>();
  indicators.forEach((ind, i) => {
    if (byId.has(ind.id)) {
      issues.push({ file, path: `[${i}].id`, message: `指标 id“${ind.id}”重复。`, fix: '每个指标只定义一次；换一个 id，或删去重复的一项。' });
    }
    byId.set(ind.id, ind);
  });
  const refCheck = (i: number, field: string, id: string | undefined) => {
    if (id !== undefined && !byId.has(id)) {
      issues.push({ file, path: `[${i}].${field}`, message: `引用的指标“${id}”不存在。`, fix: '写本文件中已定义的指标 id，或先添加该指标。' });
      return false;
    }
    return id !== undefined;
  };
  indicators.forEach((ind, i) => {
    const hasNum = refCheck(i, 'numerator', ind.numerator);
    const hasDen = refCheck(i, 'denominator', ind.denominator);
    if ((ind.numerator !== undefined || ind.denominator !== undefined) && ind.kind !== 'rate') {
      issues.push({ file, path: `[${i}].${ind.numerator ? 'numerator' : 'denominator'}`, message: `只有比率（kind 为 rate）才有分子、分母；“${ind.id}”的 kind 是 ${ind.kind}。`, fix: '删去 numerator/denominator，或把 kind 改为 rate。' });
    }
    if ((ind.numerator === undefined) !== (ind.denominator === undefined)) {
      issues.push({ file, path: `[${i}].${ind.numerator ? 'denominator' : 'numerator'}`, message: `比率“${ind.id}”只写了分子或分母中的一个。`, fix: 'numerator 和 denominator 要一起写，或都不写。' });
    }
    for (const [field, ok] of [['numerator', hasNum], ['denominator', hasDen]] as const) {
      const target = ok ? byId.get(ind[field]!) : undefined;
      if (target && target.kind !== 'count' && target.kind !== 'amount') {
        issues.push({ file, path: `[${i}].${field}`, message: `分子、分母应是计数或数量指标，“${target.id}”的 kind 是 ${target.kind}。`, fix: '分子、分母写 kind 为 count 或 amount 的指标。' });
      }
    }
    if (ind.kind === 'change' && ind.changeOf === undefined) {
      issues.push({ file, path: `[${i}].changeOf`, message: `变化量指标“${ind.id}”没有写 changeOf。`, fix: '写它所对应的指标 id，例如“新增数”对应“已组建数”。' });
    }
    if (ind.changeOf !== undefined) {
      if (ind.kind !== 'change') {
        issues.push({ file, path: `[${i}].changeOf`, message: `只有变化量（kind 为 change）才写 changeOf；“${ind.id}”的 kind 是 ${ind.kind}。`, fix: '删去 changeOf，或把 kind 改为 change。' });
      } else if (refCheck(i, 'changeOf', ind.changeOf) && byId.get(ind.changeOf)!.kind === 'change') {
        issues.push({ file, path: `[${i}].changeOf`, message: `changeOf 指向的“${ind.changeOf}”本身也是变化量。`, fix: 'changeOf 写被比较的那个指标（计数、数量或比率）。' });
      }
    }
    ind.sumOf?.forEach((part, j) => {
      if (!refCheck(i, `sumOf[${j}]`, part)) return;
      const p = byId.get(part)!;
      if (p.unit !== ind.unit) {
        issues.push({ file, path: `[${i}].sumOf[${j}]`, message: `分项“${part}”的单位“${p.unit}”与合计“${ind.id}”的单位“${ind.unit}”不同，不能相加。`, fix: '构成中的分项与合计应使用同一单位。' });
      }
    });
    if (ind.sumOf && ind.kind !== 'count' && ind.kind !== 'amount') {
      issues.push({ file, path: `[${i}].sumOf`, message: `只有计数和数量才能写成分项之和（“${ind.id}”的 kind 是 ${ind.kind}）。`, fix: '只对计数或数量指标写 sumOf。' });
    }
  });
  return issues;
}

function validateRegions(file: string, regions: readonly Region[]): Problem[] {
  const issues: Problem[] = [];
  const ids = new Set<string>();
  regions.forEach((r, i) => {
    if (ids.has(r.id)) issues.push({ file, path: `[${i}].id`, message: `地区 id“${r.id}”重复。`, fix: '每个地区只登记一次。' });
    ids.add(r.id);
  });
  regions.forEach((r, i) => {
    if (r.parent !== undefined && !ids.has(r.parent)) {
      issues.push({ file, path: `[${i}].parent`, message: `上级地区“${r.parent}”不存在。`, fix: '写本文件中已登记的地区 id。' });
    }
  });
  return issues;
}

function validateDataset(
  ds: LoadedDataset,
  indicators: ReadonlyMap<string, Indicator>,
  regionIds: ReadonlySet<string>,
  reportIds: ReadonlySet<string>,
): Problem[] {
  const issues: Problem[] = [];
  const file = ds.file;
  const add = (path: string, message: string, fix?: string) => issues.push({ file, path, message, fix });

  if (!reportIds.has(ds.data.source)) {
    add('source', `来源“${ds.data.source}”在 content/reports/ 中找不到。`, '写 content/reports/ 中某篇来源文献的文件名（不带 .md），或先为这篇文献添加条目。');
  }

  const seen = new Map<string, number>();
  ds.data.observations.forEach((o, i) => {
    const at = `observations[${i}]`;
    const ctx = observationContext(o);
    const ind = indicators.get(o.indicator);
    if (!ind) add(`${at}.indicator`, `指标“${o.indicator}”在 data/indicators.json 中没有定义。`, '检查拼写，或先在 data/indicators.json 中添加这个指标（名称、单位、定义）。');
    if (!regionIds.has(o.region)) add(`${at}.region`, `地区“${o.region}”在 data/regions.json 中没有登记。`, '检查拼写，或先在 data/regions.json 中登记这个地区。');
    const period = parsePeriod(o.period);
    if ('error' in period) add(`${at}.period`, `${period.error}${ctx}`, FIXES.period);

    const key = observationKey(o);
    const first = seen.get(key);
    if (first !== undefined) {
      add(at, `与 observations[${first}] 重复：同一指标、地区和时间只能有一个数${ctx}。`, '删去其中一个；若两个数口径不同，应定义不同的指标。');
    } else {
      seen.set(key, i);
    }

    if (o.value === null) {
      if (o.status === undefined) {
        add(`${at}.status`, `value 为 null，但没有写 status${ctx}。`, '来源以“*”隐去的写 "status": "undisclosed"；来源没有给出的写 "status": "not-collected"。不要用 0 代替。');
      }
      if (o.approx !== undefined) add(`${at}.approx`, `没有数值（null）时不能写约数 approx${ctx}。`, '删去 approx。');
    } else {
      if (o.status !== undefined) {
        add(`${at}.status`, `有数值 ${o.value} 时不写 status（status 只用于 null）${ctx}。`, '删去 status；若来源确实隐去了这个数，把 value 改为 null。');
      }
      if (ind && (ind.kind === 'count' || ind.kind === 'amount' || ind.kind === 'rate') && o.value < 0) {
        add(`${at}.value`, `${ind.kind === 'rate' ? '比率' : '数量'}不能为负数：这里是 ${o.value}${ctx}。`, '核对来源；减少量应记在 kind 为 change 的变化量指标上。');
      } else if (ind?.kind === 'rate' && o.value > 100) {
        add(`${at}.value`, `比率应在 0–100 之间：这里是 ${o.value}${ctx}。`, '百分比写百分数本身，43.91% 写 43.91；核对来源。');
      }
      if (ind?.kind === 'count' && !Number.isInteger(o.value)) {
        add(`${at}.value`, `计数应是整数：这里是 ${o.value}${ctx}。`, '“1.85万家”写 18500；若确是小数，该指标的 kind 应为 amount。');
      }
    }

    if (o.basis === 'derived' && o.derivation === undefined) {
      add(`${at}.derivation`, `推算值（basis 为 derived）没有写推算方法${ctx}。`, '在 derivation 中写明怎样算出，例如“原文逐一列出5个名称，按名称计数”。');
    }
    if (o.basis === 'reported' && o.derivation !== undefined) {
      add(`${at}.basis`, `写了推算方法 derivation，但 basis 是 reported${ctx}。`, '推算的数写 "basis": "derived"；来源直接给出的数删去 derivation。');
    }
    if (ind?.kind === 'change' && !('error' in period) && period.kind !== 'interval') {
      add(`${at}.period`, `变化量“${ind.id}”的时间应是一段时间（起点/终点），这里是“${o.period}”${ctx}。`, '写成 2010-12-31/2011-09-30：“比去年底新增”即从上年12月31日到报告时点。');
    }
  });

  // A numerator cannot exceed its denominator (same region, same period). Values already found
  // wrong above (negative, or given with a status) are left out, so each mistake is named once.
  const values = new Map<string, { value: number; index: number }>();
  ds.data.observations.forEach((o, i) => {
    if (o.value !== null && o.value >= 0 && o.status === undefined) values.set(observationKey(o), { value: o.value, index: i });
  });
  for (const ind of indicators.values()) {
    if (!ind.numerator || !ind.denominator) continue;
    ds.data.observations.forEach((o) => {
      if (o.indicator !== ind.numerator) return;
      const num = values.get(observationKey(o));
      const den = values.get(observationKey({ ...o, indicator: ind.denominator! }));
      if (num && den && num.value > den.value) {
        add(
          `observations[${num.index}].value`,
          `比率“${ind.name}”的分子大于分母：${ind.numerator} 为 ${formatNumber(num.value)}，` +
            `而分母 ${ind.denominator}（observations[${den.index}]）为 ${formatNumber(den.value)}${observationContext(o)}。`,
          '核对两个数是否抄错，或分子、分母是否对应同一地区、同一时间和同一口径。',
        );
      }
    });
  }
  return issues;
}

/** Every cross-file problem in the loaded statistics. */
export function validateStats(loaded: LoadedStats): Problem[] {
  const issues = [
    ...validateIndicators(loaded.indicatorsFile, loaded.indicators),
    ...validateRegions(loaded.regionsFile, loaded.regions),
  ];
  const indicators = new Map(loaded.indicators.map((i) => [i.id, i]));
  const regionIds = new Set(loaded.regions.map((r) => r.id));
  const reportIds = new Set(loaded.reports.map((r) => r.id));
  for (const ds of loaded.datasets) issues.push(...validateDataset(ds, indicators, regionIds, reportIds));
  return issues;
}
