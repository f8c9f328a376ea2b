/** 五个一示范化工程: one entry per activity (集中组建 … 规范提升) and one for 一个平台. */
import { z } from 'astro/zod';
import { changeRecord, sources, text, type Ref } from './common';
import { PROGRAM_KINDS } from './taxonomy';

export const programSchema = (ref: Ref) =>
  z
    .object({
      title: text.describe('全称，例如“开展一次集中组建”。必填。'),
      short: text.describe('简称，用在列表和图表里，例如“集中组建”。必填。'),
      order: z.number().int().min(1).max(6).describe('在工程中的顺序：五项活动是 1–5，“一个平台”是 6。必填，不能重复。'),
      kind: z
        .enum(Object.keys(PROGRAM_KINDS) as [keyof typeof PROGRAM_KINDS, ...(keyof typeof PROGRAM_KINDS)[]])
        .describe('是“五个一”中的一项活动，还是“一个平台”。必填。'),
      frequency: text.describe('多久一次，例如“每年至少一次”。必填。'),
      responsible: text.describe('责任主体，例如“各县（市）区委组织部门”。必填。'),
      deliverables: z.array(text).min(1).describe('要形成的成果，每项一条，至少一项。'),
      checkedBy: text.describe('怎样检查或验收。必填。'),
      steps: z.array(text).min(1).describe('步骤，按先后顺序，至少一步。'),
      summary: text.describe('一两句话说明它要求做什么。必填。'),
      policy: ref('policies').describe('它出自哪份政策文件。必填。'),
      methods: z.array(ref('methods')).default([]).describe('有助于落实它的工作方法。'),
      sources: sources(ref),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict();
