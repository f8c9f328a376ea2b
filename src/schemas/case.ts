/** 典型案例/示范点: an exemplary case, with its figures, methods and source. */
import { z } from 'astro/zod';
import { changeRecord, keyFigure, partialDate, sources, text, type Ref } from './common';
import { FORMATIONS, HONOURS, ORG_TYPES, SHOWCASE_STANDARDS } from './taxonomy';

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
      /**
       * 荣誉: keys of HONOURS in `src/schemas/taxonomy.ts`, only as the source says, e.g.
       * `全省“两新”组织党建工作示范点`. A new honour is added to HONOURS first, with what it is.
       */
      honours: z.array(z.enum(keys(HONOURS))).default([]),
      /** Key figures as the source gives them; masked ones with `value: null`. */
      figures: z.array(keyFigure).default([]),
      /** Methods it uses (ids in `methods`). */
      methods: z.array(ref('methods')).default([]),
      /** Policies behind it (ids in `policies`). */
      policies: z.array(ref('policies')).default([]),
      /**
       * Which of the nine 示范点 standards (keys of SHOWCASE_STANDARDS) its source describes it
       * meeting: tag a standard only when the source tells what the case did or achieved under it.
       */
      standards: z.array(z.enum(keys(SHOWCASE_STANDARDS))).default([]),
      /** What it did and why it matters, in one or two sentences. Required. */
      summary: text,
      /** Shown on the home page when true. Default false. */
      featured: z.boolean().default(false),
      /**
       * 简目 (brief entry): true when the source gives little beyond the name and an honour. A brief
       * entry gets no case page of its own; it is shown, with its facts and summary, on the page of
       * its first honour. Say in `summary` what the source does not give. Default false.
       */
      brief: z.boolean().default(false),
      /** Source documents (ids in `reports`). At least one. */
      sources: sources(ref),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.brief && c.honours.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['brief'],
          message: '简目（brief: true）列在它所获荣誉的页面上，所以至少要写一项 honours；没有荣誉的条目请写成完整案例，或删去 brief',
        });
      }
      if (c.brief && c.featured) {
        ctx.addIssue({ code: 'custom', path: ['featured'], message: '简目没有自己的页面，不能放在首页推荐（featured）' });
      }
    });
