/**
 * Keeping every page's HTML independent of how many entries the site holds: list pages show
 * `LIST_PAGE_SIZE` entries a page (`/cases/`, `/cases/page/2/` …), their page navigation has a
 * fixed number of links whatever the page count, and lists of related entries on a detail page
 * (the cases that use a method, the entries written from a report …) show at most
 * `RELATED_LIMIT` items and say how many more there are.
 */

/** Entries per list page. */
export const LIST_PAGE_SIZE = 50;

/** Items shown in a list of related entries on a detail page. */
export const RELATED_LIMIT = 20;

export type ListPage<T> = {
  /** The entries on this page. */
  items: T[];
  /** 1-based page number. */
  page: number;
  /** Number of pages (at least 1, even for an empty list). */
  pages: number;
  /** Number of entries in the whole list. */
  total: number;
  /** 1-based position of the first and last entry shown (0 and 0 for an empty list). */
  from: number;
  to: number;
};

/** `list` cut into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(list: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
  const pages = Math.max(1, Math.ceil(list.length / size));
  return Array.from({ length: pages }, (_, i) => {
    const items = list.slice(i * size, (i + 1) * size);
    return {
      items,
      page: i + 1,
      pages,
      total: list.length,
      from: items.length > 0 ? i * size + 1 : 0,
      to: i * size + items.length,
    };
  });
}

/** The route parameter of page `page` for a `[...page].astro` route: none for page 1, `page/2` after. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

/** The path (without the base) of page `page` of the list at `listPath`: `cases/`, `cases/page/2/`. */
export function pagePath(listPath: string, page: number): string {
  const param = pageParam(page);
  return param ? `${listPath}${param}/` : listPath;
}

/**
 * The page numbers a page navigation shows: the first, the last, and `radius` pages either side of
 * the current one, with `null` for each gap. At most 2 × radius + 5 entries, whatever the count.
 */
export function pageWindow(current: number, pages: number, radius = 2): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0) {
      const gap = p - sorted[i - 1]!;
      // A gap of one page shows that page rather than an ellipsis.
      if (gap === 2) out.push(p - 1);
      else if (gap > 2) out.push(null);
    }
    out.push(p);
  });
  return out;
}

/** The first `limit` items and how many are left out. */
export function capped<T>(items: readonly T[], limit = RELATED_LIMIT): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}
