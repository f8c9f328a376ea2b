/**
 * The collection registry: every kind of content the portal holds, defined once — its id, Chinese
 * names, where its files live, its pages' paths and its search category — and the Chinese label of
 * every field. Everything else derives from here: Astro's collections (`src/content.config.ts`),
 * the content check, URLs (`src/lib/urls.ts`), navigation, search facets, error messages, the
 * editors' `npm run new`, and the web editor's configuration.
 *
 * Each collection's zod schema is attached in `src/schemas/collections.ts`, keyed by the same ids
 * (the type checker refuses a collection that has no schema, or a schema without a collection).
 * This module imports nothing, so browser code (the search UI) may use it without pulling in zod.
 *
 * To add a collection: an entry here, its schema in `src/schemas/<name>.ts`, a line in
 * `src/schemas/collections.ts`, and its pages under `src/pages/`. To add a field: the field in its
 * schema (with a doc comment) and its label in `FIELD_LABELS` (a unit test names a missing one).
 */

import { COLLECTION_NAMES, DATA_SECTION_NAME, FACET_LABELS } from './names';

export { DATA_SECTION_NAME, FACET_LABELS };

export type CollectionMeta = {
  /** The section's Chinese name, as in the navigation and search: `政策文件`. */
  name: string;
  /** What one entry is called in messages: `一个政策文件`'s `政策文件`, `案例`. */
  entry: string;
  /** The list page's title, when it is not `name`: the reports are listed as `来源文献`. */
  listTitle?: string;
  /** Measure word for counts: `11 件`. */
  unit: string;
  /** Where the files are: `content/policies/` (Markdown) or a JSON file of `data/`. */
  home: string;
  /** The section's path without the base: `policies/`. */
  path: string;
  /** The path of one entry's page without the base: `policies/<id>/` (`glossary/#<id>` for terms). */
  entryPath: (id: string) => string;
  /** Whether `npm run new` and the web editor offer it: Markdown entries that editors write. */
  editable: boolean;
  /**
   * What editors call it, besides its id: the 类别 of `npm run new -- 政策 <标题>` and of the
   * import tools. The first word is the one the tools print.
   */
  words: readonly string[];
  /** Fields its list can be filtered by, each a static page (`/cases/type/louyu/`), in display order. */
  listFilters?: readonly (keyof typeof FACET_LABELS)[];
};

/** Markdown/MDX collections: `content/<id>/<entry-id>.md(x)`, the file name being the entry's id. */
export const CONTENT_COLLECTION_IDS = ['policies', 'program', 'cases', 'methods', 'glossary', 'reports'] as const;
export type ContentCollectionId = (typeof CONTENT_COLLECTION_IDS)[number];

/** Every collection, the region registry (a JSON file of `data/`) included. */
export type CollectionName = ContentCollectionId | 'regions';

export const COLLECTIONS = {
  policies: {
    name: COLLECTION_NAMES.policies,
    entry: '政策文件',
    unit: '件',
    home: 'content/policies/',
    path: 'policies/',
    entryPath: (id: string) => `policies/${id}/`,
    editable: true,
    words: ['政策', '政策文件', '文件'],
    listFilters: ['status', 'level', 'topics'],
  },
  program: {
    name: COLLECTION_NAMES.program,
    entry: '五个一活动',
    unit: '项',
    home: 'content/program/',
    path: 'program/',
    entryPath: (id: string) => `program/${id}/`,
    editable: true,
    words: ['五个一', '五个一活动', '活动'],
  },
  cases: {
    name: COLLECTION_NAMES.cases,
    entry: '案例',
    unit: '个',
    home: 'content/cases/',
    path: 'cases/',
    entryPath: (id: string) => `cases/${id}/`,
    editable: true,
    words: ['案例', '典型案例', '示范点'],
    listFilters: ['region', 'years', 'orgTypes', 'formations', 'honours'],
  },
  methods: {
    name: COLLECTION_NAMES.methods,
    entry: '工作方法',
    unit: '种',
    home: 'content/methods/',
    path: 'methods/',
    entryPath: (id: string) => `methods/${id}/`,
    editable: true,
    words: ['方法', '工作方法'],
  },
  glossary: {
    name: COLLECTION_NAMES.glossary,
    entry: '术语',
    unit: '条',
    home: 'content/glossary/',
    path: 'glossary/',
    entryPath: (id: string) => `glossary/#${id}`,
    editable: true,
    words: ['术语', '名词'],
  },
  reports: {
    name: COLLECTION_NAMES.reports,
    entry: '来源文献',
    listTitle: '来源文献',
    unit: '份',
    home: 'content/reports/',
    path: 'reports/',
    entryPath: (id: string) => `reports/${id}/`,
    editable: true,
    words: ['来源', '来源文献', '报告', '文献'],
  },
  regions: {
    name: COLLECTION_NAMES.regions,
    entry: '地区',
    unit: '个',
    home: 'data/regions.json',
    path: 'data/',
    entryPath: () => 'data/',
    editable: false,
    words: ['地区'],
  },
} as const satisfies Record<CollectionName, CollectionMeta>;

