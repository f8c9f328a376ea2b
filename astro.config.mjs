// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import offline from './src/integrations/offline.ts';
import publicUrl from './src/integrations/public-url.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import statsExports from './src/integrations/stats-exports.ts';
import webEditor from './src/integrations/web-editor.ts';
import { ADMIN_PATH, EMBED_PATH } from './src/lib/csp.ts';
import { readGlossaryTerms } from './src/lib/glossary-links.ts';
import { markdownPipeline } from './src/lib/markdown-pipeline.ts';
import { joinBase, routes } from './src/lib/urls.ts';
import { loadSiteSettings } from './src/lib/site-settings.ts';

/**
 * Where the site is deployed: `url` and `base` of site.config.yaml, overridden by the environment
 * variables `SITE_URL` (origin) and `BASE_PATH` (sub-path, e.g. `/portal/`). Without a public URL
 * the build writes no absolute address (no canonical links, no sitemap) and says so once. Mistakes
 * in the file are reported by the content check with the rest.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const { settings } = loadSiteSettings(root, process.env);
const site = settings.url;
const base = settings.base ?? '/';
/**
 * Pages left out of the sitemap: the embeddable charts (/embed/), for other sites' frames, the
 * offline page, which the service worker shows, and the web editor (/admin/). None is a page for
 * search engines.
 */
const isUnlisted = (/** @type {string} */ path) =>
  path.startsWith(joinBase(base, EMBED_PATH)) || path.startsWith(joinBase(base, ADMIN_PATH)) || path === joinBase(base, routes.offline());

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // No inline <style>/<script>: the Content-Security-Policy (src/lib/csp.ts) allows only files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // One pipeline for .md and .mdx (MDX inherits it): src/lib/markdown-pipeline.ts. The glossary's
  // terms, which it links at their first use, are read here: once per build. The public URL gives
  // body links the address they print.
  markdown: { processor: unified(markdownPipeline(base, readGlossaryTerms(root), site)) },
  // contentCheck first: it reads content/ and data/ before Astro's loaders and stops on mistakes.
  // offline writes the service worker over the finished pages (it precaches no search file: the
  // worker keeps those as they are read). The search index and the link check run after Astro's
  // process has exited (scripts/build.mjs, src/build/after-astro.ts), so their memory and Astro's
  // never add up.
  integrations: [
    contentCheck(),
    publicUrl(),
    mdx(),
    // The sitemap's addresses are absolute: without a public URL there is none (publicUrl says so).
    ...(site ? [sitemap({ filter: (page) => !isUnlisted(new URL(page).pathname) })] : []),
    // /admin/ only under npm run edit and with a publishing backend in the site settings.
    webEditor(),
    statsExports(),
    securityHeaders(),
    offline(),
  ],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  server: { port: 4321 },
});
