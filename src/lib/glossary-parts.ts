/**
 * Where each glossary term is read. Up to `GLOSSARY_PAGE_TERMS` terms the glossary is one page
 * (`glossary/`, a term at `glossary/#<id>`, letters at `#letter-A`). Beyond, it is split by the
 * pinyin initial of each term (`glossary/a/`, a term at `glossary/a/#<id>`), every part with the
 * letter index, and `glossary/` is the index itself, with the number of terms under each letter:
 * no page grows with the glossary past a letter's share of it.
 *
 * Editors link a term as `/glossary/#<id>` whatever the layout (the registry's `entryPath`); the
 * Markdown pipeline moves such a link to the term's part (`glossary-links.ts`), and pages link
 * terms through `termPath`.
 */
import { pinyinInitial, sortByPinyin } from './collate';

/** The most terms the glossary shows on one page. */
export const GLOSSARY_PAGE_TERMS = 100;

export type GlossaryLetter = {
  /** `A` … `Z`, or `#` for terms that do not start with a letter or a Han character. */
  letter: string;
  /** The letter in addresses and anchors: `a`, or `other` for `#`. */
  slug: string;
  /** The ids of its terms, in pinyin order. */
  ids: string[];
};

export type GlossaryLayout = {
  /** Whether the glossary is split into a page per letter. */
  split: boolean;
  /** The letters that have terms, in order. */
  letters: GlossaryLetter[];
  /** A term's address below the base, with its anchor: `glossary/#id` or `glossary/a/#id`. */
  termPath: (id: string) => string;
  /** A letter's address below the base: `glossary/#letter-A` or `glossary/a/`. */
  letterPath: (letter: GlossaryLetter) => string;
};

const GLOSSARY = 'glossary/';

/** The anchor of a letter's heading on the one-page glossary. */
export const letterAnchor = (letter: GlossaryLetter): string => `letter-${letter.letter === '#' ? 'other' : letter.letter}`;

/** The layout of a glossary of `terms` (each its id and the term itself). */
export function glossaryLayout(terms: readonly { id: string; term: string }[]): GlossaryLayout {
  const split = terms.length > GLOSSARY_PAGE_TERMS;
  const letters: GlossaryLetter[] = [];
  const slugOf = new Map<string, string>();
  for (const t of sortByPinyin(terms, (t) => t.term)) {
    const letter = pinyinInitial(t.term);
    let group = letters.at(-1);
    if (group?.letter !== letter) {
      group = letters.find((l) => l.letter === letter);
      if (!group) letters.push((group = { letter, slug: letter === '#' ? 'other' : letter.toLowerCase(), ids: [] }));
    }
    group.ids.push(t.id);
    slugOf.set(t.id, group.slug);
  }
  return {
    split,
    letters,
    termPath: (id) => (split && slugOf.has(id) ? `${GLOSSARY}${slugOf.get(id)}/#${id}` : `${GLOSSARY}#${id}`),
    letterPath: (letter) => (split ? `${GLOSSARY}${letter.slug}/` : `${GLOSSARY}#${letterAnchor(letter)}`),
  };
}
