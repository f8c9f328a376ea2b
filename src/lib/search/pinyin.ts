/**
 * Pinyin for search, worked out at build time with pinyin-pro: the browser receives only the data
 * made here (the syllables of short names, and which characters sound alike), never the library.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /^\p{Script=Han}+$/u;

/**
 * The toneless syllables of a name read in context (`行业党委` → `hang ye dang wei`, ü as `v`), or
 * null when the name is not all Han characters (`IC卡管理`): typed pinyin cannot spell it.
 */
export function nameSyllables(name: string): string[] | null {
  if (!HAN.test(name)) return null;
  return pinyin(name, { toneType: 'none', type: 'array', v: true });
}

/** Every toneless reading of one character (`重` → `zhong`, `chong`). */
function readings(char: string): string[] {
  return [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }))].filter((s) => /^[a-z]+$/.test(s));
}

let common: string[] | undefined;
/**
 * The 3,755 characters of GB2312's first level — the characters in everyday use, ordered by
 * pinyin — read from the platform's GBK decoder (rows 0xB0–0xD7; the last row ends at 0xF9).
 */
function commonCharacters(): string[] {
  if (common) return common;
  const gbk = new TextDecoder('gbk');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) out.push(gbk.decode(new Uint8Array([row, cell])));
  }
  common = out;
  return out;
}

/**
 * Characters that sound alike, for the syllables the given characters read: for each such
 * syllable, the common characters that read so, and the given characters themselves. A slip of
 * the input method (双同部 for 双同步) swaps a character for another of the same syllable; with
 * this table the browser can tell such a slip from any other without a pinyin library.
 */
export function homophones(chars: Iterable<string>): Record<string, string> {
  const bySyllable = new Map<string, Set<string>>();
  const add = (syllable: string, char: string) => {
    let set = bySyllable.get(syllable);
    if (!set) bySyllable.set(syllable, (set = new Set()));
    set.add(char);
  };
  const wanted = new Set<string>();
  for (const char of chars) {
    if (!HAN.test(char)) continue;
    for (const s of readings(char)) {
      wanted.add(s);
      add(s, char);
    }
  }
  for (const char of commonCharacters()) {
    for (const s of readings(char)) if (wanted.has(s)) add(s, char);
  }
  return Object.fromEntries([...bySyllable].sort(([a], [b]) => a.localeCompare(b)).map(([s, set]) => [s, [...set].join('')]));
}
