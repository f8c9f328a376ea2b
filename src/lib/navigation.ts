/**
 * The site's main navigation and the breadcrumbs of section pages, from the collection registry:
 * a fixed list of sections, never a list of entries, so a page's HTML does not grow with the size
 * of the site.
 */
import { COLLECTIONS, DATA_SECTION_NAME, type ContentCollectionId } from '../schemas/registry';
import { routes } from './urls';

/**
 * A section in the navigation strip. `short` is the label on a phone, where the seven sections must
 * fit one row of 360 px (so the current one is always in view): `政策` for `政策文件`.
 */
type NavItem = { label: string; short?: string; path: string; section: string };
/** A breadcrumb: a label, and a path (without the base) unless it is the current page. */
export type Crumb = { label: string; path?: string };

const section = (c: ContentCollectionId, short?: string): NavItem => ({ label: COLLECTIONS[c].name, short, path: COLLECTIONS[c].path, section: c });

export const MAIN_NAV: readonly NavItem[] = [
  { label: '首页', path: routes.home(), section: '' },
  section('policies', '政策'),
  section('program'),
  section('cases', '案例'),
  section('methods', '方法'),
  { label: DATA_SECTION_NAME, path: routes.data(), section: 'data' },
  section('glossary'),
];

/** The section a path (without the base) belongs to: its first segment. */
export function sectionOf(pathWithoutBase: string): string {
  return pathWithoutBase.replace(/^\/+/, '').split('/')[0] ?? '';
}

/** A section with a list page: a collection, or the statistics (`data`). */
type SectionId = ContentCollectionId | 'data';

/** The title and path of a section's list page: `典型案例` at `cases/`, `来源文献` at `reports/`. */
function listOf(s: SectionId): { title: string; path: string } {
  if (s === 'data') return { title: DATA_SECTION_NAME, path: routes.data() };
  const meta: { name: string; listTitle?: string; path: string } = COLLECTIONS[s];
  return { title: meta.listTitle ?? meta.name, path: meta.path };
}

/** The crumb of a section's list page, linked: `典型案例` → `cases/`. */
export const sectionCrumb = (s: SectionId): Required<Crumb> => {
  const { title, path } = listOf(s);
  return { label: title, path };
};

/** An entry page's crumbs: its section, then the entry. */
export const entryCrumbs = (s: SectionId, label: string): Crumb[] => [sectionCrumb(s), { label }];

/**
 * Title and crumbs of page `page` of a section's list: `典型案例`, then `典型案例（第2页）` with the
 * section as a link above it. `view` names another order of the list: `典型案例（按名称，第2页）`.
 */
export function listHead(s: SectionId, page: number, view?: string): { title: string; crumbs: Crumb[] } {
  const { title } = listOf(s);
  const notes = [view, page > 1 ? `第${page}页` : undefined].filter(Boolean).join('，');
  return notes ? { title: `${title}（${notes}）`, crumbs: [sectionCrumb(s), { label: notes }] } : { title, crumbs: [{ label: title }] };
}

/** The sections in the order search shows its categories: their list pages are what 按类别浏览 links to. */
const BROWSE_ORDER: readonly SectionId[] = ['policies', 'program', 'cases', 'methods', 'glossary', 'data', 'reports'];

/**
 * Every section's list page with how many entries the section holds (`典型案例（18）`), from the
 * collections themselves: a count of entries, not of pages (the glossary is one page of all terms).
 */
export function sectionCounts(lists: Record<SectionId, { length: number }>): { label: string; path: string; count: number }[] {
  return BROWSE_ORDER.map((s) => ({ label: listOf(s).title, path: listOf(s).path, count: lists[s].length }));
}
