#!/usr/bin/env node
/**
 * `npm run build`: a build that fails publishes nothing. Astro builds into a scratch folder beside
 * the output (`dist.partial/`); only a build that finished every step — content check, pages,
 * statistics exports, search index, link check — replaces `dist/`. A failed build's folder is
 * deleted, so `dist/` stays exactly as the last good build left it (or absent), never half-written,
 * and a deploy step that copies `dist/` cannot publish a broken site.
 *
 * Arguments go to `astro build`; `--outDir <dir>` names the output folder (default `dist`). A build
 * interrupted by Ctrl-C may leave `dist.partial/`; the next build removes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const outAt = args.indexOf('--outDir');
const out = resolve(outAt >= 0 ? args.splice(outAt, 2)[1] : 'dist');
const partial = `${out}.partial`;
const previous = `${out}.previous`;
const shown = `${relative(process.cwd(), out) || out}/`;
const remove = (dir) => rmSync(dir, { recursive: true, force: true });

remove(partial);
remove(previous);
const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
const { status } = spawnSync(process.execPath, [astro, 'build', ...args, '--outDir', partial], { stdio: 'inherit' });

if (status !== 0) {
  remove(partial);
  console.error(
    existsSync(out)
      ? `\n构建没有完成：${shown} 保持上一次成功构建的内容，没有发布任何新文件。`
      : `\n构建没有完成：没有生成 ${shown}。`,
  );
  process.exit(status ?? 1);
}
// Two renames: for an instant there is no dist/, never a mixed one.
if (existsSync(out)) renameSync(out, previous);
renameSync(partial, out);
remove(previous);
console.log(`构建完成，已写入 ${shown}`);
