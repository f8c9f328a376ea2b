/** The files of a built site: listed once, read as each step needs them. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { builtPage, type BuiltFile } from '../lib/link-check';

/** Every file below `dir`, relative to it, with `/` separators, in a stable order. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every file of a built site as the link check reads it (pages with their links and anchors). */
export async function readBuiltSite(dir: string): Promise<BuiltFile[]> {
  return Promise.all(
    (await builtFiles(dir)).map(async (path) => (path.endsWith('.html') ? builtPage(path, await readFile(join(dir, path), 'utf8')) : { path })),
  );
}
