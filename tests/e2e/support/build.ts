/**
 * Runs the real build — `npm run build`'s `scripts/build.mjs`: `astro build`, then the search index and
 * the link check once Astro's process has exited — with the project's own Node, and returns its output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

type BuildResult = { status: number | null; output: string };

/**
 * The site's build (`npm run build`) in `root` (the project by default) with extra environment
 * variables, into `outDir` (relative to `root`; `dist` by default), which it replaces only when the
 * build succeeds.
 */
export function siteBuild(root = projectRoot, env: Record<string, string> = {}, outDir?: string): BuildResult {
  return runNode([`${projectRoot}scripts/build.mjs`, ...(outDir ? ['--outDir', outDir] : [])], root, env);
}

function runNode(args: string[], root: string, env: Record<string, string>): BuildResult {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    // Without Vitest's NODE_ENV=test, which would make Vite build a non-production site.
    env: { ...process.env, NODE_ENV: undefined, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A scratch copy of the project (sources, content, data, config) sharing node_modules, for builds
 * with planted mistakes or fixtures. Remove it with `rmSync(dir, { recursive: true })`.
 */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-fixture-'));
  for (const entry of ['src', 'content', 'data', 'public', 'astro.config.mjs', 'site.config.yaml', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Lays a fixture of tests/fixtures/ over a project copy (its files replace or add). */
export function overlayFixture(dir: string, fixture: string, only?: string[]) {
  const from = join(projectRoot, 'tests/fixtures', fixture);
  for (const part of only ?? ['content', 'data']) {
    try {
      cpSync(join(from, part), join(dir, part), { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

export function removeCopy(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
