/** DOM for search results, shared by the search page and the header box. Text only, never HTML. */
import type { Segment } from '../../lib/search/excerpt';
import type { FigureAnswer } from '../../lib/search/figure-answer';
import type { Hit } from '../../lib/search/hits';
import { writeState, type SelectedFilters } from '../../lib/search/url-state';
import type { Outcome } from './engine';
import resultStylesUrl from './search-results.css?url';

type Attrs = Record<string, string>;

let resultStyles: Promise<void> | undefined;
/**
 * Links the styles of the notes and the answer card (search-results.css) once, and resolves when
 * they apply (or failed to load). They come with the search code rather than with every page; a
 * search awaits them with its results, so what it shows never restyles under the reader.
 */
export function loadResultStyles(): Promise<void> {
  resultStyles ??= new Promise((resolve) => {
    const link = el('link', { rel: 'stylesheet', href: resultStylesUrl });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
  return resultStyles;
}

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

/** Names as links that search for them (run in place on the search page): `双同步、双向进入`. */
function searchLinks(names: readonly string[], searchPage: string, filters: SelectedFilters): (Node | string)[] {
  return names.flatMap((q, i) => [i > 0 ? '、' : '', el('a', { href: `${searchPage}${writeState({ q, filters })}`, 'data-search-link': '' }, [q])]);
}

/**
 * What the search did besides the typed words: the results of a correction instead (没有找到…),
 * the nearest names (您是不是要找：…) and the synonyms searched as well (也搜索了：…).
 */
export function searchNotes(outcome: Outcome, searchPage: string, filters: SelectedFilters = {}): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (outcome.corrected) {
    notes.push(el('p', { class: 'search-note' }, [`没有找到含“${outcome.query.text}”的内容，下面是“${outcome.corrected}”的结果。`]));
  }
  if (outcome.suggestions.length > 0) {
    notes.push(el('p', { class: 'search-note', 'data-did-you-mean': '' }, ['您是不是要找：', ...searchLinks(outcome.suggestions, searchPage, filters)]));
  }
  if (outcome.also.length > 0) {
    notes.push(el('p', { class: 'search-note', 'data-also-searched': '' }, ['也搜索了：', ...searchLinks(outcome.also, searchPage, filters)]));
  }
  return notes;
}

/**
 * The answer to a question about a figure: what is counted, the value, where and when, and the
 * source and dataset it is from. When the data lacks the place or year asked, it says so first and
 * shows what it has.
 */
export function answerCard(answer: FigureAnswer, options: { compact?: boolean } = {}): HTMLElement[] {
  const lacking = [answer.missing?.place, answer.missing?.year !== undefined ? `${answer.missing.year}年` : ''].filter(Boolean).join('');
  return [
    el('p', { class: 'search-answer-label' }, [el('span', { class: 'search-badge' }, ['数字']), answer.indicator]),
    lacking ? el('p', { class: 'search-answer-missing' }, [`数据中没有${lacking}的这项数字。现有的是：`]) : null,
    el('p', { class: 'search-answer-value' }, [answer.value]),
    el('p', { class: 'search-answer-where' }, [`${answer.place} · ${answer.period}`]),
    !options.compact && answer.alternatives?.length
      ? el('p', { class: 'search-answer-more' }, [`另有：${answer.alternatives.join('；')}`])
      : null,
    el('p', { class: 'search-answer-source' }, [
      '来源：',
      el('a', { href: answer.sourceUrl, 'data-answer-source': '' }, [`《${answer.source}》`]),
      ' · ',
      el('a', { href: answer.datasetUrl, 'data-answer-dataset': '' }, [`数据集：${answer.dataset}`]),
    ]),
  ].filter((n): n is HTMLParagraphElement => n !== null);
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
