/**
 * How the web editor reads and writes an entry file: the frontmatter between `---` lines, then the
 * Markdown body. Registered with Decap as a format of its own (`FORMAT_NAME` in `./cms-config.ts`)
 * so that saving an entry changes only what the editor changed:
 *
 * - Reading keeps the file's text beside the values (`ORIGINAL_KEY`, never written).
 * - Writing edits that text, field by field (the `yaml` library says where each top-level field's
 *   lines are): a field whose value is as it was keeps its lines byte for byte — comments, quotes,
 *   flow lists `[甲, 乙]`, `{ start: 2011 }`, key order and dates included; a changed field's lines
 *   are replaced by the field written anew (lists of words on one line as `[甲, 乙]`, objects and
 *   lists of objects as blocks, strings quoted only where YAML needs it, long lines never folded);
 *   a field the editor emptied is removed (an optional field left empty is absent, not `""`); a new
 *   field goes where the form's order puts it. An unchanged body is kept byte for byte; a changed one
 *   starts after one blank line and ends with one newline. An unchanged file is returned as read.
 * - A new entry is written in the form's order, empty fields and fields at their default left out;
 *   so is a field at its default that an existing file did not have (the form fills in defaults).
 *
 * Values are read with YAML 1.2's core schema, so `2020-11-06` stays the text `2020-11-06` (js-yaml,
 * which the build uses, reads a Date; the schemas accept both). A four-digit year typed into a date
 * field is text and is written quoted (`start: '2012'`), which the schemas read as the same year.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** The name under which the admin page registers this format with Decap (collections' `format`). */
export const FORMAT_NAME = 'liangxin-frontmatter';

/** The data key that carries a new entry's id (file name), made from its title, to Decap's slug; never written. */
export const NEW_ID_FIELD = '__id';

/** The data key holding the file as it was read; the editor never shows it and the file never gets it. */
export const ORIGINAL_KEY = '__file';

/** Keys of the editor's data that are never written to the file. */
const INTERNAL = /^__/;

type Data = Record<string, unknown>;

/** What the editor needs to write a file that the reading alone does not tell. */
export type WriteRules = {
  /** Order of the fields for a new entry (Decap passes the form's order). */
  order?: readonly string[];
  /** Paths (`figures.*.value`) where an emptied value is `null`, not absent. */
  nullable?: ReadonlySet<string>;
  /** Top-level fields' defaults (`featured: false`, `status: 未知`): a field the file did not have is not added with its default. */
  defaults?: Readonly<Record<string, unknown>>;
};

const FRONTMATTER = /^(\uFEFF?)---[ \t]*(\r?\n)([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/m;

type Split = { bom: string; eol: string; frontmatter: string; body: string };

/** The parts of an entry file, or undefined when it has no frontmatter. */
function split(text: string): Split | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m || m.index !== 0) return undefined;
  const frontmatter = m[3]!;
  return { bom: m[1]!, eol: m[2]!, frontmatter: frontmatter && !frontmatter.endsWith('\n') ? `${frontmatter}\n` : frontmatter, body: text.slice(m[0].length) };
}

/** Reads an entry file into the editor's data: the frontmatter's fields, `body`, and the file itself. */
export function parseEntryFile(text: string): Data {
  const parts = split(text);
  if (!parts) return { body: text, [ORIGINAL_KEY]: text };
  const fields = parseDocument(parts.frontmatter.replace(/\r\n/g, '\n')).toJS() as unknown;
  const data = fields && typeof fields === 'object' && !Array.isArray(fields) ? (fields as Data) : {};
  return { ...data, body: parts.body, [ORIGINAL_KEY]: text };
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** The value as it should be written: empty parts removed, emptied nullable values `null`. */
function clean(value: unknown, path: string, nullable: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => clean(v, `${path}.*`, nullable)).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out: Data = {};
    for (const [k, v] of Object.entries(value)) {
      if (INTERNAL.test(k)) continue;
      const c = clean(v, `${path}.${k}`, nullable);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  if (typeof value === 'string' && value.trim() === '') return nullable.has(path) ? null : undefined;
  if (value === undefined || value === null) return nullable.has(path) ? null : undefined;
  return value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => deepEqual((a as Data)[k], (b as Data)[k]));
  }
  return false;
}

