/**
 * A scratch copy of the project to build benchmark content in: everything the build reads (src,
 * public, data, config …) copied, content/ left to the generator, and node_modules as a folder of
 * links to the project's packages. That folder is real, so Astro's cache (`node_modules/.astro`)
 * and Vite's stay inside the scratch copy and never touch the project's own. The copy is a git
 * work tree (empty), so tools that honour .gitignore see the same files as in the project.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries that are not copied: outputs, caches, tests, the bundled content. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'bench-out', 'content', 'tests', 'docs', 'tmp', 'coverage']);
/** Caches inside node_modules that must stay per copy. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache', '.vitest']);

export function prepareScratch(projectRoot, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (SKIP.has(entry) || entry.endsWith('.log')) continue;
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (OWN_CACHES.has(entry)) continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
  }
  // Tailwind's class scanner honours .gitignore only inside a git work tree; without one it would
  // scan node_modules and ship every utility class it finds there.
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

/** Removes what a build leaves for the next one in a project folder (outputs, Astro's and Vite's caches): the next build is cold. */
export function coldStart(dir) {
  for (const leftover of ['dist', 'dist.partial', 'dist.previous', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(dir, leftover), { recursive: true, force: true });
  }
}
