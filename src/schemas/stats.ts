/**
 * Open statistics: `data/indicators.json` and `data/datasets/<id>.json`.
 *
 * The model is long (tidy), as SDMX and Our World in Data keep it: one observation is
 * indicator × region × period → value. A value is a number, or `null` with a status when the
 * source masks it (`*`) or does not give it. Every observation is `reported` (as the source says
 * it) or `derived` (computed from other observations; the build derives and checks these).
 *
 * Each field's `.describe()` text is its documentation: editors read it here, and the same text
 * is published in the JSON Schema at `/data/schema.json`. The checks that need more than one file
 * (does the region exist, is the rate within 0–100, …) live in `src/lib/stats/validate.ts`.
 */
import { z } from 'astro/zod';
import { asciiId, text } from './common';

/* ------------------------------------------------------------------------------------------ */
/* Periods                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;

/**
 * The grammar of a period. The calendar check (no 2011-02-30, start before end) is done by
 * `parsePeriod` in `src/lib/stats/periods.ts`.
 */
export const PERIOD_PATTERN = new RegExp(`^(?:${DATE}|${DATE}/${DATE}|\\.\\./${DATE})$`);

const periodSchema = z
  .string()
  .regex(PERIOD_PATTERN)
  .describe(
    '时间，按来源的精确程度写：`2011`（年）、`2011-09`（月）、`2011-09-30`（日）；一段时间写成 `2010-12-31/2011-09-30`' +
      '（用于“比去年底新增”这类变化量）；原文只说“近年来”“目前”而没有具体时间的，写 `../2011-11`，表示“截至2011年11月”。',
  );

/* ------------------------------------------------------------------------------------------ */
/* Indicators                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** What kind of quantity an indicator measures; decides which checks apply. */
const INDICATOR_KINDS = {
  count: '计数（个、家、名、份……），不能为负数',
  rate: '百分比，取值 0–100；写了 numerator 和 denominator 的，构建时用分子、分母核对',
  amount: '金额或其他数量（如万元），不能为负数',
  change: '两个时点之间的变化量（如“比去年底新增”“提高……个百分点”），可以为负；必须写 changeOf，时间写成一段时间',
  growth: '增长率（%），可以为负，也可以超过 100',
} as const;
type IndicatorKind = keyof typeof INDICATOR_KINDS;
/** Short labels of the kinds, for pages. */
export const INDICATOR_KIND_LABELS: Record<IndicatorKind, string> = { count: '计数', rate: '百分比', amount: '数量', change: '变化量', growth: '增长率' };
const kindKeys = Object.keys(INDICATOR_KINDS) as [IndicatorKind, ...IndicatorKind[]];

