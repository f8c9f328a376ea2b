/**
 * The web editor's configuration (Decap CMS), made from the collection registry
 * (`src/schemas/registry.ts`), the schemas (through `./schema-fields.ts`), the vocabularies
 * (`src/schemas/taxonomy.ts`) and the region registry — never written by hand. Every editable
 * collection becomes a folder collection of `content/<id>/`, every schema field a form field with
 * its Chinese label and explanation, every vocabulary a list to choose from, every reference a
 * search of the collection it points to, and the Markdown body the last field.
 *
 * What a form can enforce, it does: required fields, list lengths, number bounds and the schemas'
 * own patterns with their own messages (发文字号, ids), dates in the ISO form. What it cannot — a day
 * that does not exist, a reference cycle, a body that is code — the content check (`npm run check`)
 * says in the schemas' words.
 *
 * Files are read and written by the project's own format (`./cms-format.ts`, registered by the
 * admin page as `FORMAT_NAME`), which keeps every line the editor did not change.
 *
 * The backend is where saves go: the git host of the site settings' `cms` (Gitea, GitLab, GitHub),
 * or, under `npm run edit`, `decap-server` writing into this working copy.
 */
import { DEFINITION_SOURCES } from '../schemas/glossary';
import type { Region } from '../schemas/region';
import { COLLECTIONS, CONTENT_COLLECTION_IDS, type ContentCollectionId } from '../schemas/registry';
import { PARTIAL_DATE_FORM, PARTIAL_DATE_HINT } from '../schemas/partial-date';
import { POLICY_TEXTS, PRECISIONS, PROGRAM_KINDS, SHOWCASE_STANDARDS } from '../schemas/taxonomy';
import type { CmsSettings } from '../schemas/site';
import { FORMAT_NAME, NEW_ID_FIELD } from './cms-format';
import { collectionFields, type FieldSpec } from './schema-fields';

/** The environment variable through which `npm run edit` tells `astro dev` where its decap-server listens (`http://127.0.0.1:<port>/api/v1`). */
export const LOCAL_BACKEND_ENV = 'LIANGXIN_CMS_PROXY';

/** Decap's own description of a field (the subset this project uses). */
export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  field?: CmsField;
  fields?: CmsField[];
  summary?: string;
  collapsed?: boolean;
  modes?: string[];
  editor_components?: string[];
};

export type CmsCollection = {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md' | 'mdx';
  format: typeof FORMAT_NAME;
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: readonly string[];
  editor: { preview: boolean };
  fields: CmsField[];
};

/** Where the editor reads and writes: Decap's backend settings. */
export type CmsBackend = Record<string, string> & { name: string };

export type CmsConfig = {
  backend: CmsBackend;
  locale: 'zh_Hans';
  load_config_file: false;
  media_folder: string;
  public_folder: string;
  display_url?: string;
  collections: CmsCollection[];
};

/** What the format needs to know of a collection that the file alone does not say. */
export type EntryRules = {
  /** The field the id of a new entry is made from (`title`, `term`). */
  titleField: string;
  /** Paths (`figures.*.value`) where an empty value means `null` (a figure the source masks). */
  nullable: string[];
  /** Top-level fields' defaults, which a file need not write (`featured: false`, `status: 未知`). */
  defaults: Record<string, unknown>;
};

/**
 * Vocabularies whose stored values are ASCII words, with the Chinese names the lists show. A choice
 * field uses the one whose words are exactly its values; a unit test names an ASCII choice without one.
 */
const NAMED_CHOICES: readonly Readonly<Record<string, string>>[] = [SHOWCASE_STANDARDS, PRECISIONS, POLICY_TEXTS, PROGRAM_KINDS, DEFINITION_SOURCES];

/** Fields of several sentences: a text area rather than one line. */
const MULTILINE = new Set(['summary', 'definition', 'whenToUse', 'origin', 'inSources', 'checkedBy', 'steps', 'deliverables', 'drawnInto']);

/** The field a collection's entries are named by. */
const titleFieldOf = (collection: ContentCollectionId) => (collection === 'glossary' ? 'term' : 'title');

/** The Chinese names of a choice's values, when its values are words of a named vocabulary. */
export function choiceNames(values: readonly string[]): Readonly<Record<string, string>> | undefined {
  return NAMED_CHOICES.find((names) => values.length === Object.keys(names).length && values.every((v) => v in names));
}

function options(spec: FieldSpec): { label: string; value: string }[] {
  const names = choiceNames(spec.choices ?? []);
  return (spec.choices ?? []).map((value) => ({ label: names?.[value] ?? value, value }));
}

