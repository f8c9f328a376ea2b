/**
 * 您是不是要找: the names nearest a query that found nothing, by characters and by sound.
 *
 * - **Characters.** A slip is a character typed wrong, missed, added or swapped (双同部, 临蒲镇,
 *   头燕工程). The distance is Damerau–Levenshtein, where putting a character for another of the same
 *   syllable (部 for 步: the input method's slip) costs half. A name may be the whole query, part of
 *   it (临蒲镇党建 → 临浦镇党建) or hold it (临蒲镇 inside a case's title → 临浦镇).
 * - **Pinyin.** Letters typed for a name, whole (shuangtongbu) or by initials (stb), or one letter off
 *   either (sjtb → stb).
 *
 * The names and the syllables of the characters come from the build (src/lib/search/assist-data.ts);
 * nothing here knows pinyin itself.
 */
import type { AssistName } from './assist-data';
import { compact, type SearchQuery } from './query';

/** Character → its toneless syllables, from the build's table of syllable → characters. */
export type SoundIndex = ReadonlyMap<string, readonly string[]>;

export function soundIndex(sounds: Readonly<Record<string, string>>): SoundIndex {
  const index = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(sounds)) {
    for (const ch of chars) {
      const list = index.get(ch);
      if (list) list.push(syllable);
      else index.set(ch, [syllable]);
    }
  }
  return index;
}

/** What putting `b` where `a` was costs: nothing, half for a character of the same sound, else one. */
function substitution(a: string, b: string, sounds: SoundIndex): number {
  if (a === b) return 0;
  const sa = sounds.get(a);
  const sb = sounds.get(b);
  return sa && sb && sa.some((s) => sb.includes(s)) ? 0.5 : 1;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) with sound-aware substitution. With
 * `partOf`, `pattern` may match any stretch of `text` (free start and end): the best distance and
 * where that stretch starts and ends.
 */
export function distance(
  pattern: readonly string[],
  text: readonly string[],
  sounds: SoundIndex,
  partOf = false,
): { cost: number; start: number; end: number } {
  const m = pattern.length;
  const n = text.length;
  // d[i][j]: cost of pattern[0..i) against text ending at j; s[i][j]: where that stretch starts.
  const d = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const s = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let j = 0; j <= n; j++) {
    d[0]![j] = partOf ? 0 : j;
    s[0]![j] = partOf ? j : 0;
  }
  for (let i = 1; i <= m; i++) {
    d[i]![0] = i;
    s[i]![0] = 0;
    for (let j = 1; j <= n; j++) {
      const options: [number, number][] = [
        [d[i - 1]![j - 1]! + substitution(pattern[i - 1]!, text[j - 1]!, sounds), s[i - 1]![j - 1]!],
        [d[i - 1]![j]! + 1, s[i - 1]![j]!],
        [d[i]![j - 1]! + 1, s[i]![j - 1]!],
      ];
      if (i > 1 && j > 1 && pattern[i - 1] === text[j - 2] && pattern[i - 2] === text[j - 1] && pattern[i - 1] !== pattern[i - 2]) {
        options.push([d[i - 2]![j - 2]! + 1, s[i - 2]![j - 2]!]);
      }
      const best = options.reduce((a, b) => (b[0] < a[0] ? b : a));
      d[i]![j] = best[0];
      s[i]![j] = best[1];
    }
  }
  if (!partOf) return { cost: d[m]![n]!, start: 0, end: n };
  let end = 0;
  for (let j = 1; j <= n; j++) if (d[m]![j]! < d[m]![end]!) end = j;
  return { cost: d[m]![end]!, start: s[m]![end]!, end };
}

/** How far a slip may go: half (a character of the same sound) in two characters, one in up to seven, one and a half beyond. */
const allowed = (length: number) => (length <= 2 ? 0.5 : length <= 7 ? 1 : 1.5);

type Candidate = { text: string; cost: number; order: number };

/** Corrections of one typed word by the names, by characters. */
function byCharacters(word: string, names: readonly AssistName[], sounds: SoundIndex): Candidate[] {
  // A word that is a name is typed right.
  if (names.some(([name]) => compact(name) === word)) return [];
  const typed = [...word];
  const out: Candidate[] = [];
  names.forEach(([name], order) => {
    const key = compact(name);
    if (key.length < 2 || key === word) return;
    const chars = [...key];
    const limit = allowed(Math.min(chars.length, typed.length));
    // Cheap bound first: lengths too far apart cannot be within reach as a whole.
    if (Math.abs(chars.length - typed.length) <= limit) {
      const { cost } = distance(typed, chars, sounds);
      if (cost > 0 && cost <= limit) out.push({ text: key, cost, order });
    }
    // Inside a longer text, only a character put for another (or two swapped) counts as a slip:
    // with a character more or less, 杭州 is “near” 杭州市 in every query about Hangzhou.
    if (chars.length < typed.length && chars.length >= 3) {
      // The name, slipped, inside the query: replace that stretch by the name.
      const { cost, start, end } = distance(chars, typed, sounds, true);
      if (cost > 0 && cost <= allowed(chars.length) && end - start === chars.length) {
        out.push({ text: typed.slice(0, start).join('') + key + typed.slice(end).join(''), cost, order });
      }
    } else if (typed.length < chars.length && typed.length >= 3) {
      // The query, slipped, inside a longer name (a title): the stretch of the name it meant.
      const { cost, start, end } = distance(typed, chars, sounds, true);
      if (cost > 0 && cost <= allowed(typed.length) && end - start === typed.length) {
        out.push({ text: chars.slice(start, end).join(''), cost, order: order + names.length });
      }
    }
  });
  return out;
}

/** Levenshtein distance of two short ASCII strings. */
function letters(a: string, b: string): number {
  return distance([...a], [...b], new Map()).cost;
}

/** Names whose pinyin the letters spell, whole or by initials, exactly or one letter off. */
function byPinyin(typed: string, names: readonly AssistName[]): Candidate[] {
  const out: Candidate[] = [];
  names.forEach(([name, pinyin], order) => {
    if (!pinyin) return;
    const syllables = pinyin.split(' ');
    const whole = syllables.join('');
    const initials = syllables.map((s) => s[0]).join('');
    let cost = whole === typed || initials === typed ? 0 : Infinity;
    if (typed.length >= 3 && initials.length >= 3) cost = Math.min(cost, letters(typed, initials) <= 1 ? 1 : Infinity);
    if (typed.length >= 6) cost = Math.min(cost, letters(typed, whole) <= Math.floor(whole.length / 6) ? 1 : Infinity);
    if (cost !== Infinity) out.push({ text: compact(name), cost, order });
  });
  return out;
}

/**
 * Up to `max` corrections of `query`, nearest first (then in the names' order: glossary terms
 * before titles). Each is a query to search instead: the typed words with one of them corrected.
 */
export function suggest(query: SearchQuery, names: readonly AssistName[], sounds: SoundIndex, max = 3): string[] {
  const candidates: Candidate[] = [];
  query.parts.forEach((part, i) => {
    const found = /^[a-z]+$/.test(part) ? byPinyin(part, names) : byCharacters(part, names, sounds);
    for (const c of found) {
      const parts = [...query.parts];
      parts[i] = c.text;
      candidates.push({ ...c, text: parts.join(' ') });
    }
  });
  candidates.sort((a, b) => a.cost - b.cost || a.order - b.order);
  const out: string[] = [];
  for (const c of candidates) {
    if (!out.includes(c.text) && c.text !== query.text) out.push(c.text);
    if (out.length === max) break;
  }
  return out;
}
