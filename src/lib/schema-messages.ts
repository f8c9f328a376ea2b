/**
 * Zod validation failures, in words an editor understands: one message per field, in Chinese, with
 * the field's own name (`region`, `figures[0].value`), what was wrong and how to fix it — a
 * misspelt field name gets the closest known name, a value outside a vocabulary gets the list.
 * Messages a schema writes itself (in Chinese, e.g. for dates) are kept as they are. A missing
 * field, or one whose value no other rule explains, is told with the field's own explanation
 * (its `.describe()` text, which the web editor shows beside the field too).
 *
 * Zod 4 ships a zh-CN locale, but its messages are for developers (`无效输入：期望 string，实际接收
 * undefined`); this module reads the issues instead, as Starlight's error map does.
 */
import type { z } from 'astro/zod';
import { fieldLabel } from '../schemas/registry';
import { formatPath } from './problems';
import { describeNumberLoss, describeValue } from './safety/numbers';
import { closest } from './suggest';


type FieldMessage = {
  /** The path of the field, e.g. `['figures', 0, 'value']`. */
  path: PropertyKey[];
  message: string;
  /** How to fix it, when the caller knows a fix for the field (`ExplainOptions.fixFor`). */
  fix?: string;
};

/** `region（地区）`: the field's own name, with its Chinese name when known. */
function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  const label = last ? fieldLabel(last) : undefined;
  return label ? `${formatPath(path)}（${label}）` : formatPath(path);
}

type AnyDef = { type: string; innerType?: Schema; in?: Schema; shape?: Record<string, Schema>; element?: Schema; options?: Schema[] };
type Schema = { _zod: { def: AnyDef }; description?: string };

/** Looks through optional/default/pipe wrappers to the schema that decides the shape. */
function unwrap(schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let i = 0; s && i < 20; i++) {
    const def = s._zod.def;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The schema of the value at `path`, or undefined where the path leaves known shapes. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const segment of path) {
    s = unwrap(s);
    if (!s) return undefined;
    const def = s._zod.def;
    if (def.type === 'object' && def.shape) s = def.shape[String(segment)];
    else if (def.type === 'array' && def.element) s = def.element;
    else return undefined;
  }
  return s;
}

