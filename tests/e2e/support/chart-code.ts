/**
 * The chart code in dist/: the hydration module (the one browser module that mentions
 * `data-chart-figure`) and every module it imports, statically or dynamically — except modules
 * that other code imports too (Vite's preload helper, which every dynamic import uses, e.g. the
 * search loader's): those are shared runtime, loaded whether or not a page has a chart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './build';

const DIST = join(projectRoot, 'dist');

type ChartCode = { entry: string; files: string[]; gzipBytes: number; rawBytes: number };

export function chartCode(dist = DIST): ChartCode {
  const dir = join(dist, '_astro');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const entries = js.filter((f) => readFileSync(join(dir, f), 'utf8').includes('data-chart-figure'));
  if (entries.length !== 1) throw new Error(`expected one chart hydration module in dist/_astro, found: ${entries.join(', ') || 'none'}`);
  const importsOf = (file: string) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const f of importsOf(file)) visit(f);
  };
  visit(entries[0]!);
  for (const other of js.filter((f) => !files.has(f))) {
    for (const shared of importsOf(other)) if (shared !== entries[0]) files.delete(shared);
  }
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf).length; // zlib's default level (6)
  }
  return { entry: entries[0]!, files: [...files], gzipBytes, rawBytes };
}
