// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentCheck from './src/integrations/content-check.ts';
import linkCheck from './src/integrations/link-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import statsExports from './src/integrations/stats-exports.ts';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';
import { remarkLiteralMasks } from './src/lib/safety/masks.ts';
import { remarkContentOnly } from './src/lib/safety/remark-content-only.ts';

/** Where the site is deployed: `SITE_URL` (origin) and `BASE_PATH` (sub-path, e.g. `/portal/`). */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // No inline <style>/<script>: the Content-Security-Policy (src/lib/csp.ts) allows only files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // One pipeline for .md and .mdx (MDX inherits it): remarkContentOnly refuses to compile a body
  // that is code rather than content (import/export, {expressions}, set:html, unsafe HTML or URLs,
  // src/lib/safety/body-rules.ts) even where the content check only logs (astro dev);
  // remarkLiteralMasks shows the sources' masking stars (*年*月*日) as written.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkContentOnly, remarkGfm, remarkLiteralMasks],
      rehypePlugins: [[rehypeBaseLinks, { base }]],
    }),
  },
  // contentCheck first: it reads content/ and data/ before Astro's loaders and stops on mistakes.
  // pagefindIndex indexes the finished pages; linkCheck last: it reads the finished output,
  // sitemap included.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap(),
    statsExports(),
    securityHeaders(),
    pagefindIndex(),
    linkCheck(),
  ],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  server: { port: 4321 },
});
