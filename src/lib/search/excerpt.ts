/**
 * Excerpts for search results: a window of the page text around the first literal match of the
 * query, with every match marked. Results render these as text and `<mark>` nodes, never as HTML.
 */
import { fold } from './query';

/** A run of excerpt text; `mark` runs are query matches. */
export type Segment = { text: string; mark: boolean };

/** Where `terms` occur in `text` (case- and width-insensitive), merged where they overlap. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = foldKeepingLength(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const t = fold(term);
    if (!t) continue;
    for (let at = folded.indexOf(t); at !== -1; at = folded.indexOf(t, at + t.length)) {
      ranges.push([at, at + t.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Each character `fold`ed, or kept where folding would change its length; filled as characters are met. */
const foldedChars = new Map<string, string>();

/**
 * `fold` one character at a time, keeping the text's length so that positions found in the
 * folded text are positions in the original (NFKC can change lengths, e.g. ㈠ → (一)). A page's
 * text has a few hundred distinct characters, so each is normalised once.
 */
function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = foldedChars.get(ch);
    if (f === undefined) {
      const folded = fold(ch);
      f = folded.length === ch.length ? folded : ch;
      foldedChars.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** `text` cut into marked and unmarked runs at the matches of `terms`. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** Whether any run is marked. */
export const hasMark = (segments: readonly Segment[]) => segments.some((s) => s.mark);

/**
 * About `length` characters of `text` around the first match of the first term that occurs
 * (terms in order of preference: the whole phrase first), starting a little before it, cut at a
 * sentence or clause boundary where one is near, with `…` where text was cut. `skip` characters
 * at the start (the page title, which the result already shows) are passed over when a match
 * exists after them. Without any match, the start of the text (after `skip`).
 */
export function excerptAround(text: string, terms: readonly string[], length = 90, skip = 0): string {
  const folded = foldKeepingLength(text);
  let hit = -1;
  for (const term of terms) {
    const t = fold(term);
    if (!t) continue;
    const after = folded.indexOf(t, skip);
    const anywhere = after === -1 ? folded.indexOf(t) : after;
    if (anywhere !== -1) {
      hit = anywhere;
      break;
    }
  }
  const from = hit === -1 ? Math.min(skip, text.length) : Math.max(0, hit - Math.round(length / 4));
  let start = from;
  if (hit > 0) {
    // Start after the nearest clause boundary before the match, if it is close.
    const boundary = Math.max(...['。', '；', '，', '、', '. ', '：'].map((b) => text.lastIndexOf(b, hit - 1)));
    if (boundary >= from - 10 && boundary >= 0 && boundary < hit) start = boundary + 1;
  }
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const end = Math.min(text.length, start + length);
  const body = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt (entity-encoded text with `<mark>` around its matches) as segments, without
 * ever parsing it as HTML. Adjacent marks are merged (Pagefind marks 楼 and 宇 separately).
 */
export function pagefindSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else push(decodeEntities(part.replace(/<[^>]*>/g, '')), marked);
  }
  return segments;
}
