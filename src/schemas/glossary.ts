/** 术语: a term, its definition, and the pages that explain it. */
import { z } from 'astro/zod';
import { sources, text, type Ref } from './common';

export const glossarySchema = (ref: Ref) =>
  z
    .object({
      /** The term as written, e.g. `双同步`. Required. */
      term: text,
      /** Other spellings people search for, e.g. `两新`. */
      aliases: z.array(text).default([]),
      /** A plain definition in one to three sentences. Required. */
      definition: text,
      /** Related terms (ids in `glossary`). */
      related: z.array(ref('glossary')).default([]),
      /** Pages that explain it: methods, policies, program entries, cases (ids). */
      methods: z.array(ref('methods')).default([]),
      policies: z.array(ref('policies')).default([]),
      program: z.array(ref('program')).default([]),
      cases: z.array(ref('cases')).default([]),
      /** Source documents (ids in `reports`). At least one. */
      sources: sources(ref),
    })
    .strict();
