/**
 * Facets for list pages: a facet names a property of entries (地区, 组织类型 …) and its values.
 * Each value with entries gets a static page (`/cases/type/louyu/`), so filtering works with plain
 * links — without JavaScript, in any browser, and in a shared or printed link.
 */

import { pageParam, paginate, type ListPage } from './pagination';
import { FILTERS, type FilterName } from './search/page-facets';
import { writeState, type SelectedFilters } from './search/url-state';

/** A value of a facet: its URL segment, its label, and what it means when the vocabulary says. */
export type FacetValue = { slug: string; label: string; description?: string };

export type Facet<T> = {
  /** URL segment of the facet, e.g. `type` in `/cases/type/louyu/`. */
  key: string;
  /** Display name, e.g. `组织类型`. */
  label: string;
  /** The values of the facet, in display order. */
  values: readonly FacetValue[];
  /** The slugs of the values an item has. */
  of: (item: T) => readonly string[];
  /**
   * Whether values no item has are still offered (with a count of 0 and a page saying so): for a
   * facet whose empty values are themselves worth knowing, like 有效性: 现行有效 (0).
   */
  showEmpty?: boolean;
  /** The search page's filter with the same values (`组织类型`), when it has one: 组合筛选 carries the chosen value there. */
  searchFilter?: FilterName;
};

export type FacetCount = FacetValue & { count: number };

/**
 * The values of `facet` that at least one item has, with how many items have each. One pass over
 * the items (every list and filter page shows these counts, so at 10,000 entries a pass per value
 * cost the build about 18 s).
 */
export function facetCounts<T>(items: readonly T[], facet: Facet<T>): FacetCount[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const slug of new Set(facet.of(item))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return facet.values.map((value) => ({ ...value, count: counts.get(value.slug) ?? 0 })).filter((v) => v.count > 0 || facet.showEmpty);
}

/**
 * The search page (`search/?类别=典型案例&组织类型=楼宇`) where a list's filters can be combined:
 * the list's category, and the value of the filter page it is linked from when search has that filter.
 */
export function combinedSearchPath(
  searchPath: string,
  category: string,
  facets: readonly { key: string; searchFilter?: FilterName; values: readonly FacetValue[] }[],
  current?: { key: string; slug: string },
): string {
  const filters: SelectedFilters = { [FILTERS.category]: [category] };
  const facet = current && facets.find((f) => f.key === current.key);
  const value = facet?.values.find((v) => v.slug === current!.slug);
  if (facet?.searchFilter && value) filters[facet.searchFilter] = [value.label];
  return `${searchPath}${writeState({ q: '', filters })}`;
}

/** The items that have `slug` for `facet`. */
export function filterByFacet<T>(items: readonly T[], facet: Facet<T>, slug: string): T[] {
  return items.filter((item) => facet.of(item).includes(slug));
}

/** Values from a `{ label: slug }` record, in the record's order, with their meanings when `descriptions` has them. */
export function valuesFromSlugs(slugs: Readonly<Record<string, string>>, descriptions: Readonly<Record<string, string>> = {}): FacetValue[] {
  return Object.entries(slugs).map(([label, slug]) => ({ label, slug, ...(descriptions[label] ? { description: descriptions[label] } : {}) }));
}

/** One page of a filter: `/cases/<facet>/<value>/` (page 1) or `…/page/<n>/`. */
export type FilterPage<T> = {
  params: { facet: string; value: string; page: string | undefined };
  props: { facet: { key: string; label: string }; value: FacetValue; list: ListPage<T> };
};

/**
 * Every page of every filter of a list: for each facet, each value that entries have, paginated
 * like the list itself. What a `[facet]/[value]/[...page].astro` route's `getStaticPaths` returns.
 */
export function filterPages<T>(items: readonly T[], facets: readonly Facet<T>[]): FilterPage<T>[] {
  return facets.flatMap((facet) =>
    facetCounts(items, facet).flatMap(({ slug, label }) =>
      paginate(filterByFacet(items, facet, slug)).map((list) => ({
        params: { facet: facet.key, value: slug, page: pageParam(list.page) },
        props: { facet: { key: facet.key, label: facet.label }, value: facet.values.find((v) => v.slug === slug) ?? { slug, label }, list },
      })),
    ),
  );
}
