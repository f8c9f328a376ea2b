/**
 * Just enough HTML reading for size budgets: the lists a page marks with `data-list` (their items
 * are counted, then removed to measure the markup around them), the page chrome outside <main>,
 * and the Chinese text a reader reads. Astro writes well-formed markup, so tags are matched by a
 * simple scan rather than a full parser.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SIBLING_ENDS = new Set(['li', 'dt', 'dd']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

type MarkedList = {
  /** The value of `data-list`: `entries`, `related`, `pages`, `terms`, `letters` … */
  kind: string;
  /** Number of child elements (the list's items). */
  items: number;
  /** Offsets of the list's inner HTML. */
  innerStart: number;
  innerEnd: number;
};

/** Every element with a `data-list` attribute, with its number of items and where its content lies. */
export function markedLists(html: string): MarkedList[] {
  const lists: MarkedList[] = [];
  const stack: { tag: string; list?: MarkedList; depthOfList?: number }[] = [];
  const open: { list: MarkedList; depth: number }[] = [];
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    const [whole, closing, rawTag, attrs] = m;
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (!closing) {
      // Skip the text of scripts and styles: it is not markup.
      if (tag === 'script' || tag === 'style') {
        const end = html.indexOf(`</${tag}`, TAG.lastIndex);
        TAG.lastIndex = end < 0 ? html.length : end;
      }
      // An open <li> (or <dt>, <dd>) ends where its next sibling starts.
      const top = stack[stack.length - 1];
      if (top && SIBLING_ENDS.has(tag) && SIBLING_ENDS.has(top.tag) && !top.list) stack.pop();
      const current = open[open.length - 1];
      if (current && stack.length === current.depth) current.list.items++;
      if (VOID.has(tag) || attrs!.trimEnd().endsWith('/')) continue;
      const kind = attrs!.match(/\bdata-list=["']?([\w-]+)/)?.[1];
      const entry: { tag: string; list?: MarkedList } = { tag };
      if (kind) {
        const list: MarkedList = { kind, items: 0, innerStart: m.index + whole.length, innerEnd: -1 };
        lists.push(list);
        open.push({ list, depth: stack.length + 1 });
        entry.list = list;
      }
      stack.push(entry);
    } else {
      // Close up to the matching tag (tolerates an unclosed <p> or <li>).
      let i = stack.length - 1;
      while (i >= 0 && stack[i]!.tag !== tag) i--;
      if (i < 0) continue;
      while (stack.length > i) {
        const popped = stack.pop()!;
        if (popped.list) {
          popped.list.innerEnd = m.index;
          open.pop();
        }
      }
    }
  }
  return lists.filter((l) => l.innerEnd >= 0);
}

/** The page with the items of every marked list removed: the markup that must not grow. */
export function withoutListItems(html: string): string {
  const lists = markedLists(html).sort((a, b) => b.innerStart - a.innerStart);
  let out = html;
  for (const l of lists) out = out.slice(0, l.innerStart) + out.slice(l.innerEnd);
  return out;
}

/**
 * Everything outside <main>: head, header, navigation, footer — without the search `<meta>`
 * elements, which describe what <main> holds (its names and filters) and vary with it, and without
 * the page's structured data, which describes the entry in <main> (its sources, places, keywords)
 * as its title and description do, and is measured with the rest of the page.
 */
export function chrome(html: string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  if (start < 0 || end < 0) throw new Error('page has no <main>');
  return (html.slice(0, start) + html.slice(end))
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')
    .replace(/<meta name="pagefind-(?:meta|filter):[^>]*>/g, '');
}

/** Chinese characters a reader reads in <main> (tags, scripts and styles removed). */
export function mainHanCount(html: string): number {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  const main = html
    .slice(start, end)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '');
  return (main.match(/\p{Script=Han}/gu) ?? []).length;
}
