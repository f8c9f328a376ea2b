/**
 * Links to the site's own entries, checked before anything renders: a Markdown link written from
 * the site root (`/methods/liu-qing/`, `/glossary/#shuang-tongbu`, `/data/<dataset>/`) whose
 * entry does not exist is named with the link, the folder it was looked for in, the closest id and
 * the fix. What an entry's page is comes from the registry (`entryPath`) and `src/lib/urls.ts`, so
 * this check and the pages cannot disagree.
 *
 * Only what is certain before the build is judged: that an entry exists, and that a page address
 * ends with `/`. Anchors inside a page (`/methods/x/#做法`), list and filter pages
 * (`/cases/type/louyu/`) and every other path are left to the link check after the build
 * (`src/lib/link-check.ts`), which reads the finished pages.
 */
import { COLLECTIONS, CONTENT_COLLECTION_IDS, type ContentCollectionId } from '../schemas/registry';
import { closest } from './suggest';
import { routes } from './urls';

/** The entries that will have pages: ids by collection, and the datasets of `data/datasets/`. */
export type SitePages = {
  entries: ReadonlyMap<ContentCollectionId, ReadonlySet<string>>;
  datasets: ReadonlySet<string>;
};

type SiteLinkProblem = { message: string; fix: string };

/** A kind of entry link: the address around the id (`methods/` + id + `/`), and where ids live. */
type EntryLink = { prefix: string; suffix: string; what: string; home: string; ids: (pages: SitePages) => ReadonlySet<string> };

const ID = '\u0000';
const around = (path: string) => {
  const [prefix, suffix] = path.split(ID) as [string, string];
  return { prefix, suffix };
};

const ENTRY_LINKS: readonly EntryLink[] = [
  ...CONTENT_COLLECTION_IDS.map((c) => ({
    ...around(COLLECTIONS[c].entryPath(ID)),
    what: COLLECTIONS[c].entry,
    home: COLLECTIONS[c].home,
    ids: (pages: SitePages) => pages.entries.get(c) ?? new Set<string>(),
  })),
  ...[routes.dataset(ID), routes.datasetCsv(ID), routes.datasetJson(ID)].map((path) => ({
    ...around(path),
    what: '数据集',
    home: 'data/datasets/',
    ids: (pages: SitePages) => pages.datasets,
  })),
];

/** Files of `/data/` that are not datasets. */
const DATA_FILES = new Set([routes.dataIndex(), routes.dataSchema()]);

/** The glossary page's letter headings (`#letter-a`): anchors that are not terms. */
const GLOSSARY_LETTER = /^letter-/;

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The id in an entry address: up to `/`, `?`, `#` or a `.csv`/`.json` ending. */
const ID_PART = /^(?:(?![/?#]|\.(?:csv|json)(?:$|[?#])).)*/;

/** The problem with a link as written in Markdown, if it points to an entry that will not exist. */
export function siteLinkProblem(url: string, pages: SitePages): SiteLinkProblem | undefined {
  const href = url.trim();
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const rest = decode(href.slice(1));
  if (DATA_FILES.has(rest.replace(/[?#].*$/, ''))) return undefined;
  for (const link of ENTRY_LINKS) {
    if (!rest.startsWith(link.prefix)) continue;
    const after = rest.slice(link.prefix.length);
    if (link.suffix === '') {
      // A glossary term: the anchor is the id.
      return after === '' || GLOSSARY_LETTER.test(after) ? undefined : missingEntry(href, link, after, pages);
    }
    const id = ID_PART.exec(after)![0];
    const tail = after.slice(id.length);
    if (id === '') continue;
    if (tail.startsWith(link.suffix)) {
      // A deeper page (`/cases/type/louyu/`) is not an entry's page: left to the link check.
      const more = tail.slice(link.suffix.length);
      return more === '' || /^[?#]/.test(more) ? missingEntry(href, link, id, pages) : undefined;
    }
    if (link.suffix === '/' && /^(?:[?#]|$)/.test(tail)) {
      // `/methods/liu-qing`: the page exists only with its `/`.
      return missingEntry(href, link, id, pages) ?? { message: `链接 ${href} 的页面地址结尾缺少 /，这样的地址打不开。`, fix: `写成 /${link.prefix}${id}/${tail}。` };
    }
  }
  return undefined;
}

function missingEntry(href: string, link: EntryLink, id: string, pages: SitePages): SiteLinkProblem | undefined {
  const ids = link.ids(pages);
  if (ids.has(id)) return undefined;
  const guess = closest(id, ids);
  return {
    message: `链接 ${href} 指向的${link.what}不存在：${link.home} 中没有“${id}”。`,
    fix: `${guess ? `是不是 /${link.prefix}${guess}${link.suffix}？` : ''}请改正链接，或先在 ${link.home} 中添加这个${link.what}（文件名就是 id）。`,
  };
}

/** Link destinations written from the site root, found without parsing: `](/x/)` and `[x]: /x/`. */
const ROOT_LINK = /\]\(\s*<?(\/[^\s)>]*)|^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?(\/[^\s>]*)/gm;

/**
 * Whether a body may hold a link to a missing entry: a quick scan of its root links, so that only
 * such bodies need parsing (the parse then finds each link's position, and skips code).
 */
export function mayHaveBrokenSiteLink(text: string, pages: SitePages): boolean {
  for (const m of text.matchAll(ROOT_LINK)) if (siteLinkProblem(m[1] ?? m[2]!, pages)) return true;
  return false;
}
