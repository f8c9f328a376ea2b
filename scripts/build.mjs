#!/usr/bin/env node
/**
 * `npm run build`: the whole build, and a build that fails publishes nothing.
 *
 * 1. `astro build` into a scratch folder beside the output (`dist.partial/`), in a process of its
 *    own: content check, pages, statistics exports, sitemap, `_headers`.
 * 2. Once that process has exited, and its memory with it, the steps after Astro
 *    (`src/build/after-astro.ts`): the search index and the link check.
 * 3. Only a build that finished every step replaces `dist/`. A failed build's folder is deleted, so
 *    `dist/` stays exactly as the last good build left it (or absent), never half-written, and a
 *    deploy step that copies `dist/` cannot publish a broken site.
 *
 * Arguments go to `astro build`; `--outDir <dir>` names the output folder (default `dist`). The
 * search index reuses the bundles of the last good output that did not change. A build interrupted
 * by Ctrl-C may leave `dist.partial/`; the next build removes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = process.cwd();
const args = process.argv.slice(2);
const outAt = args.indexOf('--outDir');
const out = resolve(outAt >= 0 ? args.splice(outAt, 2)[1] : 'dist');
const partial = `${out}.partial`;
const previous = `${out}.previous`;
const shown = `${relative(root, out) || out}/`;
const remove = (dir) => rmSync(dir, { recursive: true, force: true });

function fail(status) {
  remove(partial);
  console.error(
    existsSync(out)
      ? `\n构建没有完成：${shown} 保持上一次成功构建的内容，没有发布任何新文件。`
      : `\n构建没有完成：没有生成 ${shown}。`,
  );
  process.exit(status);
}

remove(partial);
remove(previous);
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const { status } = spawnSync(process.execPath, [astro, 'build', ...args, '--outDir', partial], { stdio: 'inherit' });
if (status !== 0) {
  // A site too large for Astro's content store fails with a message that names no file.
  const { contentStoreProblem } = await tsImport(pathToFileURL(join(root, 'src/build/content-store.ts')).href, import.meta.url);
  const problem = contentStoreProblem(root);
  if (problem) console.error(`\n${problem}`);
  fail(status ?? 1);
}

try {
  const { afterAstro } = await tsImport(pathToFileURL(join(root, 'src/build/after-astro.ts')).href, import.meta.url);
  await afterAstro({ root, out: partial, previous: out, env: process.env });
} catch (error) {
  // A step's error (src/integrations/build-error.ts) is its message and a hint; anything else is a bug.
  const { name, message, hint } = /** @type {{ name?: string, message?: string, hint?: string }} */ (error);
  console.error(hint ? `\n[ERROR] [${name}] ${message}\n  Hint:\n    ${hint}` : error);
  fail(1);
}

// Two renames: for an instant there is no dist/, never a mixed one.
if (existsSync(out)) renameSync(out, previous);
renameSync(partial, out);
remove(previous);
console.log(`构建完成，已写入 ${shown}`);
