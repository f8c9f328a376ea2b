// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import statsExports from './src/integrations/stats-exports.ts';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';

/** Where the site is deployed: `SITE_URL` (origin) and `BASE_PATH` (sub-path, e.g. `/portal/`). */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeBaseLinks, { base }]] }),
  },
  integrations: [mdx({ remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeBaseLinks, { base }]] }), sitemap(), statsExports()],
  vite: { plugins: [tailwindcss()] },
  server: { port: 4321 },
});
