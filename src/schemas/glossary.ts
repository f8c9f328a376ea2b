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
      term: text.describe('术语的写法，例如“双同步”。必填。'),
      aliases: z.array(text).default([]).describe('读者会搜索的其他写法，例如“两新”“区域化党建”。只写真正同义、不会误配的说法：正文里出现别名也会链接到这个术语，搜索其中一个名称也会搜其他名称。'),
      searchTerms: z
        .array(text)
        .default([])
        .describe('读者用自己的话问这个术语、又不是它的名称时的说法，例如“党员找不到组织”之于“党组织找党员”。页面上不显示；搜索里含这句话时也会搜这个术语。'),
      definition: text.describe('简明的定义，一到三句话。必填。'),
      definitionSource: z
        .enum(Object.keys(DEFINITION_SOURCES) as [keyof typeof DEFINITION_SOURCES])
        .default('sources')
        .describe('定义出自所列来源（默认）；或者是这个词的一般含义（页面标为“通用释义”），这时在“来源中的说法”里写来源怎么说，来源只列能证明那一句的。'),
      inSources: text.optional().describe('通用释义才写：所列来源对这个词说了什么，一两句话。'),
      related: z.array(ref('glossary')).default([]).describe('相关术语。'),
      methods: z.array(ref('methods')).default([]).describe('详细说明这个术语的工作方法。'),
      policies: z.array(ref('policies')).default([]).describe('详细说明这个术语的政策文件。'),
      program: z.array(ref('program')).default([]).describe('详细说明这个术语的“五个一”条目。'),
      cases: z.array(ref('cases')).default([]).describe('详细说明这个术语的案例。'),
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
