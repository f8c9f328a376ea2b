/** 调研报告与工作动态: one entry per source document the portal was written from. */
import { z } from 'astro/zod';
import { changeRecord, partialDate, text, type Ref } from './common';
import { REPORT_KINDS } from './taxonomy';

export const reportSchema = (ref: Ref) =>
  z
    .object({
      /** The document's own title, without 《》. Required. */
      title: text,
      /** What kind of document it is: 调研报告, 工作方案, 心得体会, 新闻报道 or 其他. Required. */
      kind: z.enum(REPORT_KINDS),
      /** Where it comes from, as far as the text says, e.g. `杭州市` or `*市（原文隐去市名）`. */
      place: text,
      /** The region it is about, an id from `data/regions.json`. Optional. */
      region: ref('regions').optional(),
      /** When it was written or published, as precise as the text says (`2011-11-09`, `2023`). */
      date: partialDate.optional(),
      /** What the date means when it is not a publication date, e.g. `数据截至2006年底`. */
      dateNote: z.string().optional(),
      /** Who published it, e.g. `浙江两新党建网（浙江在线）`. Optional: many texts do not say. */
      publisher: z.string().optional(),
      /** Gaps in the text we hold, e.g. `原文共11页，存文止于第10页`. */
      completeness: z.string().optional(),
      /** One or two sentences: what the document is and why it matters. Required. */
      summary: text,
      /** What the portal drew from it (shown as a list). */
      drawnInto: z.array(text).default([]),
      /** 收录日期 and 更新记录 (see `changeRecord` in ./common.ts). */
      ...changeRecord,
    })
    .strict();
