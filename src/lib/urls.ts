/** Site paths. Every internal link goes through `joinBase`, so the site works under a sub-path. */
import { COLLECTIONS, type CollectionMeta, type CollectionName } from '../schemas/registry';

/** `joinBase('/portal/', 'cases/x/')` → `/portal/cases/x/`. Keeps a trailing slash on pages. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The page of an entry of any collection (`cases/x/`, `glossary/#x` …), from the registry. */
const entryPath = (collection: CollectionName, id: string): string => (COLLECTIONS[collection] as CollectionMeta).entryPath(id);

/** Route paths without the base, one place for every URL pattern of the site. */
export const routes = {
  home: () => '',
  policies: () => COLLECTIONS.policies.path,
  policy: (id: string) => entryPath('policies', id),
  program: () => COLLECTIONS.program.path,
  programItem: (id: string) => entryPath('program', id),
  /** A 示范点 standard's page: the cases that show it. */
  standard: (id: string) => `${COLLECTIONS.program.path}standards/${id}/`,
  cases: () => COLLECTIONS.cases.path,
  case: (id: string) => entryPath('cases', id),
  methods: () => COLLECTIONS.methods.path,
  method: (id: string) => entryPath('methods', id),
  glossary: () => COLLECTIONS.glossary.path,
  reports: () => COLLECTIONS.reports.path,
  report: (id: string) => entryPath('reports', id),
  data: () => 'data/',
  dataset: (id: string) => `data/${id}/`,
  datasetCsv: (id: string) => `data/${id}.csv`,
  datasetJson: (id: string) => `data/${id}.json`,
  dataIndex: () => 'data/index.json',
  dataSchema: () => 'data/schema.json',
  embed: (dataset: string, chart: string) => `embed/${dataset}/${chart}/`,
  search: () => 'search/',
  about: () => 'about/',
  textSize: () => 'text-size/',
  offline: () => 'offline/',
  serviceWorker: () => 'sw.js',
  webManifest: () => 'manifest.webmanifest',
} as const;

/**
 * The absolute address of a path (without the base) on the public site: `site` is the public URL
 * (site settings or SITE_URL), or undefined when there is none — and then so is the address, so
 * that nothing ever points at the build machine.
 */
export function absoluteUrl(site: string | undefined, base: string, path: string): string | undefined {
  return site ? new URL(joinBase(base, path), site).href : undefined;
}
