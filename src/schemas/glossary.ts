/** 术语: a term, its definition, and the pages that explain it. */
import { z } from 'astro/zod';
import { sources, text, type Ref } from './common';

/**
 * Where a term's definition comes from. `sources`: it says what the cited sources say. `general`:
 * the general meaning of a term in common use (通用释义), which the cited sources use but do not
 * define; the page marks it so, and `inSources` says what the sources do say.
 */
export const DEFINITION_SOURCES = {
  sources: '出自所列来源',
  general: '通用释义',
} as const;

export const glossarySchema = (ref: Ref) =>
  z
    .object({
      /** The term as written, e.g. `双同步`. Required. */
      term: text,
      /**
       * Other names of the term, e.g. `两新`, `区域化党建`. Shown beside the term, linked where a
       * body uses them, and searched as synonyms: a search for one name also searches the others.
       */
      aliases: z.array(text).default([]),
      /**
       * How readers ask for the term in their own words when that is not a name of it, e.g.
       * `党员找不到组织` for 党组织找党员. Not shown on pages; a search containing the phrase also
       * searches the term.
       */
      searchTerms: z.array(text).default([]),
      /** A plain definition in one to three sentences. Required. */
      definition: text,
      /**
       * `sources` (default): the definition restates what the cited sources say. `general`: it is
       * the term's general meaning (shown as 通用释义), not found in the cited sources; then write
       * what the sources say in `inSources`, and cite in `sources` only what holds that.
       */
      definitionSource: z.enum(Object.keys(DEFINITION_SOURCES) as [keyof typeof DEFINITION_SOURCES]).default('sources'),
      /** With a general definition: what the cited sources say about the term, in a sentence or two. */
      inSources: text.optional(),
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
    .strict()
    .superRefine((term, ctx) => {
      if (term.definitionSource === 'general' && !term.inSources) {
        ctx.addIssue({
          code: 'custom',
          path: ['inSources'],
          message: '通用释义（definitionSource: general）要在 inSources 里写明所列来源对这个词说了什么，来源只为这一句作证',
        });
      }
      if (term.definitionSource === 'sources' && term.inSources) {
        ctx.addIssue({
          code: 'custom',
          path: ['inSources'],
          message: 'inSources 只和通用释义（definitionSource: general）一起写；定义出自所列来源时，把这句话并进 definition',
        });
      }
    });