/** The field names an object schema at `path` accepts. */
function knownFields(schema: Schema, path: readonly PropertyKey[]): string[] {
  const s = unwrap(schemaAt(schema, path));
  return s?._zod.def.type === 'object' && s._zod.def.shape ? Object.keys(s._zod.def.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

const EXPECTED: Record<string, string> = {
  string: '一段文字',
  number: '一个数字',
  int: '一个整数',
  boolean: ' true（是）或 false（否）',
  array: '一个列表，例如 [甲, 乙] 或逐行写 - 甲',
  object: '一组“字段: 值”',
  date: '一个日期',
};

const hasChinese = (s: string) => /[\u3400-\u9fff]/.test(s);

/** A value wrapped whole in Chinese quotes, as an input method types them for YAML quotes. */
export function isChineseQuoted(value: unknown): boolean {
  return typeof value === 'string' && /^[“‘「][^“”‘’「」]*[”’」]$/.test(value.trim());
}

export const CHINESE_QUOTES_HINT = '值两边的中文引号不起引号的作用，会被当成内容的一部分：请去掉它们（需要时改用英文引号 "…"）。';

type ExplainOptions = {
  /** Where the meanings of vocabulary values are written, named after the list of allowed values. */
  vocabulary?: string;
  /** A fix for a field by its path, added to each message about it. */
  fixFor?: (path: readonly PropertyKey[]) => string | undefined;
  /** Where the fields are documented, named when a field is unknown. */
  guide?: string;
};

/** One issue → one sentence; `explanation` is the field's own `.describe()` text. */
function explainIssue(issue: z.core.$ZodIssue, data: unknown, options: ExplainOptions, explanation?: string): string {
  const message = explainIssueText(issue, data, options, explanation).replace(/）\s+/g, '）');
  return isChineseQuoted(valueAt(data, issue.path)) ? `${message}${CHINESE_QUOTES_HINT}` : message;
}

function explainIssueText(issue: z.core.$ZodIssue, data: unknown, options: ExplainOptions, explanation?: string): string {
  const field = fieldName(issue.path);
  const value = valueAt(data, issue.path);
  const about = explanation ? `：${explanation.replace(/。$/, '')}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return `缺少必填字段 ${field}。请补上这一行${about}。`;
      if (value === null) return `字段 ${field} 是空的：请在冒号后面填写内容，不需要这个字段就删掉这一行。`;
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      let hint = '';
      if (issue.expected === 'string' && (typeof value === 'number' || value instanceof Date || typeof value === 'boolean')) {
        // A number too large to read (1e309) has no text left to quote: the JSON reader names it as written.
        const asText = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' && !Number.isFinite(value) ? undefined : String(value);
        hint = asText === undefined ? '要当作文字，请把原文照写在英文引号里。' : `要当作文字，请加英文引号，例如 "${asText}"。`;
      } else if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string' && describeNumberLoss(value)) {
        // YAML keeps a number too large to read (`1e309`) as its text: say what it is, not "text".
        return `字段 ${field} 的${describeNumberLoss(value)}。请检查是否多写了数位或指数，照原文写出这个数。`;
      } else if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') {
        hint = '数字不要加引号、单位或“多”“约”等字，例如 value: 587（单位写在 unit，“多”“约”写在 precision）。';
      } else if (issue.expected === 'array' && (typeof value === 'string' || typeof value === 'number')) {
        hint = `请写成列表：[${String(value)}]。`;
      }
      return `字段 ${field} 应为${expected}，现在是${describeValue(value)}。${hint}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const given = typeof value === 'string' ? value : describeValue(value);
      if (typeof value === 'string' && /[，、；,]/.test(value)) {
        const parts = value.split(/\s*[，、；,]\s*/).filter(Boolean);
        return `字段 ${field} 的值“${value}”里有多个值。列表的每一项要用英文逗号加空格分开，写成 [${parts.join(', ')}]。`;
      }
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return (
        `字段 ${field} 的值“${given}”不是可选的值。` +
        (guess ? `是不是“${guess}”？` : '') +
        `可选：${allowed.join('、')}${options.vocabulary ? `（含义见 ${options.vocabulary}）` : ''}。`
      );
    }
    case 'too_small': {
      if (hasChinese(issue.message)) return `字段 ${field}：${issue.message}。`.replace(/。。$/, '。');
      if (issue.origin === 'array') return `字段 ${field} 至少要写 ${String(issue.minimum)} 项。`;
      if (issue.origin === 'string') return `字段 ${field} 不能为空。`;
      return `字段 ${field} 不能小于 ${String(issue.minimum)}，现在是${describeValue(value)}。`;
    }
    case 'too_big': {
      if (hasChinese(issue.message)) return `字段 ${field}：${issue.message}。`.replace(/。。$/, '。');
      if (issue.origin === 'array') return `字段 ${field} 最多只能写 ${String(issue.maximum)} 项。`;
      if (issue.origin === 'string') return `字段 ${field} 太长了：最多 ${String(issue.maximum)} 个字。`;
      return `字段 ${field} 不能大于 ${String(issue.maximum)}，现在是${describeValue(value)}。`;
    }
    default: {
      if (hasChinese(issue.message)) return `字段 ${field}：${issue.message}`.replace(/([^。])$/, '$1。');
      return explanation
        ? `字段 ${field} 的值${describeValue(value)}格式不对。这个字段的写法：${explanation}`
        : `字段 ${field} 的值${describeValue(value)}格式不对。请对照 src/schemas/ 中这个字段的说明修改。`;
    }
  }
}

/**
 * Every issue of a failed parse as a message, with misspelt fields merged with the missing
 * field they were meant to be (`regoin` + missing `region` → one message).
 */
export function explainIssues(schema: Schema, issues: readonly z.core.$ZodIssue[], data: unknown, options: ExplainOptions = {}): FieldMessage[] {
  const messages: FieldMessage[] = [];
  const missing = new Set(
    issues
      .filter((i) => i.code === 'invalid_type' && valueAt(data, i.path) === undefined)
      .map((i) => formatPath(i.path)),
  );
  const coveredByTypo = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownFields(schema, issue.path);
    for (const key of issue.keys) {
      const guess = closest(key, known);
      const path = [...issue.path, key];
      if (guess && missing.has(formatPath([...issue.path, guess]))) {
        coveredByTypo.add(formatPath([...issue.path, guess]));
        messages.push({ path, message: `字段名 ${key} 写错了，应为 ${fieldName([...issue.path, guess])}。`, fix: `把 ${key} 改成 ${guess}。` });
      } else if (guess) {
        messages.push({ path, message: `没有名为 ${key} 的字段。是不是 ${fieldName([...issue.path, guess])}？`, fix: `改成 ${guess}，或删掉这个字段。` });
      } else {
        messages.push({
          path,
          message: `没有名为 ${key} 的字段${issue.path.length ? `（在 ${formatPath(issue.path)} 里）` : ''}。可以用的字段：${known.join('、')}。`,
          fix: `删掉这个字段，或改成可以用的字段之一${options.guide ? `（说明见 ${options.guide}）` : ''}。`,
        });
      }
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    if (coveredByTypo.has(formatPath(issue.path))) continue;
    messages.push({ path: issue.path, message: explainIssue(issue, data, options, schemaAt(schema, issue.path)?.description) });
  }
  return options.fixFor ? messages.map((m) => ({ ...m, fix: m.fix ?? options.fixFor!(m.path) })) : messages;
}
