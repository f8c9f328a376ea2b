/**
 * The search page, `/search/`: results while typing, filters with counts, the state in the URL
 * (`?q=…&类别=…`, so a search can be shared and Back restores it), highlighted excerpts, keyboard
 * use. Without JavaScript the page says what to do instead (see src/pages/search/index.astro).
 * This module keeps the state and listens; `page-view.ts` renders.
 */
import type { FilterName } from '../../lib/search/page-facets';
import { readState, toggleFilter, writeState, type SearchState } from '../../lib/search/url-state';
import { search, warmUp, type Outcome } from './engine';
import { findElements, showFailure, showFilters, showResults, showScripted, showStart, type SearchPageView } from './page-view';
import { searchAsTyped } from './typing';
import { arrowNavigation, loadResultStyles, resultItem } from './render';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) start(findElements(root));

function start(view: SearchPageView) {
  let state: SearchState = readState(location.search);
  let outcome: Outcome | null = null;
  let run = 0;

  /**
   * Shows the results for `next`, recording it in the URL: a new history entry at once when `push`;
   * while the reader types, the address follows the results once they show (a new address makes
   * the browser fetch and draw the page's icon again, work a slow phone should do after them).
   */
  const go = (next: SearchState, push: boolean) => {
    state = next;
    const url = `${location.pathname}${writeState(next)}`;
    const changed = url !== `${location.pathname}${location.search}`;
    if (changed && push) history.pushState(null, '', url);
    void update(() => changed && !push && history.replaceState(null, '', url));
  };

  /** Searches for `state` and shows the outcome; then `shown`, unless a newer search has started. */
  async function update(shown?: () => void) {
    const mine = ++run;
    const current = state;
    view.root.setAttribute('aria-busy', 'true');
    try {
      const [result] = await Promise.all([search(current, { counts: true }), loadResultStyles()]);
      if (mine !== run) return;
      outcome = result;
      if (!result) return showStart(view);
      showFilters(view, current, result.counts);
      showResults(view, current, result);
    } catch (error) {
      if (mine !== run) return;
      console.warn('search failed', error);
      showFailure(view);
    } finally {
      if (mine === run) {
        view.root.removeAttribute('aria-busy');
        shown?.();
      }
    }
  }

  showScripted(view, state.q);
  arrowNavigation(view.input, view.list);
  listen(view, {
    typed: (q) => go({ ...state, q }, false),
    submitted: (q) => go({ ...state, q }, true),
    navigated: (next) => {
      view.input.value = next.q;
      go(next, true);
    },
    filterToggled: (name, value, on) => go(toggleFilter(state, name, value, on), true),
    filtersCleared: () => go({ q: state.q, filters: {} }, true),
    more: async () => {
      if (!outcome) return;
      const first = view.list.children.length;
      view.list.append(...(await outcome.more()).map((h) => resultItem(h)));
      view.more.hidden = view.list.children.length >= outcome.total;
      view.list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')[first]?.focus();
    },
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    view.input.value = state.q;
    void update();
  });
  void update();
}

type Handlers = {
  typed: (q: string) => void;
  submitted: (q: string) => void;
  /** A suggested term or category link, run in place. */
  navigated: (next: SearchState) => void;
  filterToggled: (name: FilterName, value: string, on: boolean) => void;
  filtersCleared: () => void;
  more: () => void;
};

/** The reader's actions on the page, as calls of `on`. */
function listen(view: SearchPageView, on: Handlers) {
  // A reader on this page has come to search: the engine and the search data load once the page
  // itself has (with the filter index, for the counts), so that a first query on a slow phone waits
  // only for its own part of the index.
  const warm = () => void warmUp({ counts: true }).catch(() => {});
  if (document.readyState === 'complete') warm();
  else addEventListener('load', warm, { once: true });
  view.input.addEventListener('focus', warm, { once: true });
  const dropPending = searchAsTyped(view.input, 180, on.typed);
  view.form.addEventListener('submit', (e) => {
    e.preventDefault();
    dropPending();
    on.submitted(view.input.value);
  });
  view.root.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-search-link]');
    if (!link || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    on.navigated(readState(new URL(link.href).search));
  });
  view.filters.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.type === 'checkbox') on.filterToggled(box.name as FilterName, box.value, box.checked);
  });
  view.filters.addEventListener('click', (e) => {
    if ((e.target as Element).closest('[data-clear-filters]')) on.filtersCleared();
  });
  view.more.addEventListener('click', () => void on.more());
}
