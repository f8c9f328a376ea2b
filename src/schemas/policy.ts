/** 政策文件: a policy document, held in full or known only from a mention in a source. */
import { z } from 'astro/zod';
import { changeRecord, partialDate, sources, text, type Ref } from './common';
import { POLICY_LEVELS, POLICY_STATUSES, POLICY_TEXTS, TOPICS } from './taxonomy';

/** 发文字号 in the GB/T 9704 form `X〔2020〕12号`; masked parts may be `*`. */
export const DOC_NUMBER = /^.+〔(\d{4}|\*)〕(\d+|\*)号$/;

/** A phase of a work plan's 方法步骤, e.g. 整体提升 in quarters 1–3. */
const phase = z
  .object({
    name: text.describe('阶段名称，例如“整体提升”。'),
    quarters: z.array(z.number().int().min(1).max(4)).min(1).describe('在哪几个季度进行，1–4，例如 1、2、3。'),
    summary: text.describe('这一阶段谁做什么，一两句话。'),
  })
  .strict();

/** A 工作要求 of a work plan, e.g. 压实工作责任 (三单制). */
const requirement = z.object({ name: text.describe('要求的名称，例如“压实工作责任”。'), summary: text.describe('这项要求的内容，一两句话。') }).strict();

export const policySchema = (ref: Ref) =>
  z
    .object({
      title: text.describe('文件的正式标题，不加书名号《》。必填。'),
      issuer: z.string().optional().describe('发文机关。来源常常没有写明，可不填。'),
      docNumber: z
        .string()
        .regex(DOC_NUMBER, '发文字号应写成 X〔2020〕12号 的形式（用六角括号〔〕）')
        .optional()
        .describe('发文字号，写成 X〔2020〕12号（六角括号〔〕）；原文隐去的部分写 *。可不填。'),
      recipients: z.string().optional().describe('主送机关，照文件的写法，例如“各区、县（市）委组织部”。可不填。'),
      issuedAt: partialDate.optional().describe('成文日期，知道多少写多少：2020-11-06、2020-11 或 2020。可不填。'),
      publishedAt: partialDate.optional().describe('发布日期，知道多少写多少。可不填。'),
      level: z.enum(POLICY_LEVELS).describe('层级：中央、省、市、县；来源看不出时写“未知”。必填。'),
      region: ref('regions').optional().describe('文件适用的地区（地区登记表中的地区）。可不填。'),
      topics: z.array(z.enum(TOPICS)).min(1).describe('主题，至少一项；用于筛选。'),
      status: z.enum(POLICY_STATUSES).default('未知').describe('有效性。来源很少说明，默认“未知”；“现行有效”“已修订”“已废止”要有来源依据。'),
      supersedes: ref('policies').optional().describe('本文件替代的旧文件。被替代的文件页面会显示“已被本文件替代”。'),
      text: z
        .enum(Object.keys(POLICY_TEXTS) as [keyof typeof POLICY_TEXTS, ...(keyof typeof POLICY_TEXTS)[]])
        .describe('本站收录了什么：收录全文要点（正文逐节概括全文），或仅见于来源文献的提及（页面会说明）。必填。'),
      summary: text.describe('来源对这份文件说了什么，一两句话。必填。'),
      sources: sources(ref).describe('在哪些来源文献里见到这份文件，至少一个。'),
      phases: z.array(phase).default([]).describe('工作方案才填：按季度划分的方法步骤。'),
      requirements: z.array(requirement).default([]).describe('工作方案才填：工作要求。'),
      ...changeRecord,
    })
    .strict();
