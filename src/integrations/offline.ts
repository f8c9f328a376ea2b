/**
 * Astro integration: offline reading. After the build, lists the files to precache with
 * workbox-build's `getManifest` (each with a revision from its content; `_astro/` files carry theirs
 * in their names), bundles the service worker (`src/scripts/offline/service-worker.ts`, Workbox) with
 * Vite, and writes it to `<base>sw.js` with that list and a build id derived from it — so two builds
 * of the same files give the same worker, and any changed file gives a new one. What is precached
 * is `src/lib/offline/precache.ts`; a precached page missing from the output stops the build.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { getManifest } from 'workbox-build';
import { PRECACHED_PAGES, pageAddress, precacheGlobs } from '../lib/offline/precache';
import { joinBase, routes } from '../lib/urls';
import { buildError } from './build-error';

const WORKER_SOURCE = fileURLToPath(new URL('../scripts/offline/service-worker.ts', import.meta.url));

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'liangxin:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { manifestEntries, count, size, warnings } = await getManifest({
          globDirectory: out,
          globPatterns: precacheGlobs(),
          modifyURLPrefix: { '': joinBase(base, '') },
          dontCacheBustURLsMatching: /\/_astro\//,
          manifestTransforms: [(entries) => ({ manifest: entries.map((e) => ({ ...e, url: pageAddress(e.url) })) })],
        });
        const listed = new Set(manifestEntries.map((e) => e.url));
        const missing = PRECACHED_PAGES.map((p) => joinBase(base, p)).filter((url) => !listed.has(url));
        if (warnings.length > 0 || missing.length > 0) {
          throw buildError('离线阅读', [...warnings, ...missing.map((url) => `要预缓存的页面 ${url} 不在构建结果中`)].join('\n'), '检查 src/lib/offline/precache.ts 中列出的页面是否都还存在。');
        }
        // Sorted, so the id and the worker do not depend on the order files were found in.
        const entries = [...manifestEntries].sort((a, b) => a.url.localeCompare(b.url));
        const buildId = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
        const worker = await bundleWorker({ __PRECACHE__: JSON.stringify(entries), __BUILD__: JSON.stringify(buildId) });
        await writeFile(new URL(routes.serviceWorker(), dir), worker);
        logger.info(`离线阅读：${routes.serviceWorker()} 预缓存 ${count} 个文件（${Math.round(size / 1024)} KB），构建 ${buildId}`);
      },
    },
  };
}

/** The worker's source as one minified classic script, with `define` substituted. */
async function bundleWorker(define: Record<string, string>): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { ...define, 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      lib: { entry: WORKER_SOURCE, formats: ['iife'], name: 'liangxinServiceWorker', fileName: () => 'sw.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('离线阅读：service worker 没有打包出来');
  return chunk.code;
}
