/** The entries each feed carries (`src/lib/feeds.ts`), read from the site's content. */
import type { FeedEntry } from '../lib/feeds';
import { FEEDS } from '../lib/feeds';
import { COLLECTIONS } from '../schemas/registry';
import { siteContent } from './content';

/** The entries of feed `id`, collection by collection in each collection's own order. */
export async function feedEntries(id: keyof typeof FEEDS): Promise<FeedEntry[]> {
  const content = await siteContent();
  return FEEDS[id].collections.flatMap((collection) =>
    content[collection].map(
      (entry): FeedEntry => ({
        title: entry.data.title,
        path: COLLECTIONS[collection].entryPath(entry.id),
        summary: entry.data.summary,
        category: COLLECTIONS[collection].name,
        changes: { added: entry.data.added, updates: entry.data.updates },
      }),
    ),
  );
}
