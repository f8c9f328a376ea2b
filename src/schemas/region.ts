/** The region registry, `data/regions.json`: every place a case, policy or figure is about. */
import { z } from 'astro/zod';
import { asciiId, text } from './common';

const REGION_LEVELS = ['省', '市', '县区', '乡镇街道', '村社区', '园区'] as const;

export const regionSchema = z
  .object({
    /** ASCII id used by other files, e.g. `hangzhou-xiaoshan`. Required, unique. */
    id: asciiId,
    /** Display name, e.g. `萧山区`. A place the source masks is named as the source does (`*市`). */
    name: text,
    /** 省, 市, 县区, 乡镇街道, 村社区 or 园区. Required. */
    level: z.enum(REGION_LEVELS),
    /** The id of the region it lies in. Omitted for a province. */
    parent: asciiId.optional(),
    /**
     * GB/T 2260 code, when the place is a current administrative division. Optional. The five source
     * documents give no codes: a code comes from the standard itself, never from memory or a guess,
     * and the bundled registry holds none.
     */
    code: z.string().regex(/^\d{6}$/, 'GB/T 2260 代码是 6 位数字').optional(),
    /** What the source says about the place, or why the name is incomplete, e.g. `原文隐去市名`. Only what a source says. */
    note: z.string().optional(),
  })
  .strict();

export const regionsFileSchema = z.array(regionSchema).min(1);
export type Region = z.infer<typeof regionSchema>;
