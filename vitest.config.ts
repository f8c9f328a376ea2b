import { defineConfig } from 'vitest/config';

/**
 * The public URL the e2e builds are made for (canonical links, the sitemap): a reserved domain, so
 * no test could reach a real site. Without one a build writes no sitemap (site.config.yaml has none).
 */
const SITE_URL = 'https://portal.example.org';

/** Browser tests against a real build: shared by the root (`e2e`) and sub-path (`e2e-base`) runs. */
const e2e = {
  environment: 'node' as const,
  // Builds the site once, serves it on 127.0.0.1 and provides its URL to the tests.
  globalSetup: ['tests/e2e/support/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 240_000,
  // Chromium and builds share two cores: run files one at a time.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Test files share a worker's modules: the suite's time was mostly re-importing the same modules per file.
          isolate: false,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // src/site/ reads Astro's virtual module; unit tests give it entries of their own.
          alias: { 'astro:content': new URL('./tests/unit/support/astro-content.ts', import.meta.url).pathname },
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...e2e,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          env: { SITE_URL },
          sequence: { groupOrder: 1 },
        },
      },
      {
        // The same site tests on a build deployed under a sub-path. Tests that make their own builds,
        // or measure dist/ itself, run once, in `e2e`.
        test: {
          ...e2e,
          name: 'e2e-base',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/build-*.test.ts', 'tests/e2e/stats-build-errors.test.ts', 'tests/e2e/chart-budget.test.ts', 'tests/e2e/web-editor.test.ts'],
          env: { SITE_URL, BASE_PATH: '/portal/', E2E_OUT_DIR: 'dist-base' },
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
