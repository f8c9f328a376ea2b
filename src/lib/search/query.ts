/**
 * What a reader typed, made ready for Pagefind and for the literal re-rank.
 *
 * Party workers type terms (双同步), names (临浦镇), slogans with their punctuation
 * (“组织共建、党员共管”), two words (楼宇 党建) or a question (楼宇党建怎么做). Question words and
 * punctuation carry no meaning for the index (every method page has a heading 怎么做), so they are
 * dropped; the words that remain are what a result should contain literally.
 */

export type SearchQuery = {
  /** The text to hand to Pagefind: the words separated by spaces, or '' when nothing is left. */
  text: string;
  /** The words as typed, without punctuation or question words: `楼宇 党建` → `['楼宇', '党建']`. */
  parts: string[];
  /** The words joined without spaces: `楼宇党建`. What a result should contain as one string. */
  phrase: string;
  /** Shorter words found inside the parts (ICU word segmentation, two characters or more). */
  subterms: string[];
};

/**
 * Question words and fillers, longest first. Removed only when something else is left, so a
 * search for 什么 still searches for 什么.
 */
const QUESTION_WORDS = [
  '是什么意思',
  '什么意思',
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

/** Any question word; the alternation tries the longest first at each position. */
const QUESTION = new RegExp(QUESTION_WORDS.join('|'), 'gu');

/** Punctuation, Chinese and Western, replaced by a space. */
const PUNCTUATION = /[\s、，。；：！？!?,.;:“”‘’"'《》〈〉「」『』【】()（）[\]{}·…—–\-_/\\|]+/gu;

/** Lower-case, full-width forms folded (ＴＣＬ → tcl), for literal comparisons. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

let segmenter: Intl.Segmenter | undefined;
function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export function parseQuery(raw: string): SearchQuery {
  let text = fold(raw).replace(PUNCTUATION, ' ').trim();
  const without = text.replace(QUESTION, ' ').replace(/\s+/g, ' ').trim();
  if (without) text = without;
  const parts = [...new Set(text.split(' ').filter(Boolean))];
  const subterms = [
    ...new Set(parts.flatMap((p) => words(p)).filter((w) => w.length >= 2 && !parts.includes(w))),
  ];
  return { text: parts.join(' '), parts, phrase: parts.join(''), subterms };
}
