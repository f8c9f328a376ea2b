/**
 * Astro integration: the web editor (`/admin/`, Decap CMS) — there under `npm run edit` (which sets
 * `LIANGXIN_CMS_PROXY` for `astro dev`) and in builds whose site settings configure a publishing
 * backend (`cms` in site.config.yaml), absent from every other build. Injects the page
 * (`src/cms/admin.astro`) and serves Decap's prebuilt files from the `decap-cms` package under
 * `<base>admin/decap/`: from node_modules in `astro dev`, copied into the output by a build. Nothing
 * comes from a CDN.
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCAL_BACKEND_ENV } from '../lib/cms-config';
import { ADMIN_PATH } from '../lib/csp';
import { loadSiteSettings } from '../lib/site-settings';

/** Decap's prebuilt browser files: the main script, its chunks, WebAssembly, the licence notice. */
const decapDist = () => dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const isDecapFile = (name: string) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name);

/** The folder of the editor's files under the base path. */
export const DECAP_FOLDER = `${ADMIN_PATH}decap/`;

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

/**
 * What only the editor loads, as globs below the build output: its folder, and the scripts its page
 * refers to (its own bundle in `_astro/`). Nothing when the build has no editor. The service worker
 * leaves these out of what it precaches for readers (`./offline.ts`).
 */
export async function editorOnlyFiles(outDir: string, base: string): Promise<string[]> {
  const page = await readFile(join(outDir, ADMIN_PATH, 'index.html'), 'utf8').catch(() => undefined);
  if (page === undefined) return [];
  const b = base.endsWith('/') ? base : `${base}/`;
  const scripts = [...page.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.startsWith(b));
  return [`${ADMIN_PATH}**`, ...scripts.map((src) => src.slice(b.length))];
}

/** Whether this run has the editor: `npm run edit`'s dev server, or a configured publishing backend. */
export function editorWanted(command: string, root: string): boolean {
  if (command === 'dev' && process.env[LOCAL_BACKEND_ENV]) return true;
  return Boolean(loadSiteSettings(root, process.env).settings.cms);
}

export default function webEditor(): AstroIntegration {
  let enabled = false;
  let base = '/';
  return {
    name: 'liangxin:web-editor',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        enabled = editorWanted(command, fileURLToPath(config.root));
        if (!enabled) return;
        injectRoute({ pattern: `/${ADMIN_PATH}`, entrypoint: new URL('../cms/admin.astro', import.meta.url), prerender: true });
        // Editors need no developer toolbar over the site they preview; the editor's script needs
        // pinyin-pro (ids from titles) prepared before the first visit, not on it (a reload).
        if (command === 'dev') updateConfig({ devToolbar: { enabled: false }, vite: { optimizeDeps: { include: ['pinyin-pro'] } } });
      },
      'astro:server:setup': ({ server }) => {
        if (!enabled) return;
        const dist = decapDist();
        const prefix = `${base}${DECAP_FOLDER}`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const name = normalize(path.slice(prefix.length));
          if (!isDecapFile(name)) return next();
          res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          createReadStream(join(dist, name)).on('error', () => next()).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const dist = decapDist();
        const out = join(fileURLToPath(dir), DECAP_FOLDER);
        await mkdir(out, { recursive: true });
        const files = (await readdir(dist)).filter(isDecapFile);
        await Promise.all(files.map((f) => copyFile(join(dist, f), join(out, f))));
        logger.info(`网页编辑器：/${ADMIN_PATH}（Decap CMS 的 ${files.length} 个文件，来自 npm 包 decap-cms）`);
      },
    },
  };
}
