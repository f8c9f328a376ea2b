/**
 * The text of a new entry of a collection: its frontmatter with every field of the schema in the
 * schema's order (`src/lib/schema-fields.ts`) — the values given, a placeholder (`【待填写】`, named
 * by the content check) for each other required field, and each other optional field as a YAML
 * comment saying what it holds; each field's explanation (the schema's `.describe()`) on a comment
 * line above it — then the body. Used by `npm run new` and `npm run import:word`.
 */
import yaml from 'js-yaml';
import type { ContentCollectionId } from '../schemas/registry';
import { PLACEHOLDER, placeholder } from './placeholders';
import { collectionFields, fieldHint, type FieldSpec } from './schema-fields';
import { displayWidth } from './text-width';

/** The body of an entry nobody has written yet. */
export const BODY_PLACEHOLDER = placeholder('正文。用自己的话写，小标题用 ##；链接站内页面写根路径，例如 `[六清](/methods/liu-qing/)`');

/** `key: value` in the flow style the bundled entries use (`topics: [组织覆盖, 工作覆盖]`). */
function yamlLine(name: string, value: unknown): string {
  return yaml.dump({ [name]: value }, { flowLevel: 1, lineWidth: -1 }).trimEnd();
}

function describeField(spec: FieldSpec): string {
  const hint = fieldHint(spec);
  const byDefault = spec.defaultValue !== undefined ? `；不写就是 ${String(spec.defaultValue)}` : '';
  return `${spec.label}${hint ? ` · ${hint}` : ''}${byDefault}`;
}

/** The placeholder value of a required field: `【待填写】`, or `[【待填写】]` for a list. */
function placeholderValue(spec: FieldSpec): unknown {
  if (spec.kind === 'list') return [PLACEHOLDER];
  if (spec.kind === 'object') return Object.fromEntries(spec.fields!.filter((f) => f.required).map((f) => [f.name, placeholderValue(f)]));
  return PLACEHOLDER;
}

/**
 * The file's text. `values` are the fields known (an imported document's title, 发文字号 …);
 * `body` the Markdown body (a placeholder when none).
 */
export function entryText(collection: ContentCollectionId, values: Record<string, unknown>, body?: string): string {
  const rows: { code: string; comment: string; explanation?: string }[] = [];
  for (const spec of collectionFields(collection)) {
    const explanation = spec.description;
    if (values[spec.name] !== undefined) rows.push({ code: yamlLine(spec.name, values[spec.name]), comment: spec.label });
    else if (spec.required) rows.push({ code: yamlLine(spec.name, placeholderValue(spec)), comment: describeField(spec), explanation });
    else rows.push({ code: `# ${spec.name}:`, comment: `可选：${describeField(spec)}`, explanation });
  }
  // Comments line up after the longest field that is written on one line (up to a limit).
  const width = Math.min(48, Math.max(...rows.filter((r) => !r.code.includes('\n')).map((r) => displayWidth(r.code)))) + 2;
  const lines = rows.map(({ code, comment, explanation }) =>
    (explanation ? `# ${explanation}\n` : '') +
    (code.includes('\n') ? `# ${comment}\n${code}` : `${code}${' '.repeat(Math.max(2, width - displayWidth(code)))}# ${comment}`),
  );
  return [
    '---',
    `# 带“${PLACEHOLDER}”的必须填写（npm run check 会逐个指出）；以 # 开头的是可选字段，需要时去掉行首的 # 再填写。`,
    ...lines,
    '---',
    '',
    (body ?? BODY_PLACEHOLDER).trim(),
    '',
  ].join('\n');
}
