/**
 * The structured data and share-card facts of each kind of entry page, built with
 * `src/lib/structured-data.ts` from the entry's own fields, so the pages only pass them on:
 * `<BaseLayout … article={articleMeta('cases', d)} structuredData={[caseData(entry)]}>`.
 */
import type { Thing } from 'schema-dts';
import { SHARE_IMAGE, type ArticleMeta } from '../lib/share-meta';
import type { ResolvedDataset } from '../lib/stats';
import { periodSpan } from '../lib/stats/periods';
import { articleLd, datasetLd, legislationLd, type PageRef, type SiteRef } from '../lib/structured-data';
import { routes } from '../lib/urls';
import type { ChangeRecord } from '../schemas/common';
import { COLLECTIONS, type ContentCollectionId } from '../schemas/registry';
import { pick, regionPath, siteContent, type Case, type Method, type Policy, type ProgramItem, type Report } from './content';
import { siteSettings } from './settings';
import { siteStats } from './stats';
import { publicUrl } from './url';

/** The site: its name, home page and share image (addresses only with a public URL). */
export const siteRef: SiteRef = { name: siteSettings.siteName, url: publicUrl(''), imageUrl: publicUrl(SHARE_IMAGE.file) };

/** A page of the site by its name and path (without the base). */
export const pageRef = (name: string, path: string): PageRef => ({ name, url: publicUrl(path) });

const changesOf = (d: ChangeRecord): ChangeRecord => ({ added: d.added, updates: d.updates });

/** The share card's article facts of an entry of `collection`. */
export const articleMeta = (collection: ContentCollectionId, d: ChangeRecord): ArticleMeta => ({
  section: COLLECTIONS[collection].name,
  changes: changesOf(d),
});

async function sourcesOf(refs: readonly { id: string }[]): Promise<PageRef[]> {
  const { reports } = await siteContent();
  return pick(reports, refs).map((r) => pageRef(r.data.title, routes.report(r.id)));
}

const regionNames = async (id: string) => regionPath((await siteContent()).regions, id).map((r) => r.data.name);

/** A case: an Article with the places it happened and what it is filed under. */
export async function caseData(entry: Case): Promise<Thing> {
  const d = entry.data;
  const names = await regionNames(d.region.id);
  return articleLd({
    title: d.title,
    summary: d.summary,
    section: COLLECTIONS.cases.name,
    url: publicUrl(routes.case(entry.id)),
    site: siteRef,
    keywords: [...d.orgTypes, ...d.formations],
    sources: await sourcesOf(d.sources),
    places: [names.at(-1), d.place].filter((p): p is string => Boolean(p)),
    changes: changesOf(d),
  });
}

/** A method: an Article filed under its topics and other names. */
export async function methodData(entry: Method): Promise<Thing> {
  const d = entry.data;
  return articleLd({
    title: d.title,
    summary: d.summary,
    section: COLLECTIONS.methods.name,
    url: publicUrl(routes.method(entry.id)),
    site: siteRef,
    keywords: [...d.aliases, ...d.topics],
    sources: await sourcesOf(d.sources),
    changes: changesOf(d),
  });
}

/** A 五个一 activity: an Article. */
export async function programData(entry: ProgramItem): Promise<Thing> {
  const d = entry.data;
  return articleLd({
    title: d.title,
    summary: d.summary,
    section: COLLECTIONS.program.name,
    url: publicUrl(routes.programItem(entry.id)),
    site: siteRef,
    sources: await sourcesOf(d.sources),
    changes: changesOf(d),
  });
}

/** A source document's page: an Article about the document. */
export async function reportData(entry: Report): Promise<Thing> {
  const d = entry.data;
  return articleLd({
    title: d.title,
    summary: d.summary,
    section: COLLECTIONS.reports.listTitle,
    url: publicUrl(routes.report(entry.id)),
    site: siteRef,
    sources: [],
    about: {
      '@type': 'CreativeWork',
      name: d.title,
      genre: d.kind,
      ...(d.date && { datePublished: d.date }),
      ...(d.publisher && { publisher: { '@type': 'Organization', name: d.publisher } }),
    },
    changes: changesOf(d),
  });
}

/**
 * A policy: a Legislation when the site holds its text; when it is known only from a mention, an
 * Article about it (the page is the site's account of what the sources say, not the document).
 */
export async function policyData(entry: Policy): Promise<Thing> {
  const { policies } = await siteContent();
  const d = entry.data;
  const names = d.region ? await regionNames(d.region.id) : [];
  const replaced = pick(policies, d.supersedes ? [d.supersedes] : [])[0];
  const sources = await sourcesOf(d.sources);
  const url = publicUrl(routes.policy(entry.id));
  const legislation = legislationLd({
    title: d.title,
    summary: d.summary,
    url: d.text === 'full' ? url : undefined,
    issuer: d.issuer,
    docNumber: d.docNumber,
    issuedAt: d.issuedAt,
    publishedAt: d.publishedAt,
    jurisdiction: names.at(-1),
    status: d.status,
    topics: d.topics,
    supersedes: replaced && pageRef(replaced.data.title, routes.policy(replaced.id)),
    sources,
  });
  if (d.text === 'full') return legislation;
  return articleLd({
    title: d.title,
    summary: d.summary,
    section: COLLECTIONS.policies.name,
    url,
    site: siteRef,
    keywords: d.topics,
    sources,
    about: legislation,
    changes: changesOf(d),
  });
}

/** A dataset of /data/<id>/: its downloads, source, coverage and indicators, and the licence the settings give. */
export async function datasetData(ds: ResolvedDataset): Promise<Thing> {
  const { indicators, regions } = await siteStats();
  const used = <T>(key: (o: ResolvedDataset['observations'][number]) => T) => [...new Set(ds.observations.map(key))];
  return datasetLd({
    title: ds.title,
    description: ds.description,
    url: publicUrl(routes.dataset(ds.id)),
    site: siteRef,
    source: pageRef(ds.source.title, routes.report(ds.source.id)),
    csvUrl: publicUrl(routes.datasetCsv(ds.id)),
    jsonUrl: publicUrl(routes.datasetJson(ds.id)),
    temporalCoverage: periodSpan(used((o) => o.period)),
    regions: used((o) => o.region).map((id) => regions.get(id)?.name ?? id),
    variables: used((o) => o.indicator).map((id) => indicators.get(id)!).map((i) => ({ name: i.name, unit: i.unit, definition: i.definition })),
    license: siteSettings.license,
  });
}
