/**
 * The one Markdown/MDX pipeline of the site (MDX inherits it), used by astro.config.mjs and by the
 * tests that render bodies as the site does:
 * - remarkContentOnly refuses to compile a body that is code rather than content (import/export,
 *   {expressions}, set:html, unsafe HTML or URLs; src/lib/safety/body-rules.ts), even where the
 *   content check only logs (astro dev);
 * - remark-gfm for tables and strikethrough;
 * - remarkLiteralMasks shows the sources' masking stars (*年*月*日) as written;
 * - rehypeGlossaryLinks links the first use of each glossary term in running text to its entry
 *   (the terms are read once, by the caller: `readGlossaryTerms` in astro.config.mjs);
 * - rehypeBaseLinks puts the deployment's base path in front of root links (the glossary's too);
 * - rehypeTableScroll puts each table in a box that scrolls sideways on a phone.
 */
import remarkGfm from 'remark-gfm';
import rehypeGlossaryLinks, { type GlossaryTerm } from './glossary-links';
import rehypeBaseLinks from './rehype-base-links';
import rehypeTableScroll from './rehype-table-scroll';
import { remarkLiteralMasks } from './safety/masks';
import { remarkContentOnly } from './safety/remark-content-only';

/** The plugins for `unified()` of @astrojs/markdown-remark, for a site deployed under `base` with the glossary's `terms`. */
export function markdownPipeline(base: string, terms: readonly GlossaryTerm[] = []) {
  return {
    remarkPlugins: [remarkContentOnly, remarkGfm, remarkLiteralMasks],
    rehypePlugins: [[rehypeGlossaryLinks, { terms }], [rehypeBaseLinks, { base }], rehypeTableScroll] as (
      | [typeof rehypeGlossaryLinks, { terms: readonly GlossaryTerm[] }]
      | [typeof rehypeBaseLinks, { base: string }]
      | typeof rehypeTableScroll
    )[],
  };
}
