/**
 * e2e setup: build the site once (with `BASE_PATH` if set), serve dist/ on 127.0.0.1, and hand the
 * URL to the tests. `E2E_SKIP_BUILD=1` reuses an existing dist/ (for quick reruns while developing).
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectRoot } from './build';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    basePath: string;
  }
}

export default async function setup(project: TestProject) {
  const basePath = process.env.BASE_PATH || '/';
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const { status, output } = astroBuild();
    if (status !== 0) throw new Error(`The site did not build:\n${output.slice(-4000)}`);
  }
  const server = await serveStatic(join(projectRoot, 'dist'), basePath.endsWith('/') ? basePath : `${basePath}/`);
  project.provide('baseUrl', server.url);
  project.provide('basePath', basePath);
  return () => server.close();
}
