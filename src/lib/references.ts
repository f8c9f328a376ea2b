/**
 * Cross-reference check over all collections: every `{ collection, id }` an entry holds must name
 * an entry that exists. Astro only logs a dangling reference; this turns it into a build error that
 * names the file, the field and the fix.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/registry';
import type { Problem } from './problems';

export type EntryLike = { id: string; collection: string; filePath?: string; data: unknown };

type DanglingReference = {
  file: string;
  field: string;
  collection: string;
  id: string;
};

function walk(value: unknown, path: string, visit: (ref: { collection: string; id: string }, path: string) => void) {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
    return;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.collection === 'string' && typeof obj.id === 'string' && Object.keys(obj).length === 2) {
    visit({ collection: obj.collection, id: obj.id }, path);
    return;
  }
  for (const [key, v] of Object.entries(obj)) walk(v, path ? `${path}.${key}` : key, visit);
}

/**
 * Every reference in `entries` whose target is not among `entries` (or, when given, not among
 * `known`: `collection/id` keys of every entry that exists).
 */
export function findDanglingReferences(entries: readonly EntryLike[], known = new Set(entries.map((e) => `${e.collection}/${e.id}`))): DanglingReference[] {
  const dangling: DanglingReference[] = [];
  for (const entry of entries) {
    walk(entry.data, '', (ref, field) => {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        dangling.push({ file: entry.filePath ?? `${entry.collection}/${entry.id}`, field, ...ref });
      }
    });
  }
  return dangling;
}

/** One problem per dangling reference, each saying how to fix it. */
export function danglingProblems(dangling: readonly DanglingReference[]): Problem[] {
  return dangling.map((d) => ({
    file: d.file,
    path: d.field,
    message: `字段 ${d.field} 引用了 ${d.collection} 中的“${d.id}”，但没有这个条目。`,
    fix: `请检查拼写，或在 ${COLLECTIONS[d.collection as CollectionName]?.home ?? `content/${d.collection}/`} 中添加它。`,
  }));
}
