/**
 * The fields of a collection, read from its zod schema (`src/schemas/collections.ts`): which are
 * required, what each holds (text, a date, a choice from a vocabulary, a reference to another
 * collection, a list …) and its Chinese label (`FIELD_LABELS`). `npm run new` and the import tools
 * write entries from this, and the content check names what a placeholder still needs — so no
 * list of fields is written by hand anywhere.
 */
import { z } from 'astro/zod';
import { CONTENT_COLLECTIONS } from '../schemas/collections';
import { partialDate, type Ref } from '../schemas/common';
import { COLLECTIONS, fieldLabel, type CollectionName, type ContentCollectionId } from '../schemas/registry';

type FieldKind = 'text' | 'number' | 'boolean' | 'date' | 'choice' | 'reference' | 'list' | 'object' | 'other';

export type FieldSpec = {
  name: string;
  /** The Chinese label, `层级`; the name itself when the registry has none. */
  label: string;
  /** Whether an entry without it fails its schema (no default). */
  required: boolean;
  kind: FieldKind;
  /** Values of a choice. */
  choices?: string[];
  /** The collection a reference points to. */
  collection?: CollectionName;
  /** A list's items. */
  item?: FieldSpec;
  /** At least this many items (lists). */
  min?: number;
  /** An object's fields. */
  fields?: FieldSpec[];
  /** The default, when the schema has one that says something (not an empty list or `false`). */
  defaultValue?: unknown;
};

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
  defaultValue?: unknown;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Reference schemas made while describing, each with the collection it points to. */
const referenceTargets = new WeakMap<object, CollectionName>();
const markingRef: Ref = (collection) => {
  const schema = z.string().transform((id) => ({ collection, id }));
  referenceTargets.set(schema, collection);
  return schema;
};

function describe(name: string, schema: z.ZodType, required: boolean): FieldSpec {
  let s = schema;
  let defaultValue: unknown;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (def.type === 'default') defaultValue = def.defaultValue;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) s = def.innerType;
    else break;
  }
  const spec: FieldSpec = { name, label: fieldLabel(name) ?? name, required, kind: 'other' };
  if (defaultValue !== undefined && defaultValue !== false && !(Array.isArray(defaultValue) && defaultValue.length === 0)) spec.defaultValue = defaultValue;
  const def = defOf(s);
  if (s === partialDate) spec.kind = 'date';
  else if (referenceTargets.has(s)) {
    spec.kind = 'reference';
    spec.collection = referenceTargets.get(s);
  } else if (def.type === 'string') spec.kind = 'text';
  else if (def.type === 'number') spec.kind = 'number';
  else if (def.type === 'boolean') spec.kind = 'boolean';
  else if (def.type === 'enum' && def.entries) {
    spec.kind = 'choice';
    spec.choices = Object.values(def.entries);
  } else if (def.type === 'array' && def.element) {
    spec.kind = 'list';
    spec.item = describe(name, def.element, true);
    const min = def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
    if (min) spec.min = min;
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
