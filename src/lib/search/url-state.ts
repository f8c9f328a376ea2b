/**
 * The search state lives in the URL — `/search/?q=双同步&类别=政策文件&类别=典型案例` — so a
 * search can be shared, bookmarked, and restored by Back.
 */
import { FILTER_NAMES, type FilterName } from './page-facets';

export type SelectedFilters = Partial<Record<FilterName, string[]>>;
export type SearchState = { q: string; filters: SelectedFilters };

const isFilterName = (name: string): name is FilterName => (FILTER_NAMES as readonly string[]).includes(name);

/** The state in a URL's query string. Unknown parameters are ignored; values keep their order. */
export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SelectedFilters = {};
  for (const [name, value] of params) {
    const v = value.trim();
    if (!isFilterName(name) || !v) continue;
    const list = (filters[name] ??= []);
    if (!list.includes(v)) list.push(v);
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state: `?q=…&类别=…`, or '' for an empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of FILTER_NAMES) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether any filter value is selected. */
export const hasFilters = (filters: SelectedFilters) => FILTER_NAMES.some((n) => (filters[n]?.length ?? 0) > 0);

/**
 * Pagefind's filter object: values of one filter are alternatives (`any`), different filters must
 * all hold. `except` leaves one filter out (to count what choosing another of its values would give).
 */
export function toPagefindFilters(filters: SelectedFilters, except?: FilterName): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    const values = filters[name];
    if (name !== except && values && values.length > 0) out[name] = { any: [...values] };
  }
  return out;
}

/** The state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = state.filters[name] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters, [name]: next };
  if (next.length === 0) delete filters[name];
  return { q: state.q, filters };
}
