/**
 * The feeds (RSS 2.0) of `src/lib/feeds.ts`: `/feeds/all.xml`, `/feeds/policies.xml`,
 * `/feeds/cases.xml`. A feed's links are absolute, so there are none without a public URL.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_IDS, FEEDS, feedDate, feedItems } from '../../lib/feeds';
import { siteSettings } from '../../site/settings';
import { feedEntries } from '../../site/feeds';
import { publicUrl } from '../../site/url';

export const getStaticPaths = (() => (publicUrl('') ? FEED_IDS.map((feed) => ({ params: { feed } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = params.feed as (typeof FEED_IDS)[number];
  const feed = FEEDS[id];
  const home = publicUrl('')!;
  const self = publicUrl(feed.path)!;
  const items = feedItems(await feedEntries(id));
  return rss({
    title: `${siteSettings.siteName} · ${feed.name}`,
    description: `${siteSettings.siteName}新收录和更新的${feed.name === '全部更新' ? '内容' : feed.name}。`,
    site: home,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => {
      const link = publicUrl(item.path)!;
      return {
        title: item.title,
        link,
        description: item.description,
        categories: [item.category],
        ...(item.date && {
          pubDate: feedDate(item.date),
          // A new guid for each change, so that subscribers hear about updates.
          customData: `<guid isPermaLink="false">${link}#${item.date}</guid>`,
        }),
      };
    }),
  });
};
