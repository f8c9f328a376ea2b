/** Chinese ordering by pinyin, through the platform's ICU collation (`zh-CN-u-co-pinyin`). */

const pinyinCollator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;

/**
 * Compares two terms as a Chinese reader expects: by pinyin, with Latin letters read as letters of
 * the same alphabet. ICU's pinyin order puts every Latin letter after 阿…匝, so `IC卡管理` would
 * come after Z; here it files among the terms around I (after H…, before J…), and a Latin letter
 * goes before Han characters of the same initial (`D` before `党`). Terms without Latin letters
 * are compared by the collator alone.
 */
export function comparePinyin(a: string, b: string): number {
  if (!LATIN.test(a) && !LATIN.test(b)) return pinyinCollator.compare(a, b);
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const pLatin = LATIN.test(p);
    const qLatin = LATIN.test(q);
    if (pLatin && qLatin) {
      const d = pinyinCollator.compare(p, q);
      if (d !== 0) return d;
    } else if ((pLatin && HAN.test(q)) || (qLatin && HAN.test(p))) {
      const letter = (pLatin ? p : q).toUpperCase();
      const initial = pinyinInitial(pLatin ? q : p);
      const latinFirst = letter < initial || letter === initial ? -1 : 1;
      return pLatin ? latinFirst : -latinFirst;
    } else {
      const d = pinyinCollator.compare(p, q);
      if (d !== 0) return d;
    }
  }
  return x.length - y.length;
}

/** A new array sorted by the pinyin of `key(item)` (`comparePinyin`). */
export function sortByPinyin<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePinyin(key(a), key(b)));
}

/**
 * The initial letter (A–Z) a Chinese term files under in a glossary, found from where the term
 * falls between the collation's boundary characters; `#` for terms that start with a digit or sign.
 */
const BOUNDARIES: ReadonlyArray<[string, string]> = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '咑'], ['E', '妸'], ['F', '发'], ['G', '旮'],
  ['H', '哈'], ['J', '丌'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'],
  ['P', '妑'], ['Q', '七'], ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'],
  ['Y', '丫'], ['Z', '帀'],
];

export function pinyinInitial(term: string): string {
  const first = term.trim().charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (!/\p{Script=Han}/u.test(first)) return '#';
  let letter = '#';
  for (const [l, boundary] of BOUNDARIES) {
    if (pinyinCollator.compare(first, boundary) >= 0) letter = l;
    else break;
  }
  return letter;
}
