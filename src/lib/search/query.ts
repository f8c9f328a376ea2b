/**
 * What a reader typed, made ready for Pagefind and for the literal re-rank.
 *
 * Party workers type terms (双同步), names (临浦镇), slogans with their punctuation
 * (“组织共建、党员共管”), two words (楼宇 党建) or a question (楼宇党建怎么做, 两新工委是干什么的,
 * 骨干每年培训几次, 杭州流动党员有多少). Question words and punctuation carry no meaning for the
 * index (every method page has a heading 怎么做), so they are dropped; the words that remain are what
 * a result should contain literally. A question asking for a number (多少, 几个, 比例 …) is marked,
 * so that search can answer it with a figure.
 */
import { segmentWords } from './index-terms';

export type SearchQuery = {
  /** The text to hand to Pagefind: the words separated by spaces, or '' when nothing is left. */
  text: string;
  /** The words as typed, without punctuation or question words: `楼宇 党建` → `['楼宇', '党建']`. */
  parts: string[];
  /** The words joined without spaces: `楼宇党建`. What a result should contain as one string. */
  phrase: string;
  /** Shorter words found inside the parts (ICU word segmentation, two characters or more). */
  subterms: string[];
  /** The query asks for a number: 多少, 几个, 几次 …, or a share (比例, 覆盖率, 组建率, 百分之几). */
  asksForNumber: boolean;
  /** The measure word it asks with, as a unit: 多少家 → `家`, 几个 → `个`, 多少人 → `名`. */
  measure?: string;
};

/**
 * Question words and fillers, longest first. Removed only when something else is left, so a
 * search for 什么 still searches for 什么.
 */
const QUESTION_WORDS = [
  '是什么意思',
  '什么意思',
  '指的是什么',
  '是指什么',
  '指什么',
  '是干什么的',
  '是做什么的',
  '干什么的',
  '做什么的',
  '干什么',
  '做什么',
  '为什么要搞',
  '为什么要',
  '为什么',
  '怎么开展',
  '如何开展',
  '怎么做',
  '怎么办',
  '怎么搞',
  '怎么建',
  '如何做',
  '怎样做',
  '是什么',
  '什么是',
  '什么叫',
  '有哪几种',
  '哪几种',
  '有几种',
  '有哪些',
  '有什么',
  '哪些',
  '如何',
  '怎样',
  '怎么',
  '请问',
  '的做法',
  '做法',
  '吗',
  '呢',
];

/**
 * Asking for a number: 多少 or 几 with its measure word (几次, 几个, 多少名), with a 是/有 before it
 * and the 了 of a finished action (新建了多少). 几 alone is left alone (几乎), and so is 哪几 (which).
 */
const MEASURES = '个家名人次项种位条年';
const NUMBER_QUESTION = String.raw`了?[是有]?(?:多少[${MEASURES}]?|(?<!哪)几[${MEASURES}])`;

/** Words that ask for a share; they name what is asked (杭州组建率), so they stay in the query. */
const SHARE_WORDS = /比例|比率|覆盖率|组建率|占比|百分之几|百分比/u;

/** Any question word; the alternation tries the longest first at each position. */
const QUESTION = new RegExp(`${NUMBER_QUESTION}|${QUESTION_WORDS.join('|')}`, 'gu');
const ASKS_NUMBER = new RegExp(NUMBER_QUESTION, 'u');
/** Measure words that are not how the statistics write the unit. */
const UNIT_OF_MEASURE: Record<string, string> = { 人: '名', 位: '名' };

/** Punctuation, Chinese and Western, replaced by a space. */
const PUNCTUATION = /[\s、，。；：！？!?,.;:“”‘’"'《》〈〉「」『』【】()（）[\]{}·…—–\-_/\\|]+/gu;

/** A name or phrase as search compares it: folded, without punctuation or spaces (`“双同步”工作机制` → `双同步工作机制`). */
export function compact(text: string): string {
  return fold(text).replace(PUNCTUATION, '');
}

/** Lower-case, full-width forms folded (ＴＣＬ → tcl), for literal comparisons. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const words = (text: string): string[] => segmentWords(text).filter((s) => s.isWordLike).map((s) => s.segment);

export function parseQuery(raw: string): SearchQuery {
  let text = fold(raw).replace(PUNCTUATION, ' ').trim();
  const asked = ASKS_NUMBER.exec(text)?.[0];
  // A share word asks for a number when it is said of something (杭州组建率), not on its own (组建率, the term).
  const share = SHARE_WORDS.exec(text)?.[0];
  const asksForNumber = asked !== undefined || (share !== undefined && text.replace(/\s/g, '') !== share);
  const word = asked && [...MEASURES].includes(asked.at(-1)!) ? asked.at(-1)! : undefined;
  const measure = word && (UNIT_OF_MEASURE[word] ?? word);
  const without = text.replace(QUESTION, ' ').replace(/\s+/g, ' ').trim();
  if (without) text = without;
  const parts = [...new Set(text.split(' ').filter(Boolean))];
  const subterms = [
    ...new Set(parts.flatMap((p) => words(p)).filter((w) => w.length >= 2 && !parts.includes(w))),
  ];
  return { text: parts.join(' '), parts, phrase: parts.join(''), subterms, asksForNumber, ...(measure ? { measure } : {}) };
}
