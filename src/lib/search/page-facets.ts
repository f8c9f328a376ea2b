/**
 * Search facets: what a page tells Pagefind about itself besides its text — its category, region,
 * years, for cases 组织类型, 组建方式 and 荣誉, for policies 有效性 — plus the title, date and category shown in a result.
 * Pages pass these to BaseLayout's `search` prop, which renders them as `<meta>` elements (never as
 * hidden text inside the indexed body, which Pagefind would index as words).
 */
import { COLLECTION_NAMES, DATA_SECTION_NAME, FACET_LABELS } from '../../schemas/names';
import type { ContentCollectionId } from '../../schemas/registry';
import type { PartialDate } from '../../schemas/partial-date';
import { formatDate, formatPeriod, yearOf } from '../dates';
import { NAMES_META } from './bundles';
import { indexedWords } from './index-terms';

/** 类别: one per page; the order is the order of the filter in the search UI. */
export const SEARCH_CATEGORIES = [
  COLLECTION_NAMES.policies,
  COLLECTION_NAMES.program,
  COLLECTION_NAMES.cases,
  COLLECTION_NAMES.methods,
  COLLECTION_NAMES.glossary,
  DATA_SECTION_NAME,
  COLLECTION_NAMES.reports,
] as const;
export type SearchCategory = (typeof SEARCH_CATEGORIES)[number];

/** Filter names as Pagefind stores them and as they appear in the search URL (`?类别=政策文件`). */
export const FILTERS = {
  category: FACET_LABELS.kind,
  regions: FACET_LABELS.region,
  years: FACET_LABELS.years,
  orgTypes: FACET_LABELS.orgTypes,
  formations: FACET_LABELS.formations,
  honours: FACET_LABELS.honours,
  status: FACET_LABELS.status,
} as const;
export type FilterKey = keyof typeof FILTERS;
export type FilterName = (typeof FILTERS)[FilterKey];
/** Filter names in the order the search UI shows them. */
export const FILTER_NAMES: readonly FilterName[] = Object.values(FILTERS);

export interface SearchFacets {
  /** 类别 of the page. Required. */
  category: SearchCategory;
  /** 地区: region names, from the broadest to the most precise (`浙江省`, `杭州市`, `萧山区`). */
  regions?: readonly string[];
  /** 年份 the page is about. */
  years?: readonly number[];
  /** 组织类型 (cases). */
  orgTypes?: readonly string[];
  /** 组建方式 (cases). */
  formations?: readonly string[];
  /** 荣誉 (cases). */
  honours?: readonly string[];
  /** 有效性 (policies). */
  status?: string;
  /** Date shown in a search result, already formatted (`2020年11月6日`). */
  date?: string;
  /** Other names of the page's subject (a method's `aliases`, a program item's short name). */
  aliases?: readonly string[];
  /**
   * The page holds entries under `<h3 id>` headings and is never a result itself: a search lands on
   * the entry that matches (the glossary's terms).
   */
  entries?: boolean;
  /**
   * Names of what the page holds besides its title and aliases, for ranking only (the glossary's
   * terms, the brief entries on an honour's page).
   */
  names?: readonly string[];
}

/** The meta that marks a page of entries (see `SearchFacets.entries`). */
export const ENTRIES_META = 'entries';

/** How aliases are joined in the `aliases` meta; no alias contains it. */
export const ALIAS_SEPARATOR = ' | ';

/** Pagefind filter name/value pairs of a page, without duplicates or empty values. */
export function facetFilters(facets: SearchFacets): { name: FilterName; value: string }[] {
  const out: { name: FilterName; value: string }[] = [];
  const seen = new Set<string>();
  const add = (name: FilterName, values: readonly (string | number)[] | undefined) => {
    for (const raw of values ?? []) {
      const value = String(raw).trim();
      const key = `${name}\u0000${value}`;
      if (!value || seen.has(key)) continue;
      seen.add(key);
      out.push({ name, value });
    }
  };
  add(FILTERS.category, [facets.category]);
  add(FILTERS.regions, facets.regions);
  add(FILTERS.years, [...(facets.years ?? [])].sort((a, b) => a - b));
  add(FILTERS.orgTypes, facets.orgTypes);
  add(FILTERS.formations, facets.formations);
  add(FILTERS.honours, facets.honours);
  add(FILTERS.status, facets.status ? [facets.status] : []);
  return out;
}

/**
 * Pagefind metadata of a page: what a search result shows besides its excerpt, and the page's
 * names as the index's words (`NAMES_META`).
 */
