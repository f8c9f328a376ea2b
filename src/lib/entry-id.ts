/**
 * The id (file name, part of the page's address) of a new entry, from its Chinese title: ASCII
 * pinyin by word, as the bundled entries are named (`louyu-dangjian`, `shuangqiang-baijia-tongzhi`),
 * shortened to a few words and made unique. Pinyin by pinyin-pro, which reads polyphonic characters
 * in context (银行 yinhang, 行业 hangye); words by `Intl.Segmenter`.
 */
import { pinyin } from 'pinyin-pro';

/** Words that carry no meaning in an id: 关于, 的, 和 … */
const STOPWORDS = new Set(['关于', '的', '和', '与', '及', '以及', '等', '对', '在', '了', '之', '进一步', '印发', '转发']);
/** Kinds of document a title ends with, kept at the end of a shortened id. */
const DOC_KINDS = /(通知|意见|方案|办法|规定|决定|通报|报告|请示|批复|函|纪要|条例|细则|规划|要点|制度|职责|指引|标准|规则|实施方案|工作方案)$/;
const MAX_WORDS = 5;
const MAX_LENGTH = 40;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The title's words: Intl.Segmenter's, with runs of single characters paired (楼/宇/党/建 → 楼宇/党建). */
function words(title: string): string[] {
  const raw = [...segmenter.segment(title.normalize('NFKC'))].filter((s) => s.isWordLike).map((s) => s.segment);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i += 2) out.push(run.slice(i, i + 2).join(''));
    run = [];
  };
  for (const w of raw) {
    if (/^[\u3400-\u9fff]$/.test(w)) run.push(w);
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out;
}

/** A word as ASCII: `党建` → `dangjian`, `2020` → `2020`, `ICP` → `icp`; empty when nothing is left. */
function ascii(word: string, readings: Map<number, string>, offset: number): string {
  return [...word]
    .map((ch, i) => (/[\u3400-\u9fff]/.test(ch) ? (readings.get(offset + i) ?? '') : ch))
    .join('')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * The id for `title`: at most five words and 40 characters, keeping the kind of document at the
 * end (…-tongzhi); what comes before 关于 (the issuer) and a trailing （试行） are left out. Empty when the title has no
 * letters, digits or Chinese characters.
 */
export function idFromTitle(title: string): string {
  // 《》 and a trailing （试行） say nothing an id needs.
  let text = title.replace(/[《》〈〉]/g, '').replace(/[（(][^（）()]*[）)]\s*$/, '');
  const about = text.indexOf('关于');
  if (about > 0) text = text.slice(about);
  const chars = [...text.normalize('NFKC')];
  // pinyin-pro reads the whole title at once, so polyphonic characters get their reading in context.
  const all = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
  const readings = new Map<number, string>();
  let k = 0;
  chars.forEach((ch, i) => {
    if (/[\u3400-\u9fff]/.test(ch)) readings.set(i, all[k++] ?? '');
  });
  let offset = 0;
  const parts: { word: string; id: string }[] = [];
  const normalized = chars.join('');
  for (const word of words(normalized)) {
    const at = normalized.indexOf(word, offset);
    const start = [...normalized.slice(0, at)].length;
    offset = at + word.length;
    if (STOPWORDS.has(word)) continue;
    const id = ascii(word, readings, start);
    if (id) parts.push({ word, id });
  }
  const kind = parts.length > MAX_WORDS && DOC_KINDS.test(parts.at(-1)!.word) ? parts.at(-1) : undefined;
  const kept: string[] = [];
  const budget = (kind ? MAX_WORDS - 1 : MAX_WORDS);
  for (const p of kind ? parts.slice(0, -1) : parts) {
    if (kept.length >= budget || [...kept, p.id, kind?.id ?? ''].join('-').length > MAX_LENGTH) break;
    kept.push(p.id);
  }
  if (kind) kept.push(kind.id);
  return kept.join('-');
}

/** `id`, or `id-2`, `id-3` … : the first that `taken` does not hold. */
export function uniqueId(id: string, taken: (id: string) => boolean): string {
  if (!taken(id)) return id;
  for (let n = 2; ; n++) if (!taken(`${id}-${n}`)) return `${id}-${n}`;
}
