/**
 * The build steps that run after Astro's process has exited (`scripts/build.mjs` calls
 * `afterAstro` once `astro build` has written the pages, the statistics exports, the sitemap and
 * `_headers`), so that none of them holds memory at the same time as Astro. In this order:
 *
 * 1. The search index (`search-index.ts`: Pagefind, in bundles) and, meanwhile, the link check
 *    (`link-check.ts`): each page is read once; its links and anchors are kept for the check, its
 *    indexed part is handed to Pagefind, which indexes in a process of its own while the next
 *    bundle is read. The link check gives its verdict as soon as every page has been read.
 * 2. Steps that need the search index in the output (a service worker that precaches search files,
 *    for instance) go after `writeSearchIndex`; steps that only read the pages may run beside it.
 *
 * A step stops the build by throwing (`src/integrations/build-error.ts`); `scripts/build.mjs` then
 * prints the message and publishes nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPage, type BuiltFile } from '../lib/link-check';
import { bundlePagesFrom } from '../lib/search/bundles';
import { shouldBeIndexed } from '../lib/search/indexable';
import { loadSiteSettings, type DeploymentEnv } from '../lib/site-settings';
import { builtFiles } from './built-site';
import { checkLinks } from './link-check';
import { stepLog } from './log';
import { writeSearchIndex } from './search-index';

export type AfterAstroOptions = {
  /** The project (site.config.yaml gives the base path and the public URL). */
  root: string;
  /** The folder Astro built into. */
  out: string;
  /** The last good output, whose unchanged search bundles are reused; may not exist. */
  previous?: string;
  /** SITE_URL and BASE_PATH (as for Astro), SEARCH_BUNDLE_PAGES (`bundlePagesFrom`). */
  env?: DeploymentEnv & { SEARCH_BUNDLE_PAGES?: string };
};

export async function afterAstro({ root, out, previous, env = {} }: AfterAstroOptions): Promise<void> {
  const { settings } = loadSiteSettings(root, env);
  const files = await builtFiles(out);
  const pages = files.filter((f) => f.endsWith('.html'));

  const read = new Map<string, BuiltFile>();
  let linksMs = 0;
  let allRead!: () => void;
  const everyPageRead = new Promise<void>((resolve) => (allRead = resolve));
  const readPage = async (path: string): Promise<string> => {
    const html = await readFile(join(out, path), 'utf8');
    const started = performance.now();
    read.set(path, builtPage(path, html));
    linksMs += performance.now() - started;
    if (read.size === pages.length) allRead();
    return html;
  };
  if (pages.length === 0) allRead();

  const links = everyPageRead.then(() =>
    checkLinks(
      files.map((path) => read.get(path) ?? { path }),
      settings.base ?? '/',
      settings.url,
      stepLog('link-check'),
      linksMs,
    ),
  );
  await Promise.all([
    writeSearchIndex({ out, previous, pages, read: readPage, perBundle: bundlePagesFrom(env), log: stepLog('search-index') }),
    // Pages that are never indexed (404, /search/): read for the link check alone.
    Promise.all(pages.filter((p) => !shouldBeIndexed(p)).map(readPage)),
    links,
  ]);
}
