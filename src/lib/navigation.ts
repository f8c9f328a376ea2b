/**
 * The site's main navigation: a fixed list of sections, never a list of entries, so a page's
 * HTML does not grow with the size of the site.
 */
import { routes } from './urls';

export type NavItem = { label: string; path: string; section: string };

export const MAIN_NAV: readonly NavItem[] = [
  { label: '首页', path: routes.home(), section: '' },
  { label: '政策文件', path: routes.policies(), section: 'policies' },
  { label: '五个一', path: routes.program(), section: 'program' },
  { label: '典型案例', path: routes.cases(), section: 'cases' },
  { label: '工作方法', path: routes.methods(), section: 'methods' },
  { label: '数据', path: routes.data(), section: 'data' },
  { label: '术语', path: routes.glossary(), section: 'glossary' },
];

/** The section a path (without the base) belongs to: its first segment. */
export function sectionOf(pathWithoutBase: string): string {
  return pathWithoutBase.replace(/^\/+/, '').split('/')[0] ?? '';
}
