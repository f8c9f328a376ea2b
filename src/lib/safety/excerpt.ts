/**
 * A source line fit for a message: a line of 40 KB (a pasted page without line breaks, a list
 * nested 20,000 levels deep) is cut to a window around the column, so that an editor reads the
 * place of the mistake and not the whole file.
 */

type Excerpt = {
  /** At most `max` characters, with `…` where the line was cut. */
  text: string;
  /** The 1-based column of the same place inside `text`. */
  column: number;
};

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The part of `line` around `column` (1-based, in UTF-16 units as parsers count), at most `max`
 * characters (UTF-16 units) including the `…` marks; a line that fits is returned whole.
 * Never cuts a character written as two UTF-16 units in half. Tabs and line ends are kept as they are.
 */
export function lineExcerpt(line: string, column = 1, max = 120): Excerpt {
  const text = line.replace(/\r?\n$/, '');
  if (text.length <= max) return { text, column };
  const at = Math.min(Math.max(column - 1, 0), text.length);
  const room = max - 2; // one `…` at each end at most
  let start = Math.max(0, Math.min(at - Math.floor(room / 3), text.length - room));
  let end = Math.min(text.length, start + room);
  if (start === 0) end = max - 1;
  if (end === text.length) start = text.length - (max - 1);
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start += 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end -= 1;
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return { text: head + text.slice(start, end) + tail, column: at - start + 1 + head.length };
}

/** The line `lineNumber` (1-based) of `source`, cut around `column` as above. */
export function sourceExcerpt(source: string, lineNumber: number, column = 1, max = 120): Excerpt {
  let start = 0;
  for (let n = 1; n < lineNumber; n += 1) {
    const next = source.indexOf('\n', start);
    if (next === -1) return { text: '', column: 1 };
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return lineExcerpt(source.slice(start, end === -1 ? undefined : end), column, max);
}

/** A construct quoted in a message: whitespace runs collapsed, cut to `max` characters with `…`. */
export function quoteConstruct(code: string, max = 60): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
