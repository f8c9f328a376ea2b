/**
 * 典型案例/示范点: an exemplary case, with its figures, methods and source. Each field's
 * `.describe()` text says how to fill it; editors see it in the web editor, `npm run new` and the
 * check's messages.
 */
import { z } from 'astro/zod';
import { changeRecord, keyFigure, partialDate, sources, text, type Ref } from './common';
import { FORMATIONS, HONOURS, ORG_TYPES, SHOWCASE_STANDARDS } from './taxonomy';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const caseSchema = (ref: Ref) =>
  z
    .object({
      title: text.describe('案例或示范点的名称，例如“萧山区临浦镇两新组织党建全覆盖试点”。必填。'),
      region: ref('regions').describe('所在地区，选地区登记表（data/regions.json）中最具体的一个。必填。'),
      place: z.string().optional().describe('比地区登记表更细的地点，例如“力邦村”。可不填。'),
      period: z
        .object({
          start: partialDate.describe('开始时间，按来源写到年、月或日：2011、2011-09、2011-09-30。'),
          end: partialDate.optional().describe('结束时间，来源写了才填。'),
        })
        .strict()
        .optional()
        .describe('发生或适用的时间，按来源的精确程度写。来源没有日期就不填，页面显示“原文未注明”；不要估计年份。'),
      orgTypes: z.array(z.enum(keys(ORG_TYPES))).min(1).describe('组织类型：案例涉及哪类单位或区域，至少一项。'),
      formations: z
        .array(z.enum(keys(FORMATIONS)))
        .default([])
        .describe('组建方式：党组织是怎样建立的，只写来源说到的；案例不涉及组建时不写。'),
      honours: z
        .array(z.enum(keys(HONOURS)))
        .default([])
        .describe('荣誉：来源说它获得的荣誉。只能写已登记的荣誉；新的荣誉先由网站维护人员加进 src/schemas/taxonomy.ts 的 HONOURS。'),
      figures: z.array(keyFigure).default([]).describe('关键数字，照来源写；来源用“*”隐去的数字不填数值（页面显示“未披露”）。'),
      methods: z.array(ref('methods')).default([]).describe('案例用到的工作方法。'),
      policies: z.array(ref('policies')).default([]).describe('案例依据的政策文件。'),
      standards: z
        .array(z.enum(keys(SHOWCASE_STANDARDS)))
        .default([])
        .describe('示范点九条标准中，来源描述它做到了哪几条：来源说明了它在这条标准上做了什么、有什么成效，才标这一条。'),
      summary: text.describe('一两句话：做了什么，为什么值得看。必填。'),
      featured: z.boolean().default(false).describe('在首页推荐这个案例。默认不推荐。'),
      brief: z
        .boolean()
        .default(false)
        .describe('简目：来源除了名称和荣誉几乎没有别的信息时，写成简目。简目没有自己的页面，连同数字和摘要列在它第一项荣誉的页面上；在摘要里写明来源没有给出什么。默认不是简目。'),
      sources: sources(ref).describe('写这个案例所依据的来源文献，至少一个。'),
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
