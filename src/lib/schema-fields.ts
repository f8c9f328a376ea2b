/**
 * The fields of a collection, read from its zod schema (`src/schemas/collections.ts`): which are
 * required, what each holds (text, a date, a choice from a vocabulary, a reference to another
 * collection, a list …), its Chinese label (`FIELD_LABELS`), its explanation (the schema's
 * `.describe()` text) and the rules a form can enforce (patterns with their messages, bounds).
 * `npm run new` and the import tools write entries from this, the content check names what a
 * placeholder still needs, and the web editor's configuration (`src/lib/cms-config.ts`) is made
 * from it — so no list of fields is written by hand anywhere.
 */
import { z } from 'astro/zod';
import { CONTENT_COLLECTIONS } from '../schemas/collections';
import { partialDate, type Ref } from '../schemas/common';
import { COLLECTIONS, fieldLabel, type CollectionName, type ContentCollectionId } from '../schemas/registry';

type FieldKind = 'text' | 'number' | 'boolean' | 'date' | 'choice' | 'reference' | 'list' | 'object' | 'other';

/** A regular expression a text must match, with the schema's own message for a mismatch. */
export type FieldPattern = { regex: RegExp; message: string };

export type FieldSpec = {
  name: string;
  /** The Chinese label, `层级`; the name itself when the registry has none. */
  label: string;
  /** How to fill it: the schema's `.describe()` text (the first one from the outside in). */
  description?: string;
  /** Whether an entry without it fails its schema (no default). */
  required: boolean;
  /** Whether `null` is a value of its own (a key figure the source masks). */
  nullable?: boolean;
  kind: FieldKind;
  /** Values of a choice. */
  choices?: string[];
  /** The collection a reference points to. */
  collection?: CollectionName;
  /** A list's items. */
  item?: FieldSpec;
  /** At least this many items (lists), characters (text) or this value (numbers). */
  min?: number;
  /** At most this many items (lists), characters (text) or this value (numbers). */
  max?: number;
  /** Numbers: whole numbers only. */
  integer?: boolean;
  /** Texts: patterns they must match. */
  patterns?: FieldPattern[];
  /** An object's fields. */
  fields?: FieldSpec[];
  /** The default, when the schema has one that says something (not an empty list or `false`). */
  defaultValue?: unknown;
};

type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
};
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: CheckDef } }[];
  defaultValue?: unknown;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Reference schemas made while describing, each with the collection it points to. Keyed by the
 * schema's definition, which `.describe()` and `.meta()` copies share with the original.
 */
const referenceTargets = new WeakMap<object, CollectionName>();
const markingRef: Ref = (collection) => {
  const schema = z.string().transform((id) => ({ collection, id }));
  referenceTargets.set(defOf(schema), collection);
  return schema;
};

const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/** The message a check gives, when the schema wrote one (`.regex(re, '…')`). */
function checkMessage(check: CheckDef): string | undefined {
  const message = check.error?.({});
  return typeof message === 'string' ? message : undefined;
}

function describe(name: string, schema: z.ZodType, required: boolean): FieldSpec {
  let s = schema;
  let defaultValue: unknown;
  let description = s.description;
  let nullable = false;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (def.type === 'default') defaultValue = def.defaultValue;
    if (def.type === 'nullable') nullable = true;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) s = def.innerType;
    else break;
    description ??= s.description;
  }
  const spec: FieldSpec = { name, label: fieldLabel(name) ?? name, required, kind: 'other' };
  if (description) spec.description = description;
  if (nullable) spec.nullable = true;
  if (defaultValue !== undefined && defaultValue !== false && !(Array.isArray(defaultValue) && defaultValue.length === 0)) spec.defaultValue = defaultValue;
  const def = defOf(s);
  const checks = checksOf(def);
  if (def === defOf(partialDate)) spec.kind = 'date';
  else if (referenceTargets.has(def)) {
    spec.kind = 'reference';
    spec.collection = referenceTargets.get(def);
  } else if (def.type === 'string') {
    spec.kind = 'text';
    const patterns = checks.filter((c) => c.format === 'regex' && c.pattern).map((c) => ({ regex: c.pattern!, message: checkMessage(c) ?? '' }));
    if (patterns.length) spec.patterns = patterns;
    const min = checks.find((c) => c.check === 'min_length')?.minimum;
    const max = checks.find((c) => c.check === 'max_length')?.maximum;
    if (min) spec.min = min;
    if (max) spec.max = max;
  } else if (def.type === 'number') {
    spec.kind = 'number';
    if (checks.some((c) => c.check === 'number_format' && c.format === 'safeint')) spec.integer = true;
    const min = checks.find((c) => c.check === 'greater_than')?.value;
    const max = checks.find((c) => c.check === 'less_than')?.value;
    if (min !== undefined) spec.min = min;
    if (max !== undefined) spec.max = max;
  } else if (def.type === 'boolean') spec.kind = 'boolean';
  else if (def.type === 'enum' && def.entries) {
    spec.kind = 'choice';
    spec.choices = Object.values(def.entries);
  } else if (def.type === 'array' && def.element) {
    spec.kind = 'list';
    spec.item = describe(name, def.element, true);
    const min = checks.find((c) => c.check === 'min_length')?.minimum;
    const max = checks.find((c) => c.check === 'max_length')?.maximum;
    if (min) spec.min = min;
    if (max) spec.max = max;
  } else if (def.type === 'object' && def.shape) {
    spec.kind = 'object';
    spec.fields = describeShape(def.shape);
  }
  return spec;
}

function describeShape(shape: Record<string, z.ZodType>): FieldSpec[] {
  return Object.entries(shape).map(([name, field]) => describe(name, field, !field.safeParse(undefined).success));
}

/** The fields of a collection's entries, in the schema's order. */
export function collectionFields(collection: ContentCollectionId): FieldSpec[] {
  const schema = CONTENT_COLLECTIONS[collection](markingRef);
  return describeShape(defOf(schema).shape ?? {});
}

/** What a field holds and how to write it, in a few words: `可选：中央、省、市、县、未知`. */
export function fieldHint(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'choice':
      return `可选：${spec.choices!.join('、')}`;
    case 'reference': {
      const target = COLLECTIONS[spec.collection!];
      return `${target.entry}的 id（${target.home}${target.home.endsWith('/') ? ' 中的文件名，不带 .md' : ' 中的 id'}）`;
    }
    case 'date':
      return '日期，如 2020-11-06；只知年月或年份就写 2020-11、2020';
    case 'number':
      return '数字';
    case 'boolean':
      return 'true（是）或 false（否）';
    case 'text':
      return '';
    case 'object':
      return `写 ${spec.fields!.map((f) => `${f.name}（${f.label}${f.required ? '' : '，可省略'}）`).join('、')}`;
    case 'list': {
      const item = spec.item!;
      const each = item.kind === 'object' ? `每项${fieldHint(item)}` : item.kind === 'choice' ? `每项从中选：${item.choices!.join('、')}` : item.kind === 'text' ? '' : `每项是${fieldHint(item)}`;
      return `列表，写成 [甲, 乙]${spec.min ? `，至少 ${spec.min} 项` : ''}${each ? `；${each}` : ''}`;
    }
    default:
      return '';
  }
}
