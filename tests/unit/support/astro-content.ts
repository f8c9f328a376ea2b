/**
 * A stand-in for Astro's `astro:content` module in unit tests (aliased in vitest.config.ts), as
 * Starlight's `__tests__/test-utils.ts` mocks it: tests put entries in with `setCollections`, and
 * `src/site/` reads them through `getCollection` as it would in a build.
 */
type Entry = { id: string; collection: string; filePath?: string; data: Record<string, unknown>; body?: string };

// On globalThis, so that modules re-imported after `vi.resetModules()` see the same entries.
const store = globalThis as { __astroContentEntries?: Record<string, Entry[]> };

/** The entries `getCollection(name)` returns, by collection; collections not given are empty. */
export function setCollections(next: Record<string, Omit<Entry, 'collection'>[]>) {
  store.__astroContentEntries = Object.fromEntries(Object.entries(next).map(([name, entries]) => [name, entries.map((e) => ({ ...e, collection: name }))]));
}

export async function getCollection(name: string): Promise<Entry[]> {
  return store.__astroContentEntries?.[name] ?? [];
}

export const reference = () => {
  throw new Error('reference() is not available in unit tests: schemas take it as a parameter');
};

export type CollectionEntry<_ extends string> = Entry & { data: any };
