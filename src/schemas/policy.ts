/** 政策文件: a policy document, held in full or known only from a mention in a source. */
import { z } from 'astro/zod';
import { changeRecord, partialDate, sources, text, type Ref } from './common';
import { POLICY_LEVELS, POLICY_STATUSES, TOPICS } from './taxonomy';

/** 发文字号 in the GB/T 9704 form `X〔2020〕12号`; masked parts may be `*`. */
const DOC_NUMBER = /^.+〔(\d{4}|\*)〕(\d+|\*)号$/;

/** A phase of a work plan's 方法步骤, e.g. 整体提升 in quarters 1–3. */
const phase = z
  .object({
    /** Name of the phase, e.g. `整体提升`. */
    name: text,
    /** Quarters it runs in, 1–4, e.g. `[1, 2, 3]`. */
    quarters: z.array(z.number().int().min(1).max(4)).min(1),
    /** Who does what in it, in a sentence or two. */
    summary: text,
  })
  .strict();

/** A 工作要求 of a work plan, e.g. 压实工作责任 (三单制). */
const requirement = z.object({ name: text, summary: text }).strict();

export const policySchema = (ref: Ref) =>
  z
    .object({
      /** The official title, without 《》. Required. */
      title: text,
      /** 发文机关. Optional: the sources often do not name it. */
      issuer: z.string().optional(),
      /** 发文字号 in the form `X〔2020〕12号`. Optional. */
      docNumber: z.string().regex(DOC_NUMBER, '发文字号应写成 X〔2020〕12号 的形式（用六角括号〔〕）').optional(),
      /** 主送机关, as the document addresses them, e.g. `各区、县（市）委组织部`. Optional. */
      recipients: z.string().optional(),
      /** 成文日期, as precise as known. Optional. */
      issuedAt: partialDate.optional(),
      /** 发布日期, as precise as known. Optional. */
      publishedAt: partialDate.optional(),
      /** 层级: 中央, 省, 市, 县, or 未知. Required. */
      level: z.enum(POLICY_LEVELS),
      /** The region it applies to, an id from `data/regions.json`. Optional. */
      region: ref('regions').optional(),
      /** 主题, from the list in `src/schemas/taxonomy.ts`. At least one. */
      topics: z.array(z.enum(TOPICS)).min(1),
      /** 有效性. Default `未知`: the sources rarely say. */
      status: z.enum(POLICY_STATUSES).default('未知'),
      /** The id of the policy this one replaces. Its page then shows “已被本文件替代”. */
      supersedes: ref('policies').optional(),
      /**
       * `full`: the portal holds the full text (the page body summarises it section by section).
       * `mention`: only a mention in a source is known; the page says so. Required.
       */
      text: z.enum(['full', 'mention']),
      /** What the sources say of it, in one or two sentences. Required. */
      summary: text,
      /** The source documents it was found in (ids in `reports`). At least one. */
      sources: sources(ref),
      /** For a work plan: 方法步骤 as phases by quarter. */
      phases: z.array(phase).default([]),
      /** For a work plan: 工作要求. */
      requirements: z.array(requirement).default([]),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict();
