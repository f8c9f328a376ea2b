/** 调研报告与工作动态: one entry per source document the portal was written from. */
import { z } from 'astro/zod';
import { changeRecord, partialDate, text, type Ref } from './common';
import { REPORT_KINDS } from './taxonomy';

export const reportSchema = (ref: Ref) =>
  z
    .object({
      title: text.describe('文献自己的标题，不加书名号《》。必填。'),
      kind: z.enum(REPORT_KINDS).describe('文献类型。必填。'),
      place: text.describe('出自哪里，照原文能看出的写，例如“杭州市”或“*市（原文隐去市名）”。必填。'),
      region: ref('regions').optional().describe('文献所讲的地区（地区登记表中的地区）。可不填。'),
      date: partialDate.optional().describe('写成或发布的时间，照原文的精确程度：2011-11-09、2023。可不填。'),
      dateNote: z.string().optional().describe('日期不是发布日期时，说明它指什么，例如“数据截至2006年底”。'),
      publisher: z.string().optional().describe('发布者，例如“浙江两新党建网（浙江在线）”。很多文献没有写，可不填。'),
      completeness: z.string().optional().describe('本站所存文本的缺漏，例如“原文共11页，存文止于第10页”。'),
      summary: text.describe('一两句话：这是什么文献，为什么重要。必填。'),
      drawnInto: z.array(text).default([]).describe('本站从中引用了什么（页面上显示为列表），每项一条。'),
      ...changeRecord,
    })
    .strict();