export const indicatorSchema = z
  .object({
    id: asciiId.describe('指标 id：小写拼音或英文加连字符，例如 `feigong-dangzuzhi-zujianlv`。数据集中的 `indicator` 写这个 id。'),
    name: text.describe('指标名称，页面和下载文件中显示，例如 `非公有制企业党组织组建率`。'),
    shortName: text
      .optional()
      .describe('简称，用于图表的图例、坐标轴和图表数据表的表头，例如 `党委`、`组建率`。省略时用 name。'),
    unit: text.describe('单位，例如 `家`、`个`、`名`、`%`、`个百分点`、`万元`。一个指标只有一个单位。'),
    kind: z.enum(kindKeys).describe(`指标类型：${Object.entries(INDICATOR_KINDS).map(([k, v]) => `\`${k}\` ${v}`).join('；')}。`),
    definition: text.describe('定义：统计什么、口径如何。原文没有说明口径的，照实写“原文未说明口径”。'),
    numerator: asciiId
      .optional()
      .describe('比率的分子指标 id（仅 `rate`）。与 denominator 一起写；同一地区、同一时间两者都有数时，构建时算出比率并与报告值核对。'),
    denominator: asciiId.optional().describe('比率的分母指标 id（仅 `rate`）。与 numerator 一起写。'),
    changeOf: asciiId
      .optional()
      .describe('变化量所对应的指标 id（仅 `change`，必填）。例如“新增数”对应“已组建数”：后一时点的数 = 前一时点的数 + 变化量。'),
    sumOf: z
      .array(asciiId)
      .min(2)
      .optional()
      .describe('构成：本指标等于这些指标之和（如“单独建立党组织”= 党委 + 党总支 + 党支部）。构建时核对合计；只缺合计时由分项相加推算。'),
  })
  .strict()
  .describe('一个统计指标的定义。');

export const indicatorsFileSchema = z.array(indicatorSchema).min(1).describe('`data/indicators.json`：全部指标的定义。');
export type Indicator = z.infer<typeof indicatorSchema>;

/* ------------------------------------------------------------------------------------------ */
/* Observations                                                                                */
/* ------------------------------------------------------------------------------------------ */

/** Why a value is missing. Never write 0 for a number the source does not give. */
export const VALUE_STATUSES = {
  undisclosed: '未披露：来源用“*”隐去了这个数字',
  'not-collected': '未采集：来源没有给出这个数字',
} as const;
export type ValueStatus = keyof typeof VALUE_STATUSES;
const statusKeys = Object.keys(VALUE_STATUSES) as [ValueStatus, ...ValueStatus[]];

/**
 * The source's own word for an approximate number. 多/余/以上/超过 give a lower bound and show
 * as “4,700家以上”; 近/约 show as “约16,000家”.
 */
export const APPROXIMATIONS = ['多', '余', '近', '约', '以上', '超过'] as const;
export type Approximation = (typeof APPROXIMATIONS)[number];

export const BASES = {
  reported: '来源直接给出的数字',
  derived: '由其他数字推算的数字（写明推算方法）',
} as const;
type Basis = keyof typeof BASES;
const basisKeys = Object.keys(BASES) as [Basis, ...Basis[]];

export const observationSchema = z
  .object({
    indicator: asciiId.describe('指标 id，须在 `data/indicators.json` 中。'),
    region: asciiId.describe('地区 id，须在 `data/regions.json` 中。'),
    period: periodSchema,
    value: z
      .number()
      .nullable()
      .describe('数值：按来源写的数字（“1.85万家”写 18500，百分比 43.91% 写 43.91），不加单位、不加引号。来源以“*”隐去或没有给出的写 null，并写 status。'),
    status: z
      .enum(statusKeys)
      .optional()
      .describe(`value 为 null 时必填，说明为什么没有数字：${Object.entries(VALUE_STATUSES).map(([k, v]) => `\`${k}\` ${v}`).join('；')}。页面显示“未披露”，绝不当作 0。`),
    approx: z
      .enum(APPROXIMATIONS)
      .optional()
      .describe('约数：来源写的“多”“余”“近”“约”“以上”“超过”。例如“4700多家”写 value 4700、approx “多”；页面显示“4,700家以上”；“近16000家”写 16000、approx “近”，显示“约16,000家”。'),
    basis: z
      .enum(basisKeys)
      .default('reported')
      .describe('`reported`（默认）来源直接给出；`derived` 由其他数字推算，须写 derivation。构建时能推算的数字（比率、变化量、合计）会自动生成，不必手写。'),
    derivation: z.string().trim().min(1).optional().describe('推算方法（basis 为 derived 时必填），例如“原文逐一列出5个名称，按名称计数”。'),
    quote: z.string().trim().min(1).optional().describe('原文写法，便于核对，例如 `10000余名`、`1.85万家`。'),
    note: z.string().trim().min(1).optional().describe('读懂这个数字需要知道的事，例如统计口径、时间的由来。'),
  })
  .strict()
  .describe('一个观测值：指标 × 地区 × 时间 → 数值。');
export type Observation = z.output<typeof observationSchema>;

/* ------------------------------------------------------------------------------------------ */
/* Charts                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export const CHART_TYPES = {
  'by-region': '按地区比较（柱状图）：一个指标，多个地区，同一时间',
  'over-time': '随时间变化（折线图）：一个地区，一个或几个同单位的指标，多个时间',
  composition: '构成（堆积柱状图）：几个分项指标叠成一根柱，每个地区一根',
  'by-indicator': '几个同单位指标比较（横向柱状图）：一个地区，同一时间',
} as const;
export type ChartType = keyof typeof CHART_TYPES;
const chartTypeKeys = Object.keys(CHART_TYPES) as [ChartType, ...ChartType[]];

export const chartSpecSchema = z
  .object({
    id: asciiId.describe('图表 id，在本数据集中唯一，例如 `zujianlv`；MDX 中用 `<DatasetChart dataset="…" chart="zujianlv" />` 引用。'),
    type: z.enum(chartTypeKeys).describe(`图表类型：${Object.entries(CHART_TYPES).map(([k, v]) => `\`${k}\` ${v}`).join('；')}。`),
    title: text.describe('图表标题，说清画的是什么，例如 `杭州市非公有制企业党组织组建率`。'),
    indicators: z.array(asciiId).min(1).describe('画哪些指标（id）。同一张图中的指标单位必须相同。'),
    regions: z.array(asciiId).min(1).optional().describe('画哪些地区（id），按此顺序。省略时取这些指标有数据的全部地区（按数据出现顺序）。'),
    period: periodSchema.optional().describe('只画这一时间的数据。省略时，若某个格子有多个时间，构建会要求写明。'),
    note: z.string().trim().min(1).optional().describe('图下的说明，例如口径变化。'),
  })
  .strict()
  .describe('数据集页面上的一张图表；页面同时列出它的数据表。');
export type ChartSpec = z.infer<typeof chartSpecSchema>;

/* ------------------------------------------------------------------------------------------ */
/* Datasets                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const observationKeySchema = z
  .object({
    indicator: asciiId.describe('指标 id'),
    region: asciiId.describe('地区 id'),
    period: periodSchema,
  })
  .strict();

export const datasetFileSchema = z
  .object({
    $schema: z.string().optional().describe('可选：JSON Schema 的地址，供编辑器自动补全。'),
    title: text.describe('数据集标题，例如 `杭州市非公企业党组织“集中攻坚月”组建情况（2011年）`。'),
    description: text.describe('一两句话说明数据集包含什么。'),
    order: z.number().default(100).describe('在数据首页和首页上的排列顺序，数小的在前；默认 100，相同时按文件名。'),
    source: asciiId.describe('来源文献：`content/reports/` 中的 id（文件名），例如 `hangzhou-gongjianyue-2011`。没有来源的数字不能发布。'),
    notes: z.array(text).default([]).describe('读者需要知道的说明：口径、时间如何确定、哪些数字未记录以及原因。'),
    highlights: z
      .array(observationKeySchema)
      .default([])
      .describe('主要数字：在数据首页（和首页）突出显示的观测值，按指标、地区、时间指定。'),
    charts: z.array(chartSpecSchema).default([]).describe('数据集页面上的图表，按此顺序显示。'),
    observations: z.array(observationSchema).min(1).describe('观测值（长表）：每行一个指标 × 地区 × 时间。'),
  })
  .strict()
  .describe('`data/datasets/<id>.json`：一个数据集。文件名就是 id，也是网址 `/data/<id>/`。');
export type DatasetFile = z.output<typeof datasetFileSchema>;

/* ------------------------------------------------------------------------------------------ */
/* Published format: /data/<id>.json                                                           */
/* ------------------------------------------------------------------------------------------ */

const publishedObservationSchema = observationSchema
  .extend({
    basis: z.enum(basisKeys).describe(`${Object.entries(BASES).map(([k, v]) => `\`${k}\` ${v}`).join('；')}。`),
  })
  .describe('一个观测值；推算值的 derivation 写明算法。');

export const publishedDatasetSchema = z
  .object({
    $schema: z.string().optional().describe('本格式的 JSON Schema：`/data/schema.json`。'),
    id: asciiId.describe('数据集 id'),
    title: text.describe('标题'),
    description: text.describe('说明'),
    url: z.string().describe('数据集页面的地址'),
    source: z
      .object({
        id: asciiId.describe('来源文献 id'),
        title: text.describe('来源文献标题'),
        url: z.string().describe('来源文献页面的地址'),
      })
      .strict()
      .describe('来源文献'),
    notes: z.array(text).describe('说明'),
    indicators: z.array(indicatorSchema).describe('本数据集用到的指标的定义'),
    regions: z
      .array(
        z
          .object({
            id: asciiId.describe('地区 id'),
            name: text.describe('地区名称'),
            level: text.describe('层级：省、市、县区、乡镇街道、村社区、园区'),
            parent: asciiId.optional().describe('上级地区 id'),
            code: z.string().optional().describe('GB/T 2260 行政区划代码'),
            note: z.string().optional().describe('说明'),
          })
          .strict(),
      )
      .describe('本数据集用到的地区'),
    observations: z.array(publishedObservationSchema).describe('全部观测值，含构建时推算并核对过的推算值'),
  })
  .strict()
  .describe('两新党建知识库与政策门户公开统计的一个数据集（/data/<id>.json）。CSV 版本见同名 .csv。');
export type PublishedDataset = z.infer<typeof publishedDatasetSchema>;
