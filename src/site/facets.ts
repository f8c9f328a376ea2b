/** The filters of the case gallery and the policy list, over the site's content. */
import type { Facet } from '../lib/facets';
import { valuesFromSlugs } from '../lib/facets';
import { FORMATION_SLUGS, ORG_TYPE_SLUGS, POLICY_LEVEL_SLUGS, TOPIC_SLUGS } from '../schemas/taxonomy';
import { regionPath, type Case, type Policy, type Region } from './content';

/** The city (or, failing that, the province) a region lies in: cases are filtered by city. */
function cityOf(regions: Map<string, Region>, id: string): Region | undefined {
  const path = regionPath(regions, id);
  return path.find((r) => r.data.level === '市') ?? path[0];
}

export function caseFacets(regions: Map<string, Region>, cases: readonly Case[]): Facet<Case>[] {
  const cities = new Map<string, Region>();
  for (const c of cases) {
    const city = cityOf(regions, c.data.region.id);
    if (city) cities.set(city.id, city);
  }
  return [
    {
      key: 'region',
      label: '地区',
      values: [...cities.values()].map((r) => ({ slug: r.id, label: r.data.name })),
      of: (c) => {
        const city = cityOf(regions, c.data.region.id);
        return city ? [city.id] : [];
      },
    },
    {
      key: 'type',
      label: '组织类型',
      values: valuesFromSlugs(ORG_TYPE_SLUGS),
      of: (c) => c.data.orgTypes.map((t) => ORG_TYPE_SLUGS[t]),
    },
    {
      key: 'formation',
      label: '组建方式',
      values: valuesFromSlugs(FORMATION_SLUGS),
      of: (c) => c.data.formations.map((f) => FORMATION_SLUGS[f]),
    },
  ];
}

export function policyFacets(): Facet<Policy>[] {
  return [
    { key: 'level', label: '层级', values: valuesFromSlugs(POLICY_LEVEL_SLUGS), of: (p) => [POLICY_LEVEL_SLUGS[p.data.level]] },
    { key: 'topic', label: '主题', values: valuesFromSlugs(TOPIC_SLUGS), of: (p) => p.data.topics.map((t) => TOPIC_SLUGS[t]) },
  ];
}
