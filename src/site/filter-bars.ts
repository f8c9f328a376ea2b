/**
 * The filter bars of the case gallery and the policy list, over the site's content: which fields
 * filter a list, and in what order, is the registry's `listFilters`; this module says how each
 * field's values are read from an entry.
 */
import type { Facet, FacetCount } from '../lib/list-filters';
import { facetCounts, valuesFromSlugs } from '../lib/list-filters';
import { COLLECTIONS, FACET_LABELS } from '../schemas/registry';
import { FORMATION_SLUGS, ORG_TYPE_SLUGS, POLICY_LEVEL_SLUGS, TOPIC_SLUGS } from '../schemas/taxonomy';
import { regionPath, type Case, type Policy, type Region } from './content';

/** The city (or, failing that, the province) a region lies in: cases are filtered by city. */
function cityOf(regions: Map<string, Region>, id: string): Region | undefined {
  const path = regionPath(regions, id);
  return path.find((r) => r.data.level === '市') ?? path[0];
}

type CaseFilter = (typeof COLLECTIONS.cases.listFilters)[number];
type PolicyFilter = (typeof COLLECTIONS.policies.listFilters)[number];

/** A filter bar's rows: each facet with the values entries have and their counts. */
type FacetBarRow = { key: string; label: string; counts: FacetCount[] };

/*
 * Every list and filter page shows the same filter bar over the whole collection: it is computed
 * once per build (per list), not once per page, so the pages cost O(N) together, not O(N²).
 */
const caseFacetsCache = new WeakMap<readonly Case[], Facet<Case>[]>();
const barCache = new WeakMap<readonly object[], FacetBarRow[]>();

function bar<T>(items: readonly T[], facets: Facet<T>[]): FacetBarRow[] {
  let rows = barCache.get(items as readonly object[]);
  if (!rows) {
    rows = facets.map((f) => ({ key: f.key, label: f.label, counts: facetCounts(items, f) }));
    barCache.set(items as readonly object[], rows);
  }
  return rows;
}

/** The case filter bar over all `cases`. */
export function caseFacetBar(regions: Map<string, Region>, cases: readonly Case[]): FacetBarRow[] {
  return bar(cases, caseFacets(regions, cases));
}

/** The policy filter bar over all `policies`. */
export function policyFacetBar(policies: readonly Policy[]): FacetBarRow[] {
  return bar(policies, policyFacets());
}

export function caseFacets(regions: Map<string, Region>, cases: readonly Case[]): Facet<Case>[] {
  const cached = caseFacetsCache.get(cases);
  if (cached) return cached;
  const facets = buildCaseFacets(regions, cases);
  caseFacetsCache.set(cases, facets);
  return facets;
}

function buildCaseFacets(regions: Map<string, Region>, cases: readonly Case[]): Facet<Case>[] {
  const cities = new Map<string, Region>();
  for (const c of cases) {
    const city = cityOf(regions, c.data.region.id);
    if (city) cities.set(city.id, city);
  }
  const byField: Record<CaseFilter, Facet<Case>> = {
    region: {
      key: 'region',
      label: FACET_LABELS.region,
      values: [...cities.values()].map((r) => ({ slug: r.id, label: r.data.name })),
      of: (c) => {
        const city = cityOf(regions, c.data.region.id);
        return city ? [city.id] : [];
      },
    },
    orgTypes: {
      key: 'type',
      label: FACET_LABELS.orgTypes,
      values: valuesFromSlugs(ORG_TYPE_SLUGS),
      of: (c) => c.data.orgTypes.map((t) => ORG_TYPE_SLUGS[t]),
    },
    formations: {
      key: 'formation',
      label: FACET_LABELS.formations,
      values: valuesFromSlugs(FORMATION_SLUGS),
      of: (c) => c.data.formations.map((f) => FORMATION_SLUGS[f]),
    },
  };
  return COLLECTIONS.cases.listFilters.map((f) => byField[f]);
}

export function policyFacets(): Facet<Policy>[] {
  const byField: Record<PolicyFilter, Facet<Policy>> = {
    level: { key: 'level', label: FACET_LABELS.level, values: valuesFromSlugs(POLICY_LEVEL_SLUGS), of: (p) => [POLICY_LEVEL_SLUGS[p.data.level]] },
    topics: { key: 'topic', label: FACET_LABELS.topics, values: valuesFromSlugs(TOPIC_SLUGS), of: (p) => p.data.topics.map((t) => TOPIC_SLUGS[t]) },
  };
  return COLLECTIONS.policies.listFilters.map((f) => byField[f]);
}
