/**
 * Problems in statistics files, said the way an editor can act on them: which file, where in it
 * (a JSON path such as `observations[3].value`), what is wrong and how to fix it — in Chinese.
 */
import type { core } from 'astro/zod';

export type StatsIssue = {
  /** Project-relative path, e.g. `data/datasets/linpu-pilot-2011.json`. */
  file: string;
  /** JSON path inside the file, e.g. `observations[3].value`; `''` for the whole file. */
  path: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix?: string;
};

/** Thrown when statistics files have problems; `message` lists every issue. */
export class StatsError extends Error {
  readonly issues: StatsIssue[];
  constructor(issues: StatsIssue[]) {
    super(formatStatsIssues(issues));
    this.name = 'StatsError';
    this.issues = issues;
  }
}

/** `['observations', 3, 'value']` → `observations[3].value`; a top-level array index → `[3].id`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Where an issue is, as one line: `data/datasets/x.json › observations[3].value`. */
export function issueLocation(issue: Pick<StatsIssue, 'file' | 'path'>): string {
  return issue.path ? `${issue.file} › ${issue.path}` : issue.file;
}

/** Every issue, one block each, under a heading that says the build stopped. */
export function formatStatsIssues(issues: readonly StatsIssue[]): string {
  const blocks = issues.map((i) => {
    const lines = [`✗ ${issueLocation(i)}`, `  问题：${i.message}`];
    if (i.fix) lines.push(`  改法：${i.fix}`);
    return lines.join('\n');
  });
  return `统计数据中有 ${issues.length} 处错误，构建已停止：\n\n${blocks.join('\n\n')}\n`;
}

/** A JSON value described for a message: `文字 "48"`, `数字 -2`, `true`, `一个对象`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '空（没有写）';
  if (value === null) return 'null';
  if (typeof value === 'string') return `文字 ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return `${value}（真假值）`;
  if (Array.isArray(value)) return '一个列表 […]';
  return '一个对象 {…}';
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

function fixFor(path: readonly PropertyKey[]): string | undefined {
  const last = [...path].reverse().find((k) => typeof k === 'string') as string | undefined;
  if (last === undefined) return undefined;
  if (['numerator', 'denominator', 'changeOf', 'sumOf', 'indicators'].includes(last)) return FIXES.indicator;
  if (last === 'regions') return FIXES.region;
  return FIXES[last];
}

type ZodIssue = core.$ZodIssue;

/** One zod issue → one editor-facing issue, with a fix chosen by the field it is about. */
export function fromZodIssue(file: string, issue: ZodIssue): StatsIssue {
  const path = jsonPath(issue.path);
  const field = path || '文件';
  const input = issue.input;
  let message: string;
  let fix = fixFor(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        message = `缺少必填字段 ${field}。`;
      } else if (issue.path.at(-1) === 'value') {
        message = `数值应为数字或 null，这里是${describeValue(input)}。`;
      } else {
        const expected: Record<string, string> = { string: '文字（加英文双引号）', number: '数字', array: '列表 […]', object: '对象 {…}', boolean: '真假值' };
        message = `${field} 应为${expected[issue.expected] ?? issue.expected}，这里是${describeValue(input)}。`;
      }
      break;
    case 'unrecognized_keys':
      message = `不认识的字段：${issue.keys.map((k) => `“${k}”`).join('、')}。`;
      fix = '检查拼写（字段名区分大小写，用英文）；可用的字段及其含义见 src/schemas/stats.ts。';
      return { file, path: path, message, fix };
    case 'invalid_value':
      message = `${field} 不能是 ${JSON.stringify(input)}，可选的值：${issue.values.map((v) => JSON.stringify(v)).join('、')}。`;
      break;
    case 'invalid_format':
      message = `${field} 的写法不对：${describeValue(input)}。`;
      break;
    case 'too_small':
      message =
        issue.origin === 'array'
          ? `${field} 至少要有 ${issue.minimum} 项。`
          : issue.origin === 'string'
            ? `${field} 不能为空。`
            : `${field} 不能小于 ${issue.minimum}。`;
      break;
    default:
      message = `${field}：${issue.message}`;
  }
  return { file, path, message, fix };
}