const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** `key: value` in the bundled entries' style: lists of words on one line (`[甲, 乙]`), the rest as blocks. */
function fieldText(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  const style = (n: unknown) => {
    if (isSeq(n)) {
      if (n.items.every((i) => isScalar(i))) n.flow = true;
      else n.items.forEach(style);
    } else if (isMap(n)) n.items.forEach((pair) => style(pair.value));
  };
  style(doc.contents);
  return doc.toString(TO_STRING);
}

type Field = { key: string; start: number; end: number };

/** Where each top-level field of a frontmatter is: from its key to the end of its value's last line. */
function fieldRanges(text: string): Field[] | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const fields: Field[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) return undefined;
    const start = text.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
    const valueEnd = (pair.value as Node | null)?.range?.[1] ?? pair.key.range[1];
    const lineEnd = text.indexOf('\n', Math.max(valueEnd - 1, start));
    fields.push({ key: String(pair.key.value), start, end: lineEnd < 0 ? text.length : lineEnd + 1 });
  }
  return fields;
}

/** The body as written: as it was when unchanged, else after one blank line and with one final newline. */
function bodyText(body: unknown, original: Split | undefined): string {
  const text = typeof body === 'string' ? body : '';
  if (original && text === original.body) return text;
  const trimmed = text.replace(/\r\n/g, '\n').replace(/^(\s*\n)+/, '').replace(/\s+$/, '');
  return trimmed ? `\n${trimmed}\n` : '';
}

/**
 * The frontmatter after the editor's changes: each changed field's lines replaced, each emptied
 * field's lines removed, each new field inserted before the first field that the order puts after it.
 */
function editFrontmatter(text: string, values: Data, order: readonly string[]): string | undefined {
  const fields = fieldRanges(text);
  if (!fields) return undefined;
  const before = (parseDocument(text).toJS() ?? {}) as Data;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const field of fields) {
    const old = before[field.key];
    if (!(field.key in values)) {
      // A field the editor emptied; a list written empty (`formations: []`) stays as it was.
      if (!(Array.isArray(old) && old.length === 0)) edits.push({ ...field, text: '' });
    } else if (!deepEqual(values[field.key], old)) edits.push({ ...field, text: fieldText(field.key, values[field.key]) });
  }
  for (const key of Object.keys(values).filter((k) => !fields.some((f) => f.key === k))) {
    const rank = order.indexOf(key);
    const next = rank < 0 ? undefined : fields.find((f) => order.indexOf(f.key) > rank);
    const at = next?.start ?? text.length;
    edits.push({ start: at, end: at, text: fieldText(key, values[key]) });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Writes the editor's data back to an entry file: see the module comment for what changes. */
export function serializeEntryFile(data: Data, rules: WriteRules = {}): string {
  const nullable = rules.nullable ?? new Set<string>();
  const order = rules.order ?? [];
  const originalText = typeof data[ORIGINAL_KEY] === 'string' ? (data[ORIGINAL_KEY] as string) : undefined;
  const original = originalText === undefined ? undefined : split(originalText);
  const had = original ? ((parseDocument(original.frontmatter.replace(/\r\n/g, '\n')).toJS() ?? {}) as Data) : {};
  const values: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (INTERNAL.test(key) || key === 'body') continue;
    const c = clean(value, key, nullable);
    if (c === undefined || (c !== null && isEmpty(c))) continue;
    if (!(key in had) && rules.defaults && key in rules.defaults && deepEqual(c, rules.defaults[key])) continue;
    values[key] = c;
  }
  const fresh = () => [...order.filter((k) => k in values), ...Object.keys(values).filter((k) => !order.includes(k))].map((k) => fieldText(k, values[k])).join('');
  const eol = original?.eol ?? '\n';
  const lf = original?.frontmatter.replace(/\r\n/g, '\n');
  const frontmatter = (lf !== undefined ? editFrontmatter(lf, values, order) : undefined) ?? fresh();
  const text = `---\n${frontmatter}---\n${bodyText(data.body, original)}`;
  if (original && text === `---\n${lf}---\n${original.body}`) return originalText!;
  return `${original?.bom ?? ''}${eol === '\n' ? text : text.replace(/\r?\n/g, eol)}`;
}
