/**
 * e2e setup: build the site once, serve the output on 127.0.0.1, and hand the URL to the tests.
 * The `e2e` project builds at the root into dist/; `e2e-base` builds with `BASE_PATH=/portal/` into
 * dist-base/ (its `env` in vitest.config.ts), so the same tests prove the site works under a sub-path.
 * `E2E_SKIP_BUILD=1` reuses an existing output (for quick reruns while developing).
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, siteBuild } from './build';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    basePath: string;
    /** Absolute path of the build output the server serves. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const env = { ...process.env, ...project.config.env };
  const basePath = env.BASE_PATH || '/';
  const outDir = env.E2E_OUT_DIR || 'dist';
  if (env.E2E_SKIP_BUILD !== '1') {
    const { status, output } = siteBuild(projectRoot, { BASE_PATH: basePath, SITE_URL: env.SITE_URL ?? '' }, outDir);
    if (status !== 0) throw new Error(`The site did not build (BASE_PATH=${basePath}):\n${output.slice(-4000)}`);
  }
  const distDir = join(projectRoot, outDir);
  const server = await serveStatic(distDir, basePath.endsWith('/') ? basePath : `${basePath}/`);
  project.provide('baseUrl', server.url);
  project.provide('basePath', basePath);
  project.provide('distDir', distDir);
  return () => server.close();
}
