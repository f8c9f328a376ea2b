// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import contentCheck from './src/integrations/content-check.ts';
import linkCheck from './src/integrations/link-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import statsExports from './src/integrations/stats-exports.ts';
import { readGlossaryTerms } from './src/lib/glossary-links.ts';
import { markdownPipeline } from './src/lib/markdown-pipeline.ts';

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
  // One pipeline for .md and .mdx (MDX inherits it): src/lib/markdown-pipeline.ts. The glossary's
  // terms, which it links at their first use, are read here: once per build.
  markdown: { processor: unified(markdownPipeline(base, readGlossaryTerms(fileURLToPath(new URL('.', import.meta.url))))) },
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
