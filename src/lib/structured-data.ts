/**
 * Structured data (JSON-LD, schema.org) for search engines and dataset search, typed with
 * schema-dts: `Dataset` for /data/<id>/, `Legislation` for a policy whose text the site holds,
 * `Article` for cases, methods and the other entry pages, `BreadcrumbList` on every page below the
 * home page. Built from the fields the content really has: a field that is empty, masked (`*`) or
 * only known as “not stated” is left out, never filled in. Addresses are absolute, so they exist
 * only when the site has a public URL; without one, what needs an address (breadcrumbs, downloads)
 * is left out too.
 *
 * Pages pass the nodes to BaseLayout, which writes them as one `<script type="application/ld+json">`
 * (`jsonLdScript`). tests/e2e/structured-data.test.ts checks the built pages against schema.org's
 * vocabulary and Google's Dataset requirements.
 */
import type {
  Article,
  BreadcrumbList,
  CreativeWork,
  DataDownload,
  Dataset,
  Graph,
  Legislation,
  LegalForceStatus,
  Organization,
  Place,
  PropertyValue,
  Thing,
} from 'schema-dts';
import type { ChangeRecord } from '../schemas/common';
import { lastUpdate } from './change-history';

/** A page the data points to: its name and, with a public URL, its absolute address. */
export type PageRef = { name: string; url?: string };

/** What every node says about the site that publishes it. */
export type SiteRef = { name: string; url?: string; imageUrl?: string };

const publisher = (site: SiteRef): Organization => ({ '@type': 'Organization', name: site.name, ...(site.url && { url: site.url }) });

const creativeWork = (ref: PageRef): CreativeWork => ({ '@type': 'CreativeWork', name: ref.name, ...(ref.url && { url: ref.url }) });

/** `datePublished` from the 收录日期 and `dateModified` from the latest 更新记录: only real dates. */
function changeDates(changes: ChangeRecord): { datePublished?: string; dateModified?: string } {
  const latest = lastUpdate(changes);
  return { ...(changes.added && { datePublished: changes.added }), ...(latest && { dateModified: latest }) };
}

/** Values that say nothing: a masked identifier (`*两新工委〔*〕*号`) identifies no document. */
const known = (value: string | undefined) => (value && !value.includes('*') ? value : undefined);

const nonEmpty = <T>(list: readonly T[]) => (list.length > 0 ? list : undefined);

/** Places by name, leaving out the ones the source masks (`*市`): they name no place. */
const places = (names: readonly string[]): Place[] => names.filter((n) => known(n)).map((name) => ({ '@type': 'Place', name }));

/**
 * The breadcrumbs as schema.org sees them: home, then each crumb, the last being the page itself.
 * Undefined without a public URL (Google needs each item's address).
 */
