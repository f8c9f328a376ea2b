/** Site paths. Every internal link goes through `joinBase`, so the site works under a sub-path. */

/** `joinBase('/portal/', 'cases/x/')` → `/portal/cases/x/`. Keeps a trailing slash on pages. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Route paths without the base, one place for every URL pattern of the site. */
export const routes = {
  home: () => '',
  policies: () => 'policies/',
  policy: (id: string) => `policies/${id}/`,
  program: () => 'program/',
  programItem: (id: string) => `program/${id}/`,
  cases: () => 'cases/',
  case: (id: string) => `cases/${id}/`,
  methods: () => 'methods/',
  method: (id: string) => `methods/${id}/`,
  glossary: () => 'glossary/',
  term: (id: string) => `glossary/#${id}`,
  reports: () => 'reports/',
  report: (id: string) => `reports/${id}/`,
  data: () => 'data/',
  dataset: (id: string) => `data/${id}/`,
  datasetCsv: (id: string) => `data/${id}.csv`,
  datasetJson: (id: string) => `data/${id}.json`,
  dataIndex: () => 'data/index.json',
  dataSchema: () => 'data/schema.json',
  search: () => 'search/',
  about: () => 'about/',
} as const;

export type CollectionRoute = 'policies' | 'program' | 'cases' | 'methods' | 'glossary' | 'reports';

/** The page of an entry of any collection. */
export function entryPath(collection: CollectionRoute, id: string): string {
  switch (collection) {
    case 'policies':
      return routes.policy(id);
    case 'program':
      return routes.programItem(id);
    case 'cases':
      return routes.case(id);
    case 'methods':
      return routes.method(id);
    case 'glossary':
      return routes.term(id);
    case 'reports':
      return routes.report(id);
  }
}
