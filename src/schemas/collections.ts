/**
 * The schemas of the collections of the registry (`src/schemas/registry.ts`): one per Markdown
 * collection of `content/`, and the JSON files of `data/` with the schema of their whole content.
 * `src/content.config.ts` builds Astro's collections from these, and the content check
 * (`src/lib/content-check.ts`) reads the files against them before Astro does — so a folder or
 * data file missing here is reported.
 */
import { z } from 'astro/zod';
import { caseSchema } from './case';
import type { Ref } from './common';
import { glossarySchema } from './glossary';
import { methodSchema } from './method';
import { policySchema } from './policy';
import { programSchema } from './program';
import { regionSchema } from './region';
import { reportSchema } from './report';
import type { CollectionName, ContentCollectionId } from './registry';

/** `content/<name>/*.md(x)`: the file name is the entry's id. */
export const CONTENT_COLLECTIONS = {
  policies: policySchema,
  program: programSchema,
  cases: caseSchema,
  methods: methodSchema,
  glossary: glossarySchema,
  reports: reportSchema,
} as const satisfies Record<ContentCollectionId, (ref: Ref) => z.ZodType>;


/** A JSON file (or a family of them) under `data/`, with the schema of its whole content. */
export type DataFile = {
  /** Which files: a path relative to the project, e.g. `data/regions.json`, or a RegExp. */
  match: string | RegExp;
  /** Schema of the whole file; `ref` checks references to other collections (as in content). */
  schema: (ref: Ref) => z.ZodType;
  /**
   * When the file is a list of entries of a collection (each with an `id`), its name: ids are
   * then checked for duplicates and other files may reference them.
   */
  collection?: CollectionName;
  /** Where an editor reads how to fill it. */
  guide: string;
};

/**
 * Every `data/**\/*.json` is checked as JSON; these also against a schema. The statistics files
 * (`data/indicators.json`, `data/datasets/*.json`) are checked in depth by the statistics
 * integration (`src/integrations/stats-exports.ts`, at `astro:build:start`), right after this check.
 */
export const DATA_FILES: DataFile[] = [
  {
    match: 'data/regions.json',
    // In the content check `parent` is a reference too, so a misspelt parent is reported.
    schema: (ref) => z.array(regionSchema.extend({ parent: ref('regions').optional() })).min(1),
    collection: 'regions',
    guide: 'src/schemas/region.ts',
  },
];
