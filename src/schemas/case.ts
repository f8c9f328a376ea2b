/** 典型案例/示范点: an exemplary case, with its figures, methods and source. */
import { z } from 'astro/zod';
import { changeRecord, keyFigure, partialDate, sources, text, type Ref } from './common';
import { FORMATIONS, ORG_TYPES, SHOWCASE_STANDARDS } from './taxonomy';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const caseSchema = (ref: Ref) =>
  z
    .object({
      /** Name of the case or 示范点, e.g. `萧山区临浦镇两新组织党建全覆盖试点`. Required. */
      title: text,
      /** The region, an id from `data/regions.json` (the most precise one known). Required. */
      region: ref('regions'),
      /** Place within the region when finer than the registry, e.g. `力邦村`. Optional. */
      place: z.string().optional(),
      /**
       * When it happened or applies, as precise as the source says. Omit it when the source gives
       * no date: the page then says 原文未注明. Never estimate a year.
       */
      period: z.object({ start: partialDate, end: partialDate.optional() }).strict().optional(),
      /** 组织类型: one or more keys of ORG_TYPES in `src/schemas/taxonomy.ts`. */
      orgTypes: z.array(z.enum(keys(ORG_TYPES))).min(1),
      /** 组建方式: keys of FORMATIONS, only as the source supports; empty when the case is not about 组建. */
      formations: z.array(z.enum(keys(FORMATIONS))).default([]),
      /** Honours, e.g. `全省“两新”组织党建工作示范点`. */
      honours: z.array(text).default([]),
      /** Key figures as the source gives them; masked ones with `value: null`. */
      figures: z.array(keyFigure).default([]),
      /** Methods it uses (ids in `methods`). */
      methods: z.array(ref('methods')).default([]),
      /** Policies behind it (ids in `policies`). */
      policies: z.array(ref('policies')).default([]),
      /** Which of the nine 示范点 standards it shows (keys of SHOWCASE_STANDARDS). */
      standards: z.array(z.enum(keys(SHOWCASE_STANDARDS))).default([]),
      /** What it did and why it matters, in one or two sentences. Required. */
      summary: text,
      /** Shown on the home page when true. Default false. */
      featured: z.boolean().default(false),
      /** Source documents (ids in `reports`). At least one. */
      sources: sources(ref),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict();