export function facetMeta(title: string, facets?: SearchFacets): { name: string; value: string }[] {
  return [
    { name: 'title', value: title },
    { name: NAMES_META, value: indexedWords([title, ...(facets?.aliases ?? []), ...(facets?.names ?? [])].join(' ')) },
    ...(facets ? [{ name: 'category', value: facets.category }] : []),
    ...(facets?.date ? [{ name: 'date', value: facets.date }] : []),
    ...(facets?.aliases?.length ? [{ name: 'aliases', value: facets.aliases.join(ALIAS_SEPARATOR) }] : []),
    ...(facets?.entries ? [{ name: ENTRIES_META, value: 'h3' }] : []),
  ];
}

/** Every year from `start` to `end` (inclusive), at most 50 of them; `[start]` without an end. */
export function yearsBetween(start: PartialDate, end?: PartialDate): number[] {
  const from = yearOf(start);
  const to = end ? yearOf(end) : from;
  if (!(to >= from)) return [from];
  return Array.from({ length: Math.min(to - from, 49) + 1 }, (_, i) => from + i);
}

const dateFacets = (date: PartialDate | undefined) =>
  date ? { years: [yearOf(date)], date: formatDate(date) } : {};

/** A policy: its region, the year it was issued (or published) and its 有效性. */
export function policySearchFacets(
  data: { issuedAt?: PartialDate; publishedAt?: PartialDate; status?: string },
  regionNames: readonly string[] = [],
): SearchFacets {
  return { category: COLLECTION_NAMES.policies, regions: regionNames, ...dateFacets(data.issuedAt ?? data.publishedAt), status: data.status };
}

/** A case: region, every year of its period (when the source dates it), 组织类型, 组建方式 and 荣誉. */
export function caseSearchFacets(
  data: { period?: { start: PartialDate; end?: PartialDate }; orgTypes: readonly string[]; formations: readonly string[]; honours?: readonly string[] },
  regionNames: readonly string[],
): SearchFacets {
  return {
    category: COLLECTION_NAMES.cases,
    regions: regionNames,
    years: data.period ? yearsBetween(data.period.start, data.period.end) : [],
    orgTypes: data.orgTypes,
    formations: data.formations,
    honours: data.honours,
    date: formatPeriod(data.period),
  };
}

/** A source document (调研报告、工作方案…): region and date. */
export function reportSearchFacets(data: { date?: PartialDate }, regionNames: readonly string[] = []): SearchFacets {
  return { category: COLLECTION_NAMES.reports, regions: regionNames, ...dateFacets(data.date) };
}

/**
 * A statistics page: the regions and years its observations cover. `periods` are the datasets'
 * period strings (`2011`, `2010-12-31/2011-09-30`, `../2011-11`); every year named in them counts.
 */
export function datasetSearchFacets(regionNames: readonly string[], periods: readonly string[] = []): SearchFacets {
  const years = [...new Set(periods.flatMap((p) => [...p.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((m) => Number(m[0]))))];
  return { category: DATA_SECTION_NAME, regions: regionNames, years: years.sort((a, b) => a - b) };
}

/**
 * The names of regions and of the regions they lie in, broadest first, without repeats:
 * `['hangzhou-xiaoshan']` → `['浙江省', '杭州市', '萧山区']`.
 */
export function regionNamesWithParents(
  ids: readonly string[],
  lookup: (id: string) => { name: string; parent?: string } | undefined,
): string[] {
  const names = new Set<string>();
  for (const id of ids) {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let r = lookup(id), at = id; r && !seen.has(at); at = r.parent ?? '', r = r.parent ? lookup(r.parent) : undefined) {
      seen.add(at);
      chain.unshift(r.name);
    }
    chain.forEach((n) => names.add(n));
  }
  return [...names];
}

/** A working method: its other names and slogans, which search treats like its title. */
export function methodSearchFacets(data: { aliases: readonly string[] }): SearchFacets {
  return { category: COLLECTION_NAMES.methods, aliases: data.aliases };
}

/** A 五个一 item: its short name (`集中组建`) as another name. */
export function programSearchFacets(data: { short: string }): SearchFacets {
  return { category: COLLECTION_NAMES.program, aliases: [data.short] };
}

/** Any other page of a section (list pages): its category only. */
export function sectionSearchFacets(section: ContentCollectionId | 'data'): SearchFacets {
  return { category: section === 'data' ? DATA_SECTION_NAME : COLLECTION_NAMES[section] };
}

/** The glossary: a page of terms, each a search result of its own. */
export function glossarySearchFacets(): SearchFacets {
  return { category: COLLECTION_NAMES.glossary, entries: true };
}
