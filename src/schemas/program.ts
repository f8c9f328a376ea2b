/** 五个一示范化工程: one entry per activity (集中组建 … 规范提升) and one for 一个平台. */
import { z } from 'astro/zod';
import { changeRecord, sources, text, type Ref } from './common';

export const programSchema = (ref: Ref) =>
  z
    .object({
      /** Full name, e.g. `开展一次集中组建`. Required. */
      title: text,
      /** Short name used in lists and charts, e.g. `集中组建`. Required. */
      short: text,
      /** Position in the program: 1–5 for the activities, 6 for 一个平台. Required, unique. */
      order: z.number().int().min(1).max(6),
      /** `activity` for the 五个一, `platform` for 一个平台. Required. */
      kind: z.enum(['activity', 'platform']),
      /** How often, e.g. `每年至少一次`. Required. */
      frequency: text,
      /** Who is responsible, e.g. `各县（市）区委组织部门`. Required. */
      responsible: text,
      /** What it must produce, one item each. At least one. */
      deliverables: z.array(text).min(1),
      /** How it is checked or accepted. Required. */
      checkedBy: text,
      /** Steps in order. At least one. */
      steps: z.array(text).min(1),
      /** One or two sentences on what it asks. Required. */
      summary: text,
      /** The policy it comes from (id in `policies`). Required. */
      policy: ref('policies'),
      /** Methods that help carry it out (ids in `methods`). */
      methods: z.array(ref('methods')).default([]),
      /** Source documents (ids in `reports`). At least one. */
      sources: sources(ref),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict();