/** A region's label in lists: its name and the region it lies in (`萧山区（杭州市）`). */
function regionOptions(regions: readonly Region[]): { label: string; value: string }[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  return regions.map((r) => {
    const parent = r.parent ? byId.get(r.parent) : undefined;
    return { label: parent ? `${r.name}（${parent.name}）` : r.name, value: r.id };
  });
}

type Context = { regions: readonly Region[] };

/** A reference to another collection: a search of its entries by name, or the region list. */
function referenceWidget(spec: FieldSpec, multiple: boolean, ctx: Context): Partial<CmsField> {
  if (spec.collection === 'regions') return { widget: 'select', options: regionOptions(ctx.regions), multiple };
  const target = spec.collection as ContentCollectionId;
  const name = titleFieldOf(target);
  return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [name], display_fields: [name], options_length: 50, multiple };
}

/** The hint shown under a field: its explanation, and how a date is written. */
function hintOf(spec: FieldSpec): string | undefined {
  const parts = [spec.description, spec.kind === 'date' ? PARTIAL_DATE_HINT : undefined].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** One schema field as a form field. */
export function cmsField(spec: FieldSpec, ctx: Context): CmsField {
  const base: CmsField = { name: spec.name, label: spec.label, widget: 'string', required: spec.required };
  const hint = hintOf(spec);
  if (hint) base.hint = hint;
  if (spec.defaultValue !== undefined) base.default = spec.defaultValue;
  switch (spec.kind) {
    case 'text': {
      const field: CmsField = { ...base, widget: MULTILINE.has(spec.name) ? 'text' : 'string' };
      const pattern = spec.patterns?.[0];
      if (pattern) field.pattern = [pattern.regex.source, pattern.message];
      return field;
    }
    case 'date':
      return { ...base, pattern: [PARTIAL_DATE_FORM.source, PARTIAL_DATE_HINT] };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: spec.integer ? 'int' : 'float',
        ...(spec.min !== undefined ? { min: spec.min } : {}),
        ...(spec.max !== undefined ? { max: spec.max } : {}),
        // A masked figure is an empty number (null): not required in the form.
        ...(spec.nullable ? { required: false } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', required: false, default: spec.defaultValue ?? false };
    case 'choice':
      return { ...base, widget: 'select', options: options(spec) };
    case 'reference':
      return { ...base, ...referenceWidget(spec, false, ctx) };
    case 'object':
      // Decap checks an empty optional object's fields too: inside one, the check (not the form) asks for them.
      return { ...base, widget: 'object', collapsed: false, fields: spec.fields!.map((f) => cmsField(spec.required ? f : { ...f, required: false }, ctx)) };
    case 'list': {
      const item = spec.item!;
      const bounds = { ...(spec.min ? { min: spec.min } : {}), ...(spec.max ? { max: spec.max } : {}) };
      // A list with a default starts empty (Decap would otherwise offer one empty item to fill in).
      const required = spec.required;
      if (!required) base.default = [];
      if (item.kind === 'choice') return { ...base, required, widget: 'select', options: options(item), multiple: true, ...bounds };
      if (item.kind === 'reference') return { ...base, required, ...referenceWidget(item, true, ctx), ...bounds };
      if (item.kind === 'object') {
        const fields = item.fields!.map((f) => cmsField(f, ctx));
        return { ...base, required, widget: 'list', fields, summary: `{{fields.${fields[0]!.name}}}`, collapsed: true, ...bounds };
      }
      const one = cmsField({ ...item, name: spec.name, label: spec.label, required: true, description: undefined }, ctx);
      return { ...base, required, widget: 'list', field: { ...one, widget: MULTILINE.has(spec.name) ? 'text' : one.widget }, ...bounds };
    }
    default:
      return base;
  }
}

/**
 * The Markdown body, edited as Markdown text. Not Decap's rich-text mode: on any edit it writes the
 * whole body anew from its own model, which has no tables, HTML or MDX components and escapes the
 * `*` of masked numbers (`*年*月` → `\*年\*月`).
 */
const BODY_FIELD: CmsField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  required: false,
  modes: ['raw'],
  editor_components: [],
  hint: '用 Markdown 书写：小标题用 ##，列表用 -，加粗用 **两个星号**；链接站内页面写根路径，例如 [六清](/methods/liu-qing/)。原文用“*”隐去的字照原样写。',
};

/** The form fields of a collection, in the schema's order, then the body. */
export function collectionFormFields(collection: ContentCollectionId, ctx: Context): CmsField[] {
  return [...collectionFields(collection).map((spec) => cmsField(spec, ctx)), BODY_FIELD];
}

/** Paths below `prefix` where an empty value is `null`. */
function nullablePaths(specs: readonly FieldSpec[], prefix = ''): string[] {
  return specs.flatMap((spec) => {
    const path = `${prefix}${spec.name}`;
    if (spec.nullable) return [path];
    if (spec.kind === 'object') return nullablePaths(spec.fields!, `${path}.`);
    if (spec.kind === 'list' && spec.item!.kind === 'object') return nullablePaths(spec.item!.fields!, `${path}.*.`);
    return [];
  });
}

export type CmsInput = {
  backend: CmsBackend;
  /** The region registry (`data/regions.json`). */
  regions: readonly Region[];
  /** Collections whose folder holds MDX entries: they get a second list for those (no new ones). */
  mdx?: readonly ContentCollectionId[];
  /** The site's address, shown in the editor's header (the local preview under `npm run edit`). */
  siteUrl?: string;
};

/** The whole configuration, and the rules the format needs, by collection name. */
export function cmsSetup(input: CmsInput): { config: CmsConfig; rules: Record<string, EntryRules> } {
  const ctx: Context = { regions: input.regions };
  const collections: CmsCollection[] = [];
  const rules: Record<string, EntryRules> = {};
  for (const id of CONTENT_COLLECTION_IDS.filter((c) => COLLECTIONS[c].editable)) {
    const meta = COLLECTIONS[id];
    const titleField = titleFieldOf(id);
    const fields = collectionFormFields(id, ctx);
    const specs = collectionFields(id);
    const defaults = Object.fromEntries(
      specs.flatMap((f) => (f.defaultValue !== undefined ? [[f.name, f.defaultValue]] : f.kind === 'boolean' ? [[f.name, false]] : [])),
    );
    const entryRules: EntryRules = { titleField, nullable: nullablePaths(specs), defaults };
    const common = {
      label_singular: meta.entry,
      folder: meta.home.replace(/\/$/, ''),
      format: FORMAT_NAME,
      delete: true,
      slug: `{{fields.${NEW_ID_FIELD}}}`,
      identifier_field: titleField,
      summary: `{{${titleField}}}`,
      sortable_fields: [titleField],
      editor: { preview: false },
      fields,
    } as const;
    collections.push({
      ...common,
      name: id,
      label: meta.name,
      description: `文件在 ${meta.home}，每个条目一个文件，文件名就是网址中的 id（新建时由标题的拼音生成）。`,
      extension: 'md',
      create: true,
    });
    rules[id] = entryRules;
    if (input.mdx?.includes(id)) {
      collections.push({
        ...common,
        name: `${id}-mdx`,
        label: `${meta.name}（MDX）`,
        description: `${meta.home} 中的 .mdx 文件（正文里可以放图表组件）。这里可以修改，不能新建；新条目请在“${meta.name}”里建。`,
        extension: 'mdx',
        create: false,
      });
      rules[`${id}-mdx`] = entryRules;
    }
  }
  return {
    config: {
      backend: input.backend,
      locale: 'zh_Hans',
      load_config_file: false,
      // Decap requires a media folder; the content model has no images, and the body has no image button.
      media_folder: 'public/uploads',
      public_folder: '/uploads',
      ...(input.siteUrl ? { display_url: input.siteUrl } : {}),
      collections,
    },
    rules,
  };
}

/** Decap's backend for the publishing setup of the site settings (`cms` in site.config.yaml). */
export function cmsBackend(cms: CmsSettings): CmsBackend {
  const common = { repo: cms.repo, branch: cms.branch };
  switch (cms.backend) {
    case 'gitea':
      return { name: 'gitea', ...common, app_id: cms.appId!, base_url: cms.server!, api_root: `${cms.server}/api/v1` };
    case 'gitlab':
      return {
        name: 'gitlab',
        ...common,
        auth_type: 'pkce',
        app_id: cms.appId!,
        ...(cms.server ? { base_url: cms.server, api_root: `${cms.server}/api/v4` } : {}),
      };
    case 'github':
      return { name: 'github', ...common, base_url: cms.authServer! };
  }
}

/** The local backend of `npm run edit`: decap-server at `url` (`http://127.0.0.1:8081/api/v1`), writing into the working copy. */
export const localBackend = (url: string): CmsBackend => ({ name: 'proxy', proxy_url: url });

/** Where Decap's own defaults send a backend that names no server. */
const DEFAULT_ORIGINS: Record<string, string[]> = {
  github: ['https://api.github.com', 'https://avatars.githubusercontent.com'],
  gitlab: ['https://gitlab.com'],
};

/** The origins the editor's page talks to for `backend`: its API, its login service, its avatars. */
export function backendOrigins(backend: CmsBackend): string[] {
  const urls = [backend.proxy_url, backend.api_root, backend.base_url].filter((u): u is string => Boolean(u));
  const origins = urls.map((u) => new URL(u).origin);
  return [...new Set([...origins, ...(backend.api_root ? [] : (DEFAULT_ORIGINS[backend.name] ?? []))])];
}
