/**
 * What the search page shows: its elements, and the renderers for results, filters, the start state
 * and failures. `page.ts` keeps the state and calls these; nothing here reads or writes the URL.
 */
import { FILTER_NAMES, SEARCH_CATEGORIES, type FilterName } from '../../lib/search/page-facets';
import type { Hit } from '../../lib/search/hits';
import { hasFilters, writeState, type SearchState } from '../../lib/search/url-state';
import type { Counts } from './engine';
import { el, resultItem } from './render';

/** The elements of `/search/` (src/pages/search/index.astro) the script works with. */
export type SearchPageView = ReturnType<typeof findElements>;

export function findElements(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  return {
    root,
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    /** The filters' section (hidden while there is nothing to filter) and the groups inside it. */
    filterBox: root.querySelector<HTMLElement>('[data-search-filter-box]')!,
    filters: root.querySelector<HTMLElement>('[data-search-filters]')!,
    list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    help: root.querySelector<HTMLElement>('[data-search-help]')!,
    // On a phone the filter groups (below the results) start closed, so that they take little room.
    wide: matchMedia('(min-width: 768px)'),
  };
}

/**
 * The page with JavaScript. CSS already shows the search UI and hides the no-JavaScript notes from
 * the first paint (`js` on <html>, set by src/scripts/text-size.ts); set here too, should that
 * script not have loaded.
 */
export function showScripted(view: SearchPageView, q: string) {
  document.documentElement.classList.add('js');
  view.input.value = q;
}

/** The suggestions and categories below the results: shown when there are no results to show. */
function showHelp(view: SearchPageView, shown: boolean) {
  view.help.classList.remove('search-help-pending');
  view.help.hidden = !shown;
}

/** No words and no filters: suggested terms and the sections to browse (with their entry counts, from the build). */
export function showStart(view: SearchPageView) {
  view.status.textContent = '输入词语开始搜索，或选择一个类别浏览。';
  view.list.replaceChildren();
  view.list.dataset.state = '';
  view.more.hidden = true;
  view.filters.replaceChildren();
  view.filterBox.hidden = true;
  showHelp(view, true);
}

/** The search index did not load: say so, and offer the sections instead. */
export function showFailure(view: SearchPageView) {
  view.status.textContent = import.meta.env.DEV
    ? '开发服务器（npm run dev）没有搜索索引：请用 npm start 构建后再试搜索。'
    : '搜索暂时无法使用：搜索索引没有加载成功。请稍后再试，或从下面的栏目查找。';
  view.list.replaceChildren();
  showHelp(view, true);
}

export function showResults(view: SearchPageView, current: SearchState, hits: Hit[], total: number) {
  view.list.replaceChildren(...hits.map((h) => resultItem(h)));
  // What the list shows, for tests and styles: the query and filters it answers.
  view.list.dataset.state = writeState(current);
  view.more.hidden = hits.length >= total;
  const what = current.q.trim() ? `“${current.q.trim()}”` : '所选条件';
  if (total === 0) {
    view.status.textContent = `没有找到与${what}相关的内容。${hasFilters(current.filters) ? '可以去掉一些筛选条件，' : ''}试试更短的词或换个说法。`;
    showHelp(view, true);
  } else {
    view.status.textContent = `找到 ${total} 条与${what}相关的结果。`;
    showHelp(view, false);
  }
}

/** The filter groups with their counts; groups keep the open state the reader gave them. */
export function showFilters(view: SearchPageView, current: SearchState, counts: Counts) {
  // 类别 and groups in use start open.
  const wasOpen = new Map([...view.filters.querySelectorAll('details')].map((d) => [d.dataset.filter, d.open]));
  const groups = FILTER_NAMES.flatMap((name) => {
    const selected = current.filters[name] ?? [];
    const values = Object.entries(counts[name] ?? {})
      .filter(([value, n]) => n > 0 || selected.includes(value))
      .sort(order(name));
    for (const value of selected) if (!values.some(([v]) => v === value)) values.push([value, 0]);
    if (values.length === 0) return [];
    const details = filterGroup(name, values, selected);
    details.open = selected.length > 0 || (wasOpen.get(name) ?? (name === '类别' && view.wide.matches));
    return [details];
  });
  const clear = hasFilters(current.filters) ? el('button', { type: 'button', class: 'search-clear', 'data-clear-filters': '' }, ['清除筛选']) : null;
  view.filters.replaceChildren(...groups, ...(clear ? [clear] : []));
  view.filterBox.hidden = groups.length === 0 && !clear;
}

function filterGroup(name: FilterName, values: [string, number][], selected: readonly string[]): HTMLDetailsElement {
  const options = values.map(([value, n]) =>
    el('label', { class: 'search-filter-option' }, [
      checkbox(name, value, selected.includes(value)),
      el('span', {}, [value]),
      el('span', { class: 'search-filter-count' }, [String(n)]),
    ]),
  );
  return el('details', { class: 'search-filter', 'data-filter': name }, [
    el('summary', {}, [name, selected.length ? `（已选 ${selected.length}）` : '']),
    el('fieldset', {}, [el('legend', { class: 'sr-only' }, [name]), ...options]),
  ]);
}

function checkbox(name: string, value: string, checked: boolean): HTMLInputElement {
  const box = el('input', { type: 'checkbox', name, value });
  box.checked = checked;
  return box;
}

/** Categories in their fixed order, years newest first, other values by count. */
function order(name: FilterName) {
  return ([a, na]: [string, number], [b, nb]: [string, number]) => {
    if (name === '类别') return SEARCH_CATEGORIES.indexOf(a as never) - SEARCH_CATEGORIES.indexOf(b as never);
    if (name === '年份') return Number(b) - Number(a);
    return nb - na || a.localeCompare(b, 'zh-CN');
  };
}
