/** 工作方法: a working method, from where it came from to the steps it takes. */
import { z } from 'astro/zod';
import { changeRecord, sources, text, type Ref } from './common';
import { TOPICS } from './taxonomy';

export const methodSchema = (ref: Ref) =>
  z
    .object({
      /** Name, e.g. `楼宇社区党建`. Required. */
      title: text,
      /** Other names and slogans people search for, e.g. `["1+N", "N+N"]`. */
      aliases: z.array(text).default([]),
      /** What it is, in one or two sentences. Required. */
      summary: text,
      /** When it fits: the situation that calls for it. Required. */
      whenToUse: text,
      /** Steps in order. At least one. */
      steps: z.array(text).min(1),
      /** Where it came from: place, time, document. Required. */
      origin: text,
      /** 主题, from `src/schemas/taxonomy.ts`. At least one. */
      topics: z.array(z.enum(TOPICS)).min(1),
      /** Related methods (ids in `methods`). The cases that use a method are found from the cases. */
      related: z.array(ref('methods')).default([]),
      /** Policies that set it out (ids in `policies`). */
      policies: z.array(ref('policies')).default([]),
      /** Source documents (ids in `reports`). At least one. */
      sources: sources(ref),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict();
