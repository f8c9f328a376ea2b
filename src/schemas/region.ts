/** The region registry, `data/regions.json`: every place a case, policy or figure is about. */
import { z } from 'astro/zod';
import { asciiId, text } from './common';

const REGION_LEVELS = ['省', '市', '县区', '乡镇街道', '村社区', '园区'] as const;

export const regionSchema = z
  .object({
    id: asciiId.describe('别的文件引用它时写的 id，小写拼音加连字符，例如 hangzhou-xiaoshan。必填，不能重复。'),
    name: text.describe('显示的名称，例如“萧山区”。来源隐去的地名照来源写（“*市”）。必填。'),
    level: z.enum(REGION_LEVELS).describe('级别。必填。'),
    parent: asciiId.optional().describe('所属上级地区的 id。省级不填。'),
    code: z
      .string()
      .regex(/^\d{6}$/, 'GB/T 2260 代码是 6 位数字')
      .optional()
      .describe('GB/T 2260 行政区划代码，只用于现行的行政区划，可不填。代码只能查标准本身，不凭记忆或推测；五份来源文献都没有给出代码，本站自带的登记表一个也没有填。'),
    note: z.string().optional().describe('来源对这个地方说了什么，或名称为什么不完整，例如“原文隐去市名”。只写来源说的。'),
  })
  .strict();

export const regionsFileSchema = z.array(regionSchema).min(1);
export type Region = z.infer<typeof regionSchema>;
