/**
 * The one place pages read content from. It loads every collection once per build, checks that
 * every reference resolves (stopping the build with the file and field if not), and hands pages
 * sorted entries and the links between them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByPinyin } from '../lib/collate';
import { compareDatesDesc } from '../lib/dates';
import { sortList, type OrderKeys } from '../lib/list-order';
import { danglingProblems, findDanglingReferences } from '../lib/references';
import { problemsError } from '../integrations/build-error';
import { CONTENT_COLLECTION_IDS } from '../schemas/registry';

export type Policy = CollectionEntry<'policies'>;
export type ProgramItem = CollectionEntry<'program'>;
export type Case = CollectionEntry<'cases'>;
export type Method = CollectionEntry<'methods'>;
export type Report = CollectionEntry<'reports'>;
export type Term = CollectionEntry<'glossary'>;
export type Region = CollectionEntry<'regions'>;

/**
 * How cases and policies are placed in their lists (`src/lib/list-order.ts`): a case by the latest
 * date its period reaches, a policy by its 成文日期 (or, failing that, its 发布日期).
 */
export const ORDER_KEYS: { cases: OrderKeys<Case>; policies: OrderKeys<Policy> } = {
  cases: { date: (c) => c.data.period?.end ?? c.data.period?.start, dateLabel: '', name: (c) => c.data.title },
  policies: { date: (p) => p.data.issuedAt ?? p.data.publishedAt, dateLabel: '成文日期', name: (p) => p.data.title },
};

/** Every collection of the registry, loaded through Astro's content layer. */
async function loadAll() {
  const ids = [...CONTENT_COLLECTION_IDS, 'regions'] as const;
  const lists = await Promise.all(ids.map((id) => getCollection(id)));
  return Object.fromEntries(ids.map((id, i) => [id, lists[i]])) as { [K in (typeof ids)[number]]: CollectionEntry<K>[] };
}

async function load() {
  const all = await loadAll();
  const dangling = findDanglingReferences(Object.values(all).flat());
  if (dangling.length > 0) {
    throw problemsError(danglingProblems(dangling), '引用检查');
  }
  const { policies, program, cases, methods, glossary, reports, regions } = all;
  return {
    // Newest first, then by name, undated last: the order readers expect of these lists.
    policies: sortList(policies, 'time', ORDER_KEYS.policies),
    program: [...program].sort((a, b) => a.data.order - b.data.order),
    cases: sortList(cases, 'time', ORDER_KEYS.cases),
    methods: sortByPinyin(methods, (m) => m.data.title),
    glossary: sortByPinyin(glossary, (t) => t.data.term),
    reports: [...reports].sort((a, b) => compareDatesDesc(a.data.date, b.data.date)),
    regions: new Map(regions.map((r) => [r.id, r])),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** All content, loaded and checked once per build. */
export function siteContent() {
  cached ??= load();
  return cached;
}

type Ref = { id: string };

/*
 * `pick` and `referencing` are called several times per page; over a whole build that is once per
 * page per list. Each builds its lookup table once per list (and field) and reuses it, so a build
 * stays linear in the number of entries instead of quadratic.
 */
const byIdCache = new WeakMap<readonly object[], Map<string, unknown>>();
const reverseCache = new WeakMap<readonly object[], Map<string, Map<string, unknown[]>>>();

/** The entries of `list` named by `refs`, in the order of `refs`. */
export function pick<T extends { id: string }>(list: readonly T[], refs: readonly Ref[] | undefined): T[] {
  if (!refs) return [];
  let byId = byIdCache.get(list) as Map<string, T> | undefined;
  if (!byId) {
    byId = new Map(list.map((e) => [e.id, e]));
    byIdCache.set(list, byId);
  }
  return refs.map((r) => byId.get(r.id)).filter((e): e is T => e !== undefined);
}

/** Entries of `list` whose `field` holds a reference to `id`: the reverse of a reference list, in list order. */
export function referencing<T extends { data: Record<string, unknown> }>(list: readonly T[], field: string, id: string): T[] {
  let fields = reverseCache.get(list);
  if (!fields) {
    fields = new Map();
    reverseCache.set(list, fields);
  }
  let index = fields.get(field) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const e of list) {
      const value = e.data[field];
      const refs = Array.isArray(value) ? value : value ? [value] : [];
      for (const target of new Set(refs.map((r) => (r as Ref).id))) {
        const hits = index.get(target);
        if (hits) hits.push(e);
        else index.set(target, [e]);
      }
    }
    fields.set(field, index);
  }
  return [...(index.get(id) ?? [])];
}

/** `萧山区` → `浙江省 杭州市 萧山区`: a region with its parents, for display. */
export function regionPath(regions: Map<string, Region>, id: string): Region[] {
  const path: Region[] = [];
  let current = regions.get(id);
  while (current) {
    path.unshift(current);
    current = current.data.parent ? regions.get(current.data.parent) : undefined;
  }
  return path;
}
