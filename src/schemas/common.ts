/**
 * Field types shared by every collection. A schema file per domain builds on these; the same
 * schemas serve `src/content.config.ts`, the data loader and the tests.
 */
import { z } from 'astro/zod';
import { parsePartialDate, toIsoPartial } from './partial-date';
import type { CollectionName } from './registry';
import { PRECISIONS } from './taxonomy';

export type { CollectionName };

/**
 * A date as precise as the source gives it, stored as ISO text: `2020-11-06`, `2020-11` or `2020`.
 * Editors may write `2020年11月6日` instead; it is accepted and stored as `2020-11-06`.
 * A date that does not exist (`2020-02-30`) stops the build.
 */
export const partialDate = z.unknown().transform((input, ctx) => {
  const parsed = parsePartialDate(input);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return toIsoPartial(parsed);
});

/** Text that must not be empty once trimmed. */
export const text = z.string().trim().min(1, '不能为空');

/** An ASCII id, as used in file names and URLs: lower-case letters, digits and hyphens. */
export const asciiId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id 只能用小写英文字母、数字和连字符，例如 xiaoshan-linpu');

/**
 * How references are made: `reference('reports')` from `astro:content` in the site, a plain id
 * check in unit tests. Every schema that links to another collection takes this as a parameter.
 */
export type Ref = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, unknown>;


/**
 * `sources`: the `reports` entries (source documents) the entry was written from. At least one:
 * the portal shows no fact without its source.
 */
export const sources = (ref: Ref) =>
  z.array(ref('reports')).min(1, '至少注明一个来源（reports 中的 id）').describe('依据的来源文献（“来源文献”中的条目），至少一个：本站不写没有来源的事实。');

/**
 * A figure quoted on a page. `value: null` means the source masks or withholds it (`*`): it shows
 * as 未披露, never as 0.
 */
export const keyFigure = z
  .object({
    label: text.describe('统计的是什么，例如“新建非公企业党组织”。'),
    value: z.number().nullable().describe('来源给出的数字，不带单位和逗号。来源用“*”隐去或没有给出时不填（文件里写 null），页面显示“未披露”，绝不写 0。'),
    unit: z.string().default('').describe('数字后面显示的单位：个、家、名、%、万元……'),
    precision: z
      .enum(Object.keys(PRECISIONS) as [keyof typeof PRECISIONS, ...(keyof typeof PRECISIONS)[]])
      .default('exact')
      .describe('按来源的说法：确数（默认）；约数，原文写“近”“约”（近16000家 → 约16,000家）；下限，原文写“多”“余”“以上”“超过”（4700多家 → 4,700家以上）。'),
    asOf: partialDate.optional().describe('数字所属的时间，例如 2011-09 或 2006。'),
    note: z.string().optional().describe('读者正确理解这个数字需要知道的说明。'),
  })
  .strict();

/** A date to the day, `2026-11-21` (or `2026年11月21日`): the day an editor did something on the site. */
const day = partialDate.refine((iso) => /^\d{4}-\d{2}-\d{2}$/.test(iso), '要写到哪一天，例如 2026-11-21');

/**
 * When the site published and changed an entry — not the dates of the document it describes
 * (a policy's 成文日期 is `issuedAt`). Both optional: an entry without them is shown and fed
 * undated, never with a date made up. Spread into the schema of each collection with pages.
 */
export const changeRecord = {
  added: day.optional().describe('收录日期：本条目第一次在本站发布的日子，例如 2026-11-21。可不填；不要补猜。'),
  updates: z
    .array(
      z
        .object({
          date: day.describe('修改的日子，例如 2026-12-01。'),
          note: text
            .max(100, '一行说完，最多 100 个字')
            .refine((s) => !/[\r\n]/.test(s), '只写一行')
            .describe('改了什么，一行，最多 100 个字，例如“补充了2012年的组建数字”。'),
        })
        .strict(),
    )
    .default([])
    .describe('更新记录：以后对读者有意义的每次修改，写日子和一行说明（页面和订阅按新到旧显示）。改错别字不用记。'),
};

/** The 收录日期 and 更新记录 of an entry, as its schema gives them. */
export type ChangeRecord = { added?: string; updates: { date: string; note: string }[] };
