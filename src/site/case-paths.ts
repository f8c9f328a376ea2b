/**
 * Where a case is read. A full case has its own page (`cases/<id>/`). A brief entry (简目: the
 * source gives little beyond a name and an honour) has none: it is a heading on the page of its
 * first honour (`cases/honour/<slug>/#<id>`, on the right page of that list when it runs long).
 * Every link to a case goes through `casePaths()`, so no link points at a page that does not exist.
 */
import { LIST_PAGE_SIZE, pagePath } from '../lib/pagination';
import { routes } from '../lib/urls';
import { siteContent, type Case } from './content';
import { honourPath } from './filter-bars';

/** Every case's path, brief entries at their heading on their first honour's page (in list order, 50 a page). */
export function pathsOf(cases: readonly Case[]): Map<string, string> {
  const paths = new Map<string, string>();
  const listed = new Map<string, number>();
  for (const c of cases) {
    for (const h of c.data.honours) listed.set(h, (listed.get(h) ?? 0) + 1);
    const first = c.data.honours[0];
    if (!c.data.brief || !first) {
      paths.set(c.id, routes.case(c.id));
      continue;
    }
    // The honour page lists the cases that hold the honour in the order of `cases`, as this loop meets them.
    const page = Math.ceil(listed.get(first)! / LIST_PAGE_SIZE);
    paths.set(c.id, `${pagePath(honourPath(first), page)}#${c.id}`);
  }
  return paths;
}

let cached: Promise<Map<string, string>> | undefined;

/** Every case's path (without the base), computed once per build. */
export function casePaths(): Promise<Map<string, string>> {
  cached ??= siteContent().then(({ cases }) => pathsOf(cases));
  return cached;
}
