/**
 * The content model: six collections of Markdown/MDX under `content/`, and the region registry
 * in `data/regions.json`. Schemas live in `src/schemas/`, one file per domain.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Ref } from './schemas/common';
import { caseSchema } from './schemas/case';
import { glossarySchema } from './schemas/glossary';
import { methodSchema } from './schemas/method';
import { policySchema } from './schemas/policy';
import { programSchema } from './schemas/program';
import { regionSchema } from './schemas/region';
import { reportSchema } from './schemas/report';

const ref = reference as unknown as Ref;

/** Markdown and MDX files in `content/<name>/`; the file name (without extension) is the id. */
const markdownIn = (name: string) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `./content/${name}` });

export const collections = {
  policies: defineCollection({ loader: markdownIn('policies'), schema: policySchema(ref) }),
  program: defineCollection({ loader: markdownIn('program'), schema: programSchema(ref) }),
  cases: defineCollection({ loader: markdownIn('cases'), schema: caseSchema(ref) }),
  methods: defineCollection({ loader: markdownIn('methods'), schema: methodSchema(ref) }),
  glossary: defineCollection({ loader: markdownIn('glossary'), schema: glossarySchema(ref) }),
  reports: defineCollection({ loader: markdownIn('reports'), schema: reportSchema(ref) }),
  regions: defineCollection({ loader: file('./data/regions.json'), schema: regionSchema }),
};
