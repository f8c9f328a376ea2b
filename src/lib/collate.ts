/** Chinese ordering by pinyin, through the platform's ICU collation (`zh-CN-u-co-pinyin`). */

const pinyinCollator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

/** A new array sorted by the pinyin of `key(item)`. */
export function sortByPinyin<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => pinyinCollator.compare(key(a), key(b)));
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
