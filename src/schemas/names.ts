/**
 * The Chinese names readers see for the sections and for the fields they filter by. Part of the
 * collection registry (`src/schemas/registry.ts`, which re-exports them), kept in a module of
 * their own that imports nothing, so browser code (the search UI) can use them without the rest.
 */

/** The sections' Chinese names, as in the navigation and the search filter 类别. */
export const COLLECTION_NAMES = {
  policies: '政策文件',
  program: '五个一',
  cases: '典型案例',
  methods: '工作方法',
  glossary: '术语',
  reports: '报告',
  regions: '地区',
} as const;

/** The statistics section (`data/datasets/`, pages under `/data/`): not a collection, but a section. */
export const DATA_SECTION_NAME = '数据';

/**
 * The labels of the fields readers filter by (search filters, list filters); part of the registry's
 * `FIELD_LABELS`. `kind` is the 类别 of a page.
 */
export const FACET_LABELS = {
  kind: '类别',
  region: '地区',
  years: '年份',
  orgTypes: '组织类型',
  formations: '组建方式',
  honours: '荣誉',
  level: '层级',
  topics: '主题',
  status: '有效性',
} as const;
