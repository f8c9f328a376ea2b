/** DOM for search results, shared by the search page and the header box. Text only, never HTML. */
import type { Segment } from '../../lib/search/excerpt';
import type { Hit } from '../../lib/search/hits';

type Attrs = Record<string, string>;

/** An element with classes, attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: (Node | string | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** An excerpt as text with `<mark>` around the matches. */
function segments(list: readonly Segment[]): Node[] {
  return list.map((s) => (s.mark ? el('mark', { class: 'search-mark' }, [s.text]) : document.createTextNode(s.text)));
}

/** One result: category badge, linked title, date, excerpt, and matching headings on the page. */
export function resultItem(hit: Hit, options: { compact?: boolean } = {}): HTMLLIElement {
  const inPage = hit.title !== hit.pageTitle;
  const meta = [hit.date, inPage ? `见“${hit.pageTitle}”` : ''].filter(Boolean).join(' · ');
  return el('li', { class: options.compact ? 'search-result search-result-compact' : 'search-result' }, [
    el('p', { class: 'search-result-head' }, [
      hit.category && el('span', { class: 'search-badge' }, [hit.category]),
      el('a', { href: hit.url, class: 'search-result-link', 'data-result-link': '' }, [hit.title]),
    ]),
    meta && !options.compact && el('p', { class: 'search-result-meta' }, [meta]),
    el('p', { class: 'search-excerpt' }, segments(hit.excerpt)),
    !options.compact &&
      hit.sections.length > 0 &&
      el('p', { class: 'search-result-sections' }, [
        '相关：',
        ...hit.sections.flatMap((s, i) => [i > 0 ? '、' : '', el('a', { href: s.url }, [s.title])]),
      ]),
  ]);
}

/**
 * Arrow keys move between the result links of `list`; ArrowUp from the first returns to `input`;
 * Escape returns to `input`. ArrowDown in `input` enters the list. Enter opens a link (native).
 */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement, onEscape?: () => void): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length > 0) {
      e.preventDefault();
      links()[0]!.focus();
    } else if (e.key === 'Escape') {
      onEscape?.();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (at === -1) return all[0]?.focus();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]!.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.focus();
      onEscape?.();
    }
  });
}
