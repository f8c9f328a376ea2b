/**
 * The one Markdown/MDX pipeline of the site (MDX inherits it), used by astro.config.mjs and by the
 * tests that render bodies as the site does:
 * - remarkContentOnly refuses to compile a body that is code rather than content (import/export,
 *   {expressions}, set:html, unsafe HTML or URLs; src/lib/safety/body-rules.ts), even where the
 *   content check only logs (astro dev);
 * - remark-gfm for tables and strikethrough;
 * - remarkLiteralMasks shows the sources' masking stars (*年*月*日) as written;
 * - rehypeBaseLinks puts the deployment's base path in front of root links;
 * - rehypePrintLinks gives each link the address it prints after its words (with the public URL
 *   `site` for links within the site).
 */
import remarkGfm from 'remark-gfm';
import rehypeBaseLinks from './rehype-base-links';
import rehypePrintLinks from './rehype-print-links';
import { remarkLiteralMasks } from './safety/masks';
import { remarkContentOnly } from './safety/remark-content-only';

/**
 * The plugins for `unified()` of @astrojs/markdown-remark, for a site deployed under `base` at the
 * public URL `site` (none: internal links print no address).
 */
export function markdownPipeline(base: string, site?: string) {
  return {
    remarkPlugins: [remarkContentOnly, remarkGfm, remarkLiteralMasks],
    rehypePlugins: [
      [rehypeBaseLinks, { base }],
      [rehypePrintLinks, { site }],
    ] as ([typeof rehypeBaseLinks, { base: string }] | [typeof rehypePrintLinks, { site?: string }])[],
  };
}
