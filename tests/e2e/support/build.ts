/** Runs the real Astro build, with the project's own Node, and returns its output. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type BuildResult = { status: number | null; output: string };

/** `astro build` in `root` (the project by default) with extra environment variables. */
export function astroBuild(root = projectRoot, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [`${projectRoot}node_modules/astro/bin/astro.mjs`, 'build', '--root', root], {
    cwd: root,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
