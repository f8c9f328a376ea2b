/**
 * Statistics problems: the fixes an editor needs for each field of the statistics files, and the
 * error that stops a build listing every problem. Problems are the project's one `Problem` type
 * (`src/lib/problems.ts`), printed by its one formatter.
 */
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

/** How to fix a wrong value, by the field it is in. */
export const FIXES: Record<string, string> = {
  value:
    '写成数字，不加引号、单位和逗号（“4700多家”写 4700 并加 "approx": "多"；“1.85万家”写 18500；43.91% 写 43.91）。' +
    '来源以“*”隐去的数字写 null，并加 "status": "undisclosed"，不要写 0。',
  period:
    '写成 "2011"、"2011-09" 或 "2011-09-30"；一段时间写成 "2010-12-31/2011-09-30"；原文只说“目前”的写 "../2011-11"（截至2011年11月）。',
  indicator: '写 data/indicators.json 中某个指标的 id（小写拼音加连字符）。',
  region: '写 data/regions.json 中某个地区的 id（小写拼音加连字符）。',
  source: '写 content/reports/ 中某篇来源文献的文件名（不带 .md），例如 hangzhou-gongjianyue-2011。',
  status: '写 "undisclosed"（来源以“*”隐去）或 "not-collected"（来源没有给出）。',
  approx: '写来源原文中的约数字：“多”“余”“近”“约”“以上”“超过”之一。',
  basis: '写 "reported"（来源直接给出，可省略）或 "derived"（推算，须同时写 derivation）。',
  kind: '写 "count"（计数）、"rate"（百分比）、"amount"（金额等数量）或 "change"（变化量）。',
  type: '写 "by-region"、"over-time"、"composition" 或 "by-indicator"。',
  id: 'id 只用小写英文字母、数字和连字符，例如 xiaoshan-linpu。',
};

export function statsFixFor(path: readonly PropertyKey[]): string | undefined {
  const last = [...path].reverse().find((k) => typeof k === 'string') as string | undefined;
  if (last === undefined) return undefined;
  if (['numerator', 'denominator', 'changeOf', 'sumOf', 'indicators'].includes(last)) return FIXES.indicator;
  if (last === 'regions') return FIXES.region;
  return FIXES[last];
}
