/**
 * Two builds of the same commit give byte-identical output: the e2e build (dist/) and a second
 * build of a copy of the project in another folder. Any file that differs is listed, so a
 * timestamp, a random id or an absolute path leaking into the output shows up here.
 * (With E2E_SKIP_BUILD=1, dist/ may be older than the sources and this test may fail for that reason.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { copyProject, removeCopy, siteBuild } from './support/build';

const distDir = inject('distDir');
const basePath = inject('basePath');
let dir: string | undefined;
afterAll(() => {
  if (dir) removeCopy(dir);
});

function digest(root: string): Map<string, string> {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((p) => statSync(join(root, p)).isFile());
  return new Map(files.map((p) => [p, createHash('sha256').update(readFileSync(join(root, p))).digest('hex')]));
}

test('building the same sources twice, in two folders, gives byte-identical output', () => {
  dir = copyProject();
  const { status, output } = siteBuild(dir, { BASE_PATH: basePath });
  expect(status, output.slice(-3000)).toBe(0);
  const first = digest(distDir);
  const second = digest(join(dir, 'dist'));
  const differing = [...new Set([...first.keys(), ...second.keys()])]
    .filter((p) => first.get(p) !== second.get(p))
    .map((p) => `${p}${!first.has(p) ? ' (only in the second build)' : !second.has(p) ? ' (only in the first build)' : ''}`)
    .sort();
  expect(first.size).toBeGreaterThan(10);
  expect(differing).toEqual([]);
});
