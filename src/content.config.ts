/**
 * The content model, derived from the collection registry (`src/schemas/registry.ts`): one glob
 * collection per folder of `content/` with its schema from `src/schemas/collections.ts`, and the
 * region registry in `data/regions.json`.
 *
 * Astro keeps parsed entries in its content cache (`node_modules/.astro/data-store.json`) and
 * clears it when the text of this file changes, not when a schema it imports does: after changing
 * a schema in `src/schemas/` (a new field with a default, e.g. a glossary term's `searchTerms`),
 * delete that file or change this one, or entries parsed before keep the old shape.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_COLLECTIONS } from './schemas/collections';
import type { Ref } from './schemas/common';
import { regionSchema } from './schemas/region';
import { COLLECTIONS, PUBLISHED_GLOB } from './schemas/registry';
import { readJson } from './lib/read-json';

const ref = reference as unknown as Ref;

/** Markdown and MDX files of a collection's folder; the file name (without extension) is the id. */
const markdownIn = (home: string) => glob({ pattern: `**/${PUBLISHED_GLOB}`, base: `./${home}` });

const contentCollections = Object.fromEntries(
  Object.entries(CONTENT_COLLECTIONS).map(([name, schema]) => [
    name,
    defineCollection({ loader: markdownIn(COLLECTIONS[name as keyof typeof CONTENT_COLLECTIONS].home), schema: schema(ref) }),
  ]),
) as { [K in keyof typeof CONTENT_COLLECTIONS]: { loader: ReturnType<typeof glob>; schema: ReturnType<(typeof CONTENT_COLLECTIONS)[K]> } };

export const collections = {
  ...contentCollections,
  // The project's one JSON reader (a BOM is allowed; the content check has already reported any
  // mistake with its line), not the loader's JSON.parse.
  regions: defineCollection({
    loader: file(`./${COLLECTIONS.regions.home}`, { parser: (text) => readJson(text).value as Record<string, unknown>[] }),
    schema: regionSchema,
  }),
};
