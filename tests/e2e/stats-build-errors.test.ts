/**
 * A mistake in a statistics file stops the real build with a message an editor can act on: the
 * file, the JSON path, the reason and the fix, without a stack trace in the way.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { projectRoot, siteBuild } from './support/build';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-stats-'));
  scratch.push(dir);
  for (const entry of ['src', 'content', 'data', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

type Dataset = { observations: { indicator: string; region: string; value: number | null }[] };

test('a rate over 100 and a misspelt region in data files stop the build, naming each file and JSON path', () => {
  const dir = copyProject();
  const datasets = join(dir, 'data/datasets');
  const read = (name: string) => JSON.parse(readFileSync(join(datasets, name), 'utf8')) as Dataset;
  const write = (name: string, ds: Dataset) => writeFileSync(join(datasets, name), JSON.stringify(ds, null, 2));
  const indicators = JSON.parse(readFileSync(join(dir, 'data/indicators.json'), 'utf8')) as { id: string; kind: string }[];
  const rates = new Set(indicators.filter((i) => i.kind === 'rate').map((i) => i.id));
  const files = readdirSync(datasets).filter((f) => f.endsWith('.json')).sort();

  // The first reported rate of any dataset becomes 143.91 …
  const rateFile = files.find((f) => read(f).observations.some((o) => rates.has(o.indicator) && o.value !== null))!;
  expect(rateFile, 'a dataset with a rate to break').toBeDefined();
  const withRate = read(rateFile);
  const i = withRate.observations.findIndex((o) => rates.has(o.indicator) && o.value !== null);
  withRate.observations[i]!.value = 143.91;
  write(rateFile, withRate);
  // … and, in another file, the first region is misspelt.
  const regionFile = files.find((f) => f !== rateFile)!;
  const other = read(regionFile);
  other.observations[0]!.region = `${other.observations[0]!.region}-typo`;
  write(regionFile, other);

  const { status, output } = siteBuild(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(new RegExp(`data/datasets/${rateFile} 第 \\d+ 行 › observations\\[${i}\\]\\.value`));
  expect(output).toContain('比率应在 0–100 之间');
  expect(output).toMatch(new RegExp(`data/datasets/${regionFile} 第 \\d+ 行 › observations\\[0\\]\\.region`));
  expect(output).toContain(`${other.observations[0]!.region}`);
  expect(output).toContain('改法：');
  expect(output).not.toMatch(/\n\s+at buildStats/);
});
