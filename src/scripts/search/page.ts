/**
 * The search page, `/search/`: results while typing, filters with counts, the state in the URL
 * (`?q=…&类别=…`, so a search can be shared and Back restores it), highlighted excerpts, keyboard
 * use. Without JavaScript the page says what to do instead (see src/pages/search/index.astro).
 */
import { FILTER_NAMES, SEARCH_CATEGORIES, type FilterName } from '../../lib/search/page-facets';
import type { Hit } from '../../lib/search/hits';
import { hasFilters, readState, toggleFilter, writeState, type SearchState } from '../../lib/search/url-state';
import { allFilterCounts, loadPagefind, preload, search, type Counts, type Outcome } from './engine';
import { arrowNavigation, el, resultItem } from './render';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) start(root);

function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const noJs = root.querySelector<HTMLElement>('[data-search-nojs]');
  const categoryLinks = root.querySelector<HTMLElement>('[data-search-categories]');
  const fallback = root.querySelector<HTMLElement>('[data-search-fallback]');
  // On a phone the filter groups start closed, so that the first results are on the first screen.
  const wide = matchMedia('(min-width: 768px)');

  let state: SearchState = readState(location.search);
  let outcome: Outcome | null = null;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  noJs?.setAttribute('hidden', '');
  fallback?.setAttribute('hidden', '');
  root.querySelectorAll<HTMLElement>('[data-search-js]').forEach((e) => e.removeAttribute('hidden'));
  input.value = state.q;
  arrowNavigation(input, list);
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });

  const setUrl = (next: SearchState, push: boolean) => {
    const url = `${location.pathname}${writeState(next)}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    void preload(input.value).catch(() => {});
    timer = setTimeout(() => {
      state = { ...state, q: input.value };
      setUrl(state, false);
      void update();
    }, 180);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value };
    setUrl(state, true);
    void update();
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    input.value = state.q;
    void update();
  });
  root.addEventListener('click', (e) => {
    // Suggested terms and category links run in place, keeping a history entry.
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-search-link]');
    if (!link || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    state = readState(new URL(link.href).search);
    input.value = state.q;
    setUrl(state, true);
    void update();
  });
  filtersBox.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.type !== 'checkbox') return;
    state = toggleFilter(state, box.name as FilterName, box.value, box.checked);
    setUrl(state, true);
    void update();
  });
  filtersBox.addEventListener('click', (e) => {
    if (!(e.target as Element).closest('[data-clear-filters]')) return;
    state = { q: state.q, filters: {} };
    setUrl(state, true);
    void update();
  });
  void update();

  moreButton.addEventListener('click', async () => {
    if (!outcome) return;
    const first = list.children.length;
    const hits = await outcome.more();
    list.append(...hits.map((h) => resultItem(h)));
    moreButton.hidden = list.children.length >= outcome.total;
    list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')[first]?.focus();
  });

  async function update() {
    const mine = ++run;
    const current = state;
    root.setAttribute('aria-busy', 'true');
    try {
      const result = await search(current, { counts: true });
      if (mine !== run) return;
      outcome = result;
      if (!result) return showStart(await allFilterCounts());
      renderFilters(current, result.counts);
      renderResults(current, result.hits, result.total);
    } catch (error) {
      if (mine !== run) return;
      console.warn('search failed', error);
      status.textContent = import.meta.env.DEV
        ? '开发服务器（npm run dev）没有搜索索引：请用 npm start 构建后再试搜索。'
        : '搜索暂时无法使用：搜索索引没有加载成功。请稍后再试，或从下面的栏目查找。';
      list.replaceChildren();
      help.hidden = false;
      fallback?.removeAttribute('hidden');
    } finally {
      if (mine === run) root.removeAttribute('aria-busy');
    }
  }

  /** No words and no filters: the categories with their page counts, and suggested terms. */
  function showStart(totals: Counts) {
    status.textContent = '输入词语开始搜索，或选择一个类别浏览。';
    list.replaceChildren();
    list.dataset.state = '';
    moreButton.hidden = true;
    filtersBox.replaceChildren();
    help.hidden = false;
    if (categoryLinks) renderCategoryLinks(totals);
  }

  function renderResults(current: SearchState, hits: Hit[], total: number) {
    list.replaceChildren(...hits.map((h) => resultItem(h)));
    // What the list shows, for tests and styles: the query and filters it answers.
    list.dataset.state = writeState(current);
    moreButton.hidden = hits.length >= total;
    const what = current.q.trim() ? `“${current.q.trim()}”` : '所选条件';
    if (total === 0) {
      status.textContent = `没有找到与${what}相关的内容。${hasFilters(current.filters) ? '可以去掉一些筛选条件，' : ''}试试更短的词或换个说法。`;
      help.hidden = false;
      allFilterCounts().then(renderCategoryLinks, () => {});
    } else {
      status.textContent = `找到 ${total} 条与${what}相关的结果。`;
      help.hidden = true;
    }
  }

  function renderCategoryLinks(totals: Counts) {
    if (!categoryLinks) return;
    const counts = totals['类别'] ?? {};
    categoryLinks.replaceChildren(
      ...SEARCH_CATEGORIES.filter((c) => counts[c]).map((c) =>
        el('li', {}, [
          el('a', { href: `${location.pathname}${writeState({ q: '', filters: { 类别: [c] } })}`, 'data-search-link': '' }, [
            `${c}（${counts[c]}）`,
          ]),
        ]),
      ),
    );
  }

  function renderFilters(current: SearchState, counts: Counts) {
    // Groups keep the open/closed state the reader gave them; 类别 and groups in use start open.
    const wasOpen = new Map([...filtersBox.querySelectorAll('details')].map((d) => [d.dataset.filter, d.open]));
    const groups = FILTER_NAMES.flatMap((name) => {
      const selected = current.filters[name] ?? [];
      const values = Object.entries(counts[name] ?? {})
        .filter(([value, n]) => n > 0 || selected.includes(value))
        .sort(order(name));
      for (const value of selected) if (!values.some(([v]) => v === value)) values.push([value, 0]);
      if (values.length === 0) return [];
      const options = values.map(([value, n]) =>
        el('label', { class: 'search-filter-option' }, [
          checkbox(name, value, selected.includes(value)),
          el('span', {}, [value]),
          el('span', { class: 'search-filter-count' }, [String(n)]),
        ]),
      );
      const details = el('details', { class: 'search-filter', 'data-filter': name }, [
        el('summary', {}, [name, selected.length ? `（已选 ${selected.length}）` : '']),
        el('fieldset', {}, [el('legend', { class: 'sr-only' }, [name]), ...options]),
      ]);
      details.open = selected.length > 0 || (wasOpen.get(name) ?? (name === '类别' && wide.matches));
      return [details];
    });
    const clear = hasFilters(current.filters)
      ? el('button', { type: 'button', class: 'search-clear', 'data-clear-filters': '' }, ['清除筛选'])
      : null;
    filtersBox.replaceChildren(...groups, ...(clear ? [clear] : []));
  }
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
