/**
 * The words a query is looked up by in the search index, cut the way Pagefind 1.6 cuts Chinese
 * when it indexes a page.
 *
 * Pagefind 1.6 (its extended binary) segments a `zh` page with jieba and indexes each segment and
 * every pair of adjacent Han characters: a page holding 楼宇党建工作 has the words 楼宇, 宇党, 党建,
 * 建工 and 工作, and single characters where jieba cut them apart. Runs of Latin letters and digits
 * are words of their own (TCL科技 → tcl, 科技); no pair spans a Han character and a letter.
 *
 * In the browser, Pagefind cuts a query with `Intl.Segmenter`, whose dictionary cuts 楼宇党建 into
 * 楼 宇 党 建. Single characters have the longest posting lists of the index — 党 and 建 about
 * 600 KB each at 10,000 pages — and the four of them match any page holding the four characters
 * anywhere. The site therefore cuts the query itself, into the pairs the index holds: 楼宇 党建.
 * Those lists are shorter (楼宇 a few KB, 党建 about 440 KB at 10,000 pages), and a page must hold
 * both words. The bundles are merged so that Pagefind leaves this cut as it is (`bundles.ts`).
 */

const HAN = /\p{Script=Han}/u;
/** Runs of Han characters, and runs of anything else. */
const RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
/** Runs of Han characters, and runs of other letters and digits (punctuation and spaces dropped). */
const WORD_RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * A run of Han characters as the index's pairs: 楼宇党建 → 楼宇 党建, 双同步 → 双同 同步 (an odd
 * run ends with its last pair), one character as itself (Pagefind then matches the words it
 * begins).
 */
function hanPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length <= 2) return [run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) pairs.push(chars[i]! + chars[i + 1]!);
  if (chars.length % 2 === 1) pairs.push(chars.at(-2)! + chars.at(-1)!);
  return pairs;
}

/**
 * Every word the index holds for `text`, separated by spaces, each once: every pair of adjacent
 * Han characters, single characters standing alone, and runs of letters and digits, lower-cased.
 * `杭州市“集中攻坚月”` → `杭州 州市 集中 中攻 攻坚 坚月`. What a page's names are given to Pagefind
 * as (`NAMES_META` in `bundles.ts`), so that Pagefind's title boost applies to Chinese titles.
 */
export function indexedWords(text: string): string {
  const words = (text.toLowerCase().match(WORD_RUNS) ?? []).flatMap((run) => {
    if (!HAN.test(run)) return [run];
    const chars = [...run];
    return chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
  });
  return [...new Set(words)].join(' ');
}

let segmenter: Intl.Segmenter | undefined;

/** `text` cut into words by the browser's (or Node's) segmenter, marked word-like or not. */
export function segmentWords(text: string): Intl.SegmentData[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)];
}

/**
 * Readies the segmenter: the browser loads its Chinese dictionary on the first use, about 120 ms
 * of a slow phone's CPU that a reader's first query should not wait for.
 */
export function prepareSegmenter(): void {
  segmentWords('党建');
}

/**
 * A run of Han characters as the words it is made of, so that no pair spans two of them: pairs
 * across words (区流 in 西湖区流动党员) hold only where the words stand together exactly as typed.
 * The segmenter's dictionary is general Chinese and leaves most Party-building words in single
 * characters (楼宇党建 → 楼 宇 党 建): characters it leaves alone are joined into one run again,
 * and one character alone between words goes with the word before it (西湖|区 → 西湖区) or, first
 * in the run, with the word after it (双|同步 → 双同步 … as 双同 同步).
 */
function hanWords(run: string): string[] {
  const words: string[] = [];
  let singles = '';
  for (const { segment } of segmentWords(run)) {
    if ([...segment].length === 1) singles += segment;
    else {
      if (singles) words.push(singles);
      singles = '';
      words.push(segment);
    }
  }
  if (singles) words.push(singles);
  if (words.length === 1) return words;
  return words.flatMap((word, i) => {
    if ([...word].length > 1) return [word];
    // One character alone: paired with the last character before it, or the first after it.
    const before = words[i - 1];
    return [before ? [...before].at(-1)! + word : word + [...words[i + 1]!][0]!];
  });
}

/**
 * The query text (`parseQuery(…).text`: words separated by spaces, punctuation gone) as the words
 * to look up in the index, separated by spaces, each once: `楼宇党建` → `楼宇 党建`,
 * `ic卡` → `ic 卡`, `余杭 个私协会` → `余杭 个私 协会`, `西湖区流动党员` → `西湖 湖区 流动 党员`.
 */
export function indexTerms(text: string): string {
  const terms = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.match(RUNS) ?? []).flatMap((run) => (HAN.test(run) ? hanWords(run).flatMap(hanPairs) : [run])));
  return [...new Set(terms)].join(' ');
}
