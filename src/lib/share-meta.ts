/**
 * The share card of a page: the Open Graph tags (`og:*`, `article:*`) that WeChat, QQ, Weibo,
 * DingTalk and other apps read when a link is shared, to show a title, a line of text and a picture.
 *
 * Every address in them is absolute, so it comes from the public URL of the site settings (or
 * SITE_URL): without one, `og:url` and `og:image` are left out rather than pointing anywhere else
 * (the card then shows the title and text). The picture is one image for the whole site,
 * `public/share.png`, drawn by `npm run share-image` (scripts/make-share-image.ts) and committed; a
 * unit test keeps its size equal to `SHARE_IMAGE`.
 */
import type { ChangeRecord } from '../schemas/common';

/** The site's share image: a file of `public/`, its pixel size and type. */
export const SHARE_IMAGE = { file: 'share.png', width: 1200, height: 630, type: 'image/png' } as const;

export type ShareCard = {
  /** The page's own title (the site name is `og:site_name`). */
  title: string;
  /** One or two sentences: the entry's summary where it has one. */
  description: string;
  /** `article` for an entry's page (a policy, a case …), `website` for the rest. */
  type: 'article' | 'website';
  siteName: string;
  /** The page's absolute address, or undefined without a public URL. */
  url?: string;
  /** The share image's absolute address, or undefined without a public URL. */
  imageUrl?: string;
  /** For an article: when the site first published it and last changed it (ISO dates, only real ones). */
  published?: string;
  modified?: string;
  /** For an article: its section, e.g. 典型案例. */
  section?: string;
};

/** What makes an entry's page an article on its share card. */
export type ArticleMeta = {
  /** The section's name: 典型案例, 政策文件 … */
  section: string;
  /** The entry's 收录日期 and 更新记录. */
  changes: ChangeRecord;
};

export type MetaProperty = { property: string; content: string };

/** The `<meta property content>` tags of a page's share card, in the order the protocol lists them. */
export function shareMeta(card: ShareCard): MetaProperty[] {
  const tags: [string, string | undefined][] = [
    ['og:title', card.title],
    ['og:description', card.description],
    ['og:type', card.type],
    ['og:url', card.url],
    ['og:site_name', card.siteName],
    ['og:locale', 'zh_CN'],
    ...(card.imageUrl
      ? ([
          ['og:image', card.imageUrl],
          ['og:image:type', SHARE_IMAGE.type],
          ['og:image:width', String(SHARE_IMAGE.width)],
          ['og:image:height', String(SHARE_IMAGE.height)],
          ['og:image:alt', card.siteName],
        ] as [string, string][])
      : []),
    ...(card.type === 'article'
      ? ([
          ['article:published_time', card.published],
          ['article:modified_time', card.modified],
          ['article:section', card.section],
        ] as [string, string | undefined][])
      : []),
  ];
  return tags.filter((t): t is [string, string] => Boolean(t[1])).map(([property, content]) => ({ property, content }));
}
