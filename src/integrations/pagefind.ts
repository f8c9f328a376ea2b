/**
 * Builds the Pagefind search index when the Astro build is done, with Pagefind's Node API.
 * Fails the build when Pagefind reports an error or indexes fewer pages than the site has, logs one
 * line `Pagefind indexed <n> pages (<ms> ms)`, and always closes Pagefind.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import {
  indexedCounts,
  missingPagesMessage,
  shouldBeIndexed,
  SITE_LANGUAGE,
  wrongLanguageMessage,
  type PagefindEntry,
} from '../lib/search/indexable';
import { buildError } from './build-error';

type Response = { errors: string[] };

const indexError = (message: string) =>
  buildError('搜索索引构建失败', message, '搜索索引必须覆盖每个页面；按上面的说明修改页面或内容后重新构建。');

/** Logs Pagefind's errors and throws when a response carries any. */
function assertOk<T extends Response>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind (${step}): ${error}`);
    throw indexError(`Pagefind 在“${step}”一步报错（见上面的日志）。`);
  }
  return response;
}

/** Every HTML file below `root`, relative to it, with `/` separators. */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'liangxin:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        try {
          const expected: { file: string; html: string }[] = [];
          for (const file of await htmlFiles(root)) {
            const html = await readFile(join(root, file), 'utf8');
            if (shouldBeIndexed(file, html)) expected.push({ file, html });
          }
          const { index } = assertOk(await pagefind.createIndex(), 'createIndex', logger);
          if (!index) throw indexError('Pagefind 没有创建索引。');
          assertOk(await index.addDirectory({ path: root }), 'addDirectory', logger);
          const outputPath = join(root, 'pagefind');
          assertOk(await index.writeFiles({ outputPath }), 'writeFiles', logger);
          // addDirectory's page_count counts every HTML file it read, also those without a
          // data-pagefind-body; the entry file counts the pages actually in each language's index.
          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
          const counts = indexedCounts(entry);
          const indexed = counts.reduce((sum, c) => sum + c.pages, 0);
          const foreign = counts.filter((c) => c.language !== SITE_LANGUAGE);
          if (foreign.length > 0) {
            throw indexError(wrongLanguageMessage(foreign));
          }
          if (indexed < expected.length) {
            const suspects = expected.filter((p) => !p.html.includes('data-pagefind-body')).map((p) => p.file);
            throw indexError(missingPagesMessage(expected.length, indexed, suspects));
          }
          logger.info(`Pagefind indexed ${indexed} pages (${Math.round(performance.now() - started)} ms)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
