/** Statistics fixtures: the tiny valid project in tests/fixtures/stats/base, and ways to break it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { buildStats, StatsError, type StatsBundle } from '../../../src/lib/stats';
import { readStatsSources } from '../../../src/lib/stats/files';
import type { StatsSources } from '../../../src/lib/stats/load';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/stats/', import.meta.url));

/** The valid base project. */
export function baseSources(): StatsSources {
  return readStatsSources(`${FIXTURES}base`);
}

/** The base project plus `bad/<name>.json` as the dataset `data/datasets/<name>.json`. */
export function withBadDataset(name: string): StatsSources {
  const sources = baseSources();
  const text = readFileSync(`${FIXTURES}bad/${name}.json`, 'utf8');
  return { ...sources, datasets: [...sources.datasets, { path: `data/datasets/${name}.json`, text }] };
}

export function buildBase(): StatsBundle {
  return buildStats(baseSources());
}

/** Builds `sources`, expecting it to fail; returns the error. */
export function buildError(sources: StatsSources): StatsError {
  try {
    buildStats(sources);
  } catch (error) {
    expect(error).toBeInstanceOf(StatsError);
    return error as StatsError;
  }
  throw new Error('expected the statistics build to fail, but it succeeded');
}

/**
 * The build fails with exactly one issue, at `file` › `path`, and the whole message (what the
 * editor reads) names both.
 */
export function expectOneIssue(sources: StatsSources, file: string, path: string) {
  const error = buildError(sources);
  expect(error.problems.map((i) => `${i.file} › ${i.path}`)).toEqual([`${file} › ${path}`]);
  expect(error.message).toContain(file);
  expect(error.message).toContain(path);
  const [issue] = error.problems;
  expect(issue!.fix, 'every issue says how to fix it').toBeTruthy();
  return issue!;
}
