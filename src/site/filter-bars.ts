/**
 * The filter bars of the case gallery and the policy list, over the site's content: which fields
 * filter a list, and in what order, is the registry's `listFilters`; this module says how each
 * field's values are read from an entry.
 */
import type { Facet, FacetCount } from '../lib/list-filters';
import { facetCounts, valuesFromSlugs } from '../lib/list-filters';
import { FILTERS, yearsBetween } from '../lib/search/page-facets';
import { COLLECTIONS, FACET_LABELS } from '../schemas/registry';
import {
  FORMATION_SLUGS,
  FORMATIONS,
  HONOUR_SLUGS,
  HONOURS,
  ORG_TYPE_SLUGS,
  ORG_TYPES,
  POLICY_LEVEL_SLUGS,
  POLICY_STATUS_MEANINGS,
  POLICY_STATUS_SLUGS,
  TOPIC_SLUGS,
} from '../schemas/taxonomy';
import { routes } from '../lib/urls';
import { regionPath, type Case, type Policy, type Region } from './content';

/** The city (or, failing that, the province) a region lies in: cases are filtered by city. */
function cityOf(regions: Map<string, Region>, id: string): Region | undefined {
  const path = regionPath(regions, id);
  return path.find((r) => r.data.level === '市') ?? path[0];
}

type CaseFilter = (typeof COLLECTIONS.cases.listFilters)[number];
type PolicyFilter = (typeof COLLECTIONS.policies.listFilters)[number];

/** A filter bar's rows: each facet with the values entries have and their counts. */
type FacetBarRow = Pick<Facet<unknown>, 'key' | 'label' | 'searchFilter'> & { counts: FacetCount[] };

/*
 * Every list and filter page shows the same filter bar over the whole collection: it is computed
 * once per build (per list), not once per page, so the pages cost O(N) together, not O(N²).
 */
const caseFacetsCache = new WeakMap<readonly Case[], Facet<Case>[]>();
const barCache = new WeakMap<readonly object[], FacetBarRow[]>();

function bar<T>(items: readonly T[], facets: Facet<T>[]): FacetBarRow[] {
  let rows = barCache.get(items as readonly object[]);
  if (!rows) {
    rows = facets.map((f) => ({ key: f.key, label: f.label, searchFilter: f.searchFilter, counts: facetCounts(items, f) }));
    barCache.set(items as readonly object[], rows);
  }
  return rows;
}

/** The URL segment of the 荣誉 filter: its pages are the honours' pages (`/cases/honour/<slug>/`). */
const HONOUR_KEY = 'honour';

/** The page of an honour, without the base: `cases/honour/quansheng-shifandian/`. */
export const honourPath = (honour: Case['data']['honours'][number]) => `${routes.cases()}${HONOUR_KEY}/${HONOUR_SLUGS[honour]}/`;

/** Whether a case is a brief entry (简目) whose home is the filter page `key`/`slug`: the page of its first honour. */
export const isBriefHomedAt = (c: Case, key: string, slug: string) =>
  c.data.brief && key === HONOUR_KEY && c.data.honours[0] !== undefined && HONOUR_SLUGS[c.data.honours[0]] === slug;

/** The years a case is about: every year of its period; none when the source gives no date. */
export const caseYears = (c: Case): number[] => (c.data.period ? yearsBetween(c.data.period.start, c.data.period.end) : []);

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
  const years = [...new Set(cases.flatMap(caseYears))].sort((a, b) => b - a);
  const byField: Record<CaseFilter, Facet<Case>> = {
    region: {
      key: 'region',
      label: FACET_LABELS.region,
      searchFilter: FILTERS.regions,
      values: [...cities.values()].map((r) => ({ slug: r.id, label: r.data.name })),
      of: (c) => {
        const city = cityOf(regions, c.data.region.id);
        return city ? [city.id] : [];
      },
    },
    years: {
      key: 'year',
      label: FACET_LABELS.years,
      searchFilter: FILTERS.years,
      values: years.map((y) => ({ slug: String(y), label: String(y) })),
      of: (c) => caseYears(c).map(String),
    },
    orgTypes: {
      key: 'type',
      label: FACET_LABELS.orgTypes,
      searchFilter: FILTERS.orgTypes,
      values: valuesFromSlugs(ORG_TYPE_SLUGS, ORG_TYPES),
      of: (c) => c.data.orgTypes.map((t) => ORG_TYPE_SLUGS[t]),
    },
    formations: {
      key: 'formation',
      label: FACET_LABELS.formations,
      searchFilter: FILTERS.formations,
      values: valuesFromSlugs(FORMATION_SLUGS, FORMATIONS),
      of: (c) => c.data.formations.map((f) => FORMATION_SLUGS[f]),
    },
    honours: {
      key: HONOUR_KEY,
      label: FACET_LABELS.honours,
      searchFilter: FILTERS.honours,
      values: valuesFromSlugs(HONOUR_SLUGS, HONOURS),
      of: (c) => c.data.honours.map((h) => HONOUR_SLUGS[h]),
    },
  };
  return COLLECTIONS.cases.listFilters.map((f) => byField[f]);
}

export function policyFacets(): Facet<Policy>[] {
  const byField: Record<PolicyFilter, Facet<Policy>> = {
    // Every 有效性 is offered, 现行有效 (0) included: that no bundled policy is known to be in force is worth seeing.
    status: {
      key: 'status',
      label: FACET_LABELS.status,
      searchFilter: FILTERS.status,
      values: valuesFromSlugs(POLICY_STATUS_SLUGS, POLICY_STATUS_MEANINGS),
      of: (p) => [POLICY_STATUS_SLUGS[p.data.status]],
      showEmpty: true,
    },
    level: { key: 'level', label: FACET_LABELS.level, values: valuesFromSlugs(POLICY_LEVEL_SLUGS), of: (p) => [POLICY_LEVEL_SLUGS[p.data.level]] },
    topics: { key: 'topic', label: FACET_LABELS.topics, values: valuesFromSlugs(TOPIC_SLUGS), of: (p) => p.data.topics.map((t) => TOPIC_SLUGS[t]) },
  };
  return COLLECTIONS.policies.listFilters.map((f) => byField[f]);
}
