/**
 * Numbers as an editor wrote them. `JSON.parse('1e309')` is `Infinity` and `1e-400` is `0`: a
 * message that says "Infinity" or a page that shows 0 hides what was written. These functions
 * look at the written literal and say what went wrong in words.
 */

/** What a number literal loses when read as a JavaScript number, if anything. */
type NumberLoss = 'too-large' | 'too-small' | 'imprecise';

const LITERAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The significant digits of a literal, without sign, point, exponent, or leading/trailing zeros. */
function significantDigits(raw: string): string {
  const mantissa = raw.replace(/^[-+]/, '').replace(/[eE].*$/, '').replace('.', '');
  return mantissa.replace(/^0+/, '').replace(/0+$/, '');
}

/**
 * Whether the literal `raw` (as written in JSON or YAML) survives being read as a number:
 * `1e309` is too large (it would become Infinity), `1e-400` too small (it would become 0), and
 * `12345678901234567890` imprecise (more than 15 significant digits, and read back differently).
 */
export function numberLoss(raw: string): NumberLoss | undefined {
  const text = raw.trim();
  if (!LITERAL.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return 'too-large';
  const digits = significantDigits(text);
  if (value === 0 && digits !== '') return 'too-small';
  if (digits.length > 15 && significantDigits(value.toPrecision(digits.length).replace(/e.*$/, '')) !== digits) return 'imprecise';
  return undefined;
}

/** The loss in Chinese, naming the literal: `数字 1e309 太大，超出了可以表示的范围（约 1.8×10³⁰⁸）`. */
export function describeNumberLoss(raw: string): string | undefined {
  const loss = numberLoss(raw);
  const text = raw.trim();
  if (loss === 'too-large') return `数字 ${text} 太大，超出了可以表示的范围（绝对值最大约 1.8×10³⁰⁸），读出来不再是这个数`;
  if (loss === 'too-small') return `数字 ${text} 太接近 0，超出了可以表示的精度，读出来会变成 0`;
  if (loss === 'imprecise') return `数字 ${text} 的有效数字超过 15 位，读出来会变成 ${Number(text)}，末尾几位不准`;
  return undefined;
}

/**
 * A value for a message, as an editor would recognise it: a string in quotes, a number as written
 * (`raw`, when the caller has the source text; `1e309` rather than "Infinity"), `null` as 空值,
 * a list or an object by its kind.
 */
export function describeValue(value: unknown, raw?: string): string {
  if (typeof value === 'number') {
    const loss = raw ? describeNumberLoss(raw) : undefined;
    if (loss) return loss;
    if (Number.isNaN(value)) return '一个不是数字的值（NaN）';
    if (!Number.isFinite(value)) return raw ? `数字 ${raw.trim()}（太大，无法表示）` : '一个大得无法表示的数字';
    return `数字 ${raw?.trim() ?? String(value)}`;
  }
  if (typeof value === 'string') return `文字“${value}”`;
  if (typeof value === 'boolean') return value ? 'true（是）' : 'false（否）';
  if (value === null) return '空值 null';
  if (value === undefined) return '（没有填写）';
  if (Array.isArray(value)) return `一个列表（${value.length} 项）`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '一个不存在的日期' : `日期 ${value.toISOString().slice(0, 10)}`;
  return '一组字段';
}
