/** The entries each feed carries (`src/lib/feeds.ts`), read from the site's content. */
import { FEEDS, type FeedEntry } from '../lib/feeds';
import type { ChangeRecord } from '../schemas/common';
import { COLLECTIONS } from '../schemas/registry';
import { siteContent } from './content';

/** What a feed reads of an entry of any of its collections. */
type FedEntry = { id: string; data: ChangeRecord & { title: string; summary: string; brief?: boolean } };

/** The entries of feed `id` that have pages, collection by collection in each collection's own order. */
export async function feedEntries(id: keyof typeof FEEDS): Promise<FeedEntry[]> {
  const content = await siteContent();
  return FEEDS[id].collections.flatMap((collection) =>
    (content[collection] as FedEntry[])
      // A brief case (简目) has no page of its own: it is shown on its honour's page.
      .filter((entry) => !entry.data.brief)
      .map(
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
