/**
 * Field types shared by every collection. A schema file per domain builds on these; the same
 * schemas serve `src/content.config.ts`, the data loader and the tests.
 */
import { z } from 'astro/zod';
import { parsePartialDate, toIsoPartial } from './partial-date';
import type { CollectionName } from './registry';

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
export const sources = (ref: Ref) => z.array(ref('reports')).min(1, '至少注明一个来源（reports 中的 id）');

/**
 * A figure quoted on a page. `value: null` means the source masks or withholds it (`*`): it shows
 * as 未披露, never as 0.
 */
export const keyFigure = z
  .object({
    /** What is counted, e.g. `新建非公企业党组织`. */
    label: text,
    /** The number as the source gives it, or `null` when the source masks it. */
    value: z.number().nullable(),
    /** Unit shown after the number: `个`, `家`, `名`, `%`, `万元` … */
    unit: z.string().default(''),
    /**
     * How exact the source is: `exact` (default); `about` for 近/约 (近16000家 → 约16,000家);
     * `at-least` for 多/余/以上/超过 (4700多家 → 4,700家以上).
     */
    precision: z.enum(['exact', 'about', 'at-least']).default('exact'),
    /** When the figure applies, e.g. `2011-09` or `2006`. */
    asOf: partialDate.optional(),
    /** Anything a reader needs to read the figure correctly. */
    note: z.string().optional(),
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
  /** 收录日期: the day the entry was first published on the site, `2026-11-21`. Optional. */
  added: day.optional(),
  /**
   * 更新记录: each later change that matters to a reader, with the day and one line saying what
   * changed, e.g. `{ date: 2026-12-01, note: 补充了2012年的组建数字 }` (GOV.UK's “updated” notes).
   * In any order: pages and feeds show the newest first. Typo fixes need no entry.
   */
  updates: z
    .array(
      z
        .object({
          /** The day of the change, `2026-12-01`. */
          date: day,
          /** What changed, in one line of at most 100 characters. */
          note: text.max(100, '一行说完，最多 100 个字').refine((s) => !/[\r\n]/.test(s), '只写一行'),
        })
        .strict(),
    )
    .default([]),
};

/** The 收录日期 and 更新记录 of an entry, as its schema gives them. */
export type ChangeRecord = { added?: string; updates: { date: string; note: string }[] };
