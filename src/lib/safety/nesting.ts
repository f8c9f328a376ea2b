/**
 * Lists and quotes nested absurdly deep. `- - - … 最深的一项` with 20,000 markers is a 40 KB line that
 * Markdown parsers (micromark, in the content check and in Astro alike) take minutes to read — the
 * work grows with the square of the depth: 1,000 levels take 0.7 s, 2,000 levels 2.5 s — and then
 * fail with "Maximum call stack size exceeded"; a list indented level by level does the same in
 * 1 MB. No reader can follow more than a few levels. A line scan finds them before any parser runs.
 */

/** Deeper than this, a list or quote is refused (the site's own content nests at most 3 levels). */
export const MAX_NESTING = 30;

/** Leading list markers and quote marks of a line: `- `, `* `, `+ `, `1. `, `1) `, `>`. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+/;
const MARKER = /[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/g;
/** `- - -`, `* * *`: a horizontal rule, not a list. */
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

type DeepNesting = { line: number; depth: number };

/** Columns of leading whitespace, a tab counting 4. */
function indentColumns(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns += 1;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * The first line of `text` (1-based) whose list items and quotes nest deeper than `MAX_NESTING`:
 * the markers opened on the line, plus the levels its indentation continues (two columns a level,
 * the narrowest a list item indents). Fenced code is skipped: it is text, not structure.
 */
export function deepNesting(text: string): DeepNesting | undefined {
  const lines = text.split('\n');
  let fence: string | undefined;
  for (const [i, line] of lines.entries()) {
    const open = FENCE.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length) fence = undefined;
      continue;
    }
    if (open) {
      fence = open;
      continue;
    }
    const containers = CONTAINERS.exec(line)?.[0];
    if (!containers || THEMATIC_BREAK.test(line)) continue;
    const depth = containers.match(MARKER)!.length + Math.floor(indentColumns(line) / 2);
    if (depth > MAX_NESTING) return { line: i + 1, depth };
  }
  return undefined;
}