/**
 * The collection an editor means by `word`: its id (`policies`) or one of its `words` (`政策`), or
 * undefined.
 */
export function collectionByWord(word: string): CollectionName | undefined {
  const w = word.trim().toLowerCase();
  return (Object.keys(COLLECTIONS) as CollectionName[]).find((id) => id === w || (COLLECTIONS[id].words as readonly string[]).includes(w));
}

/** The Chinese name of `collection`, for messages: `cases（案例）`. */
export const collectionLabel = (collection: CollectionName) => `${collection}（${COLLECTIONS[collection].entry}）`;

/**
 * Files of a content folder that are not published: names starting with `_` (drafts) or `.`
 * (hidden files, editors' backups, macOS `._x.md`). Astro's loader skips them by the same rule
 * (`src/content.config.ts`), and the content check lists them, so nobody wonders why a page is missing.
 */
export const isUnpublishedName = (name: string) => name.startsWith('_') || name.startsWith('.');

/** The glob pattern Astro's loader uses inside `content/<collection>/`: what `isUnpublishedName` keeps. */
export const PUBLISHED_GLOB = '[^_.]*.{md,mdx}';

/**
 * Chinese labels of the fields of every schema, shown in messages, on pages, in search filters and
 * in the web editor. One field name means one thing across collections.
 */
export const FIELD_LABELS = {
  ...FACET_LABELS,
  title: '标题',
  term: '术语',
  place: '地点',
  period: '时间段',
  figures: '关键数字',
  methods: '工作方法',
  policies: '政策文件',
  policy: '依据的政策',
  standards: '示范点标准',
  summary: '摘要',
  featured: '首页推荐',
  brief: '简目',
  sources: '来源',
  issuer: '发文机关',
  docNumber: '发文字号',
  recipients: '主送机关',
  issuedAt: '成文日期',
  publishedAt: '发布日期',
  supersedes: '所替代的政策',
  text: '全文或仅提及',
  phases: '方法步骤',
  quarters: '季度',
  requirements: '工作要求',
  date: '日期',
  dateNote: '日期说明',
  publisher: '发布者',
  completeness: '完整性说明',
  drawnInto: '本站引用内容',
  aliases: '别名',
  searchTerms: '搜索用语',
  definition: '定义',
  description: '说明',
  definitionSource: '释义来源',
  inSources: '来源中的说法',
  related: '相关条目',
  whenToUse: '适用情形',
  steps: '步骤',
  origin: '出处',
  short: '简称',
  order: '顺序',
  frequency: '频次',
  responsible: '责任主体',
  deliverables: '成果',
  checkedBy: '检查方式',
  program: '五个一活动',
  cases: '案例',
  name: '名称',
  parent: '上级地区',
  code: '行政区划代码',
  note: '说明',
  label: '名称',
  value: '数值',
  unit: '单位',
  precision: '精确程度',
  asOf: '数据时间',
  added: '收录日期',
  updates: '更新记录',
  start: '开始',
  end: '结束',
  // Site settings (src/schemas/site.ts).
  siteName: '网站名称',
  sponsor: '主办单位',
  organizer: '承办单位',
  contact: '联系方式',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通讯地址',
  icp: 'ICP备案号',
  psb: '公安机关备案号',
  siteCode: '网站标识码',
  url: '公开网址',
  base: '子路径',
  license: '数据许可协议',
  cms: '网页编辑器的发布方式',
  backend: '代码托管服务',
  repo: '仓库',
  branch: '分支',
  server: '服务器网址',
  appId: 'OAuth 应用的 Client ID',
  authServer: 'OAuth 登录服务网址',
} as const satisfies Record<string, string>;


/** The label of a field by its name, or undefined for a name no schema has. */
export const fieldLabel = (name: string): string | undefined => (FIELD_LABELS as Record<string, string>)[name];
