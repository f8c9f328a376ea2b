/**
 * What a date in content and data is: ISO `YYYY-MM-DD`, or a partial date `YYYY` / `YYYY-MM` where a
 * source gives no more. Editors may also write the Chinese form `2020年11月6日`; it is normalised to
 * ISO. A leaf module: the schemas validate with it, and `src/lib/dates.ts` formats what it reads.
 */

/** A date as precise as its source: `2020`, `2020-11` or `2020-11-06`. */
export type PartialDate = string;

type ParsedDate = { year: number; month?: number; day?: number };

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The form a date is stored in (and the web editor asks for): `2020`, `2020-11` or `2020-11-06`. */
export const PARTIAL_DATE_FORM = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** How to write a date, in the words of every message about one. */
export const PARTIAL_DATE_HINT = '请写成 2020-11-06（或只写 2020、2020-11）';
/** Chinese numerals as documents write dates: 二〇二〇年十一月六日 (〇 also typed as ○, Ｏ or 零). */
const ZH_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_NUMERALS = /[〇零○Ｏ一二三四五六七八九十]+/g;

/** `二〇二〇` → `2020` (digit by digit), `十一` → `11`, `二十六` → `26`; other text unchanged. */
function chineseNumeral(run: string): string {
  if (!run.includes('十')) return [...run].map((c) => ZH_DIGIT[c]).join('');
  const [tens, ones] = run.split('十');
  if (run.split('十').length > 2 || (tens ?? '').length > 1 || (ones ?? '').length > 1) return run;
  return String((tens ? ZH_DIGIT[tens]! : 1) * 10 + (ones ? ZH_DIGIT[ones]! : 0));
}

const ZH = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `2020`, `2020-11`, `2020-11-06`, `2020年`, `2020年11月`, `2020年11月6日` (also in Chinese
 * numerals, `二〇二〇年十一月六日`, as a document's 成文日期 is written), or a JS `Date`
 * (YAML turns an unquoted `2020-11-06` into one). Returns the parts, or a message in Chinese that
 * says what is wrong.
 */
export function parsePartialDate(input: unknown): ParsedDate | { error: string } {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { error: '不是有效的日期' };
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : null;
  if (text === null) return { error: '日期应写成 2020-11-06 这样的文字' };
  const m = ISO.exec(text) ?? ZH.exec(text) ?? ZH.exec(text.replace(ZH_NUMERALS, chineseNumeral));
  if (!m) {
    return { error: `“${text}”不是可识别的日期：${PARTIAL_DATE_HINT}，也可写 2020年11月6日、二〇二〇年十一月六日` };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { error: `“${text}”中的月份 ${month} 不存在` };
  }
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { error: `“${text}”这一天不存在：${year}年${month}月只有 ${daysInMonth(year, month)} 天` };
  }
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO form of parsed parts: `2020`, `2020-11` or `2020-11-06`. */
export function toIsoPartial({ year, month, day }: ParsedDate): PartialDate {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
