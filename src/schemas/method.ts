/** 工作方法: a working method, from where it came from to the steps it takes. */
import { z } from 'astro/zod';
import { changeRecord, sources, text, type Ref } from './common';
import { TOPICS } from './taxonomy';

export const methodSchema = (ref: Ref) =>
  z
    .object({
      title: text.describe('方法的名称，例如“楼宇社区党建”。必填。'),
      aliases: z.array(text).default([]).describe('读者会搜索的其他叫法和口号，例如“1+N”“N+N”。'),
      summary: text.describe('这是什么方法，一两句话。必填。'),
      whenToUse: text.describe('适用情形：什么情况下用它。必填。'),
      steps: z.array(text).min(1).describe('步骤，按先后顺序，至少一步。'),
      origin: text.describe('出处：地点、时间、文件。必填。'),
      topics: z.array(z.enum(TOPICS)).min(1).describe('主题，至少一项。'),
      related: z.array(ref('methods')).default([]).describe('相关的工作方法。用过这个方法的案例不用在这里写，网站根据案例自动列出。'),
      policies: z.array(ref('policies')).default([]).describe('提出这个方法的政策文件。'),
      sources: sources(ref),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict();
