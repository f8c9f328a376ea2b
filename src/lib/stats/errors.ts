/**
 * Statistics problems: the fixes an editor needs for each field of the statistics files, and the
 * error that stops a build listing every problem. Problems are the project's one `Problem` type
 * (`src/lib/problems.ts`), printed by its one formatter.
 */
import { COLLECTIONS } from '../../schemas/registry';
import { APPROXIMATIONS, BASES, CHART_TYPES, INDICATOR_KIND_LABELS, VALUE_STATUSES } from '../../schemas/stats';
import { formatProblems, type Problem } from '../problems';

/** Thrown when statistics files have problems; `message` lists every one. */
export class StatsError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems, '统计数据检查', 'npm run build'));
    this.name = 'StatsError';
    this.problems = problems;
  }
}

/** `"a"（…）、"b"（…） 或 "c"（…）`: the values of a vocabulary with their meanings. */
const choices = (vocabulary: Record<string, string>) => {
  const items = Object.entries(vocabulary).map(([key, meaning]) => `"${key}"（${meaning}）`);
  return items.length > 1 ? `${items.slice(0, -1).join('、')} 或 ${items.at(-1)}` : items.join('');
};

/** How to fix a wrong value, by the field it is in. Values of vocabularies come from the schemas. */
export const FIXES: Record<string, string> = {
  value:
    '写成数字，不加引号、单位和逗号（“4700多家”写 4700 并加 "approx": "多"；“1.85万家”写 18500；43.91% 写 43.91）。' +
    '来源以“*”隐去的数字写 null，并加 "status": "undisclosed"，不要写 0。',
  period:
    '写成 "2011"、"2011-09" 或 "2011-09-30"；一段时间写成 "2010-12-31/2011-09-30"；原文只说“目前”的写 "../2011-11"（截至2011年11月）。',
  indicator: '写 data/indicators.json 中某个指标的 id（小写拼音加连字符）。',
  region: `写 ${COLLECTIONS.regions.home} 中某个地区的 id（小写拼音加连字符）。`,
  source: `写 ${COLLECTIONS.reports.home} 中某篇来源文献的文件名（不带 .md），例如 hangzhou-gongjianyue-2011。`,
  status: `写 ${choices(VALUE_STATUSES)}。`,
  approx: `写来源原文中的约数字：${APPROXIMATIONS.map((a) => `“${a}”`).join('')}之一。`,
  basis: `写 ${choices(BASES)}；"reported" 可省略，"derived" 须同时写 derivation。`,
  kind: `写 ${choices(INDICATOR_KIND_LABELS)}。`,
  type: `写 ${choices(CHART_TYPES)}。`,
  id: 'id 只用小写英文字母、数字和连字符，例如 xiaoshan-linpu。',
};

export function statsFixFor(path: readonly PropertyKey[]): string | undefined {
  const last = [...path].reverse().find((k) => typeof k === 'string') as string | undefined;
  if (last === undefined) return undefined;
  if (['numerator', 'denominator', 'changeOf', 'sumOf', 'indicators'].includes(last)) return FIXES.indicator;
  if (last === 'regions') return FIXES.region;
  return FIXES[last];
}
