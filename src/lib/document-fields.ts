/**
 * What an official document's own text says about it, recognised the way GB/T 9704 (党政机关公文格式)
 * lays a document out: the 发文机关标志 (`××文件`), the 发文字号 (`测组〔2020〕12号`), the title, the
 * 主送机关 line ending in a colon, the 署名 and the 成文日期 at the end, and the four levels of
 * headings in the body (一、（一）1.（1）). Pure functions over paragraph texts, used by
 * `npm run import:word` (`src/lib/word-to-markdown.ts`).
 */
import { parsePartialDate, toIsoPartial } from '../schemas/partial-date';

/** 发文字号: issuer's abbreviation, the year in 〔〕 (also [ ]、［］、（ ）、〖〗), the number, 号. */
const DOC_NUMBER = /([\u3400-\u9fffA-Za-z]{1,20})\s*[〔［[（(【〖]\s*(\d{4})\s*[〕］\]）)】〗]\s*(\d{1,4})\s*号/;

/** `测组[2020]12号` → `测组〔2020〕12号`, the form the schema asks for; undefined when there is none. */
export function docNumberIn(text: string): string | undefined {
  const m = DOC_NUMBER.exec(text.replace(/\s+/g, ' '));
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : undefined;
}

/**
 * The 发文字号 of a line that is the 发文字号 line (the number, perhaps with `签发人：…`), not a
 * sentence that cites another document's number.
 */
export function docNumberLine(text: string): string | undefined {
  const number = docNumberIn(text);
  if (!number) return undefined;
  const rest = text.replace(/\s+/g, ' ').replace(DOC_NUMBER, '').replace(/签发人\s*[:：]\s*\S+/, '').replace(/[\s:：]/g, '');
  return rest.length <= 2 ? number : undefined;
}

/** A paragraph that is only a date (`二〇二〇年十一月六日`, `2020年11月6日`, in brackets too): its ISO form. */
export function dateOf(text: string): string | undefined {
  const t = text.replace(/\s+/g, '').replace(/^[（(](.*)[）)]$/, '$1');
  if (!/年/.test(t) || t.length > 16) return undefined;
  const parsed = parsePartialDate(t);
  return 'error' in parsed ? undefined : toIsoPartial(parsed);
}

/** `中共测试市委组织部文件` → `中共测试市委组织部`: the issuer named by the 发文机关标志. */
export function issuerFromMark(text: string): string | undefined {
  const t = text.replace(/\s+/g, '');
  const m = /^(.{2,40}?)文件$/.exec(t);
  return m && !/[，。；：]/.test(m[1]!) ? m[1] : undefined;
}

/** Kinds of document a title ends with (GB/T 9704 and the common kinds of 党内 documents). */
const DOC_KIND = /(通知|意见|方案|办法|规定|决定|通报|报告|请示|批复|函|纪要|条例|细则|规划|要点|制度|职责|指引|标准|规则|决议|公告|通告|议案|命令|令)[》]?([（(][^（）()]{1,8}[）)])?$/;

/** Whether a line reads as (the end of) a document's title. */
export const endsLikeTitle = (text: string) => DOC_KIND.test(text.trim());

/** Whether a line may be a title: starts with 关于 or ends with a kind of document, short, no sentence end. */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 80 && !headingLevel(t) && !/[。；]$/.test(t) && !/[：:]$/.test(t) && (t.startsWith('关于') || endsLikeTitle(t));
}

/** A 主送机关 line: short and ending with a colon, not a heading. Returns the addressees. */
export function recipientsOf(text: string): string | undefined {
  const t = text.trim();
  if (t.length < 3 || t.length > 150 || !/[：:]$/.test(t) || headingLevel(t) || /[。；]/.test(t)) return undefined;
  return t.slice(0, -1).trim();
}

/** A 署名 line: an organisation's name, short, no punctuation that ends a sentence. */
export function looksLikeSignature(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 40 && !/[。；：:，,]/.test(t) && !headingLevel(t) && !dateOf(t);
}

/**
 * The GB/T 9704 level of a numbered line: 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`;
 * undefined for other text. `1.5万` is a number, not a heading.
 */
export function headingLevel(text: string): 1 | 2 | 3 | 4 | undefined {
  const t = text.trim();
  if (/^[一二三四五六七八九十]{1,3}、/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(t)) return 2;
  if (/^\d{1,2}[.．、](?!\d)/.test(t)) return 3;
  if (/^[（(]\d{1,2}[）)]/.test(t)) return 4;
  return undefined;
}

/** Longest text kept whole as a heading, and longest lead sentence split off as one. */
const HEADING_MAX = 30;

/**
 * A numbered paragraph as heading and body: `（一）工作目标` is all heading; `（一）指导思想。以…`
 * is a run-in heading (`（一）指导思想`), the punctuation that ended it (`stop`) and its paragraph; a
 * long sentence (`1.各级党组织要…。`) is no heading (undefined).
 */
export function splitHeading(text: string): { heading: string; stop: string; rest: string } | undefined {
  const t = text.trim();
  if (t.length <= HEADING_MAX && !/[。；;，,：:]$/.test(t)) return { heading: t, stop: '', rest: '' };
  const end = t.search(/[。；;]/);
  if (end > 0 && end <= HEADING_MAX && !/[，,]/.test(t.slice(0, end))) return { heading: t.slice(0, end), stop: t[end]!, rest: t.slice(end + 1).trim() };
  return undefined;
}