export function breadcrumbList(crumbs: readonly PageRef[]): BreadcrumbList | undefined {
  if (crumbs.length < 2 || crumbs.some((c) => !c.url)) return undefined;
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

type ArticleInput = {
  title: string;
  summary: string;
  /** The section it belongs to: 典型案例, 工作方法 … */
  section: string;
  url?: string;
  site: SiteRef;
  /** Words it is filed under: 组织类型, 组建方式, 主题 … */
  keywords?: readonly string[];
  /** The source documents it was written from. */
  sources: readonly PageRef[];
  /** Where it happened (a case's region and place). */
  places?: readonly string[];
  /** What it is about, when that is a thing of its own (the document a policy page describes). */
  about?: Thing;
  changes: ChangeRecord;
};

/** An entry page the site wrote: a case, a method, a 五个一 activity, a report, a policy known only from a mention. */
export function articleLd(a: ArticleInput): Article {
  return {
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    articleSection: a.section,
    inLanguage: 'zh-CN',
    ...(a.url && { url: a.url, mainEntityOfPage: a.url }),
    ...(a.site.imageUrl && { image: a.site.imageUrl }),
    ...changeDates(a.changes),
    author: publisher(a.site),
    publisher: publisher(a.site),
    ...(a.keywords && a.keywords.length > 0 && { keywords: a.keywords.join(',') }),
    ...(a.sources.length > 0 && { isBasedOn: a.sources.map(creativeWork) }),
    ...(nonEmpty(places(a.places ?? [])) && { contentLocation: places(a.places ?? []) }),
    ...(a.about && { about: a.about }),
  };
}

/** 有效性 → schema.org's legal force. 已修订 and 未知 say nothing this enumeration can hold. */
const LEGAL_FORCE: Partial<Record<string, LegalForceStatus>> = { 现行有效: 'InForce', 已废止: 'NotInForce' };

type LegislationInput = {
  title: string;
  summary: string;
  url?: string;
  /** 发文机关 */
  issuer?: string;
  /** 发文字号 */
  docNumber?: string;
  /** 成文日期 and 发布日期, as precise as known (ISO: `2020`, `2020-11`, `2020-11-06`). */
  issuedAt?: string;
  publishedAt?: string;
  /** The region it applies to (its name). */
  jurisdiction?: string;
  /** 有效性 */
  status: string;
  topics: readonly string[];
  /** The policy it replaces. */
  supersedes?: PageRef;
  sources: readonly PageRef[];
};

/**
 * A policy document. `legislationIdentifier` is its 发文字号, `legislationDate` its 成文日期,
 * `legislationJurisdiction` its region, `legislationLegalForce` its 有效性, `legislationPassedBy`
 * its 发文机关, `legislationChanges` the policy it replaces — each only when known.
 */
export function legislationLd(p: LegislationInput): Legislation {
  const force = LEGAL_FORCE[p.status];
  return {
    '@type': 'Legislation',
    name: p.title,
    description: p.summary,
    inLanguage: 'zh-CN',
    ...(p.url && { url: p.url }),
    ...(known(p.docNumber) && { legislationIdentifier: known(p.docNumber) }),
    ...(p.issuedAt && { legislationDate: p.issuedAt }),
    ...(p.publishedAt && { datePublished: p.publishedAt }),
    ...(known(p.issuer) && { legislationPassedBy: { '@type': 'Organization', name: p.issuer } }),
    ...(known(p.jurisdiction) && { legislationJurisdiction: known(p.jurisdiction) }),
    ...(force && { legislationLegalForce: force }),
    ...(p.topics.length > 0 && { keywords: p.topics.join(',') }),
    ...(p.supersedes && { legislationChanges: { '@type': 'Legislation', name: p.supersedes.name, ...(p.supersedes.url && { url: p.supersedes.url }) } }),
    ...(p.sources.length > 0 && { isBasedOn: p.sources.map(creativeWork) }),
  };
}

type DatasetInput = {
  title: string;
  description: string;
  url?: string;
  site: SiteRef;
  /** The source report it was taken from. */
  source: PageRef;
  /** Absolute addresses of its CSV and JSON downloads (with a public URL). */
  csvUrl?: string;
  jsonUrl?: string;
  /** ISO 8601 date or interval covering its observations (`periodSpan`). */
  temporalCoverage?: string;
  /** Names of the regions its figures are about. */
  regions: readonly string[];
  /** The indicators it measures, with their unit and definition. */
  variables: readonly { name: string; unit: string; definition: string }[];
  /** Where the site settings give one: the licence of the data, a URL. */
  license?: string;
};

/** Google's dataset search wants a description of at least 50 characters. */
export const DATASET_DESCRIPTION_MIN = 50;

/**
 * A dataset of /data/<id>/, as Google's dataset search and schema.org describe one: its downloads
 * (`distribution`, CSV and JSON with their `encodingFormat`), its source (`isBasedOn`), the time and
 * places its figures cover, the indicators it measures, and a licence only when the settings give
 * one. The description is the dataset's own, followed by its source and, if still shorter than
 * Google asks, the indicators it measures: real text, never padding.
 */
export function datasetLd(d: DatasetInput): Dataset {
  let description = `${d.description}数据来源：《${d.source.name}》。`;
  if (description.length < DATASET_DESCRIPTION_MIN && d.variables.length > 0) description += `指标：${d.variables.map((v) => v.name).join('、')}。`;
  const distribution: DataDownload[] = [
    ...(d.csvUrl ? [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: d.csvUrl, name: `${d.title}（CSV）` } as const] : []),
    ...(d.jsonUrl ? [{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: d.jsonUrl, name: `${d.title}（JSON）` } as const] : []),
  ];
  return {
    '@type': 'Dataset',
    name: d.title,
    description,
    inLanguage: 'zh-CN',
    ...(d.url && { url: d.url }),
    isAccessibleForFree: true,
    creator: publisher(d.site),
    publisher: publisher(d.site),
    isBasedOn: creativeWork(d.source),
    ...(nonEmpty(distribution) && { distribution }),
    ...(d.temporalCoverage && { temporalCoverage: d.temporalCoverage }),
    ...(nonEmpty(places(d.regions)) && { spatialCoverage: places(d.regions) }),
    ...(d.variables.length > 0 && {
      variableMeasured: d.variables.map((v): PropertyValue => ({ '@type': 'PropertyValue', name: v.name, unitText: v.unit, description: v.definition })),
    }),
    ...(d.license && { license: d.license }),
  };
}

/**
 * The text of a page's `<script type="application/ld+json">`: the nodes as one `@graph`, with `<`
 * escaped so that no value can close the script element. Undefined when there is nothing to say.
 */
export function jsonLdScript(nodes: readonly (Thing | undefined)[]): string | undefined {
  const graph = nodes.filter((n): n is Thing => n !== undefined);
  if (graph.length === 0) return undefined;
  const doc: Graph = { '@context': 'https://schema.org', '@graph': graph };
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}
