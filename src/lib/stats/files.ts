/**
 * Reading the statistics from disk (for the export integration and tests): `data/indicators.json`,
 * `data/regions.json`, `data/datasets/*.json` (not `_x.json` or `.x.json`: the registry's rule for unpublished files),
 * and the ids and titles of `content/reports/*.md(x)`.
 * Pages read the same files through Vite instead (`src/site/stats.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../frontmatter';
import { isUnpublishedName } from '../../schemas/registry';
import type { ReportRef, StatsFile, StatsSources } from './load';

function read(root: string, path: string): StatsFile {
  return { path, text: readFileSync(join(root, path), 'utf8') };
}

/** Source documents: `content/reports/<id>.md(x)`; unpublished names are skipped, as in the collection. */
function readReports(root: string): ReportRef[] {
  const dir = join(root, 'content/reports');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !isUnpublishedName(f) && /\.mdx?$/.test(f))
    .map((f) => {
      const id = f.replace(/\.mdx?$/, '');
      const front = readFrontmatter(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
      const title = front.ok ? front.value.data.title : undefined;
      return { id, title: typeof title === 'string' ? title : id };
    });
}

export function readStatsSources(root: string): StatsSources {
  const datasetsDir = join(root, 'data/datasets');
  const datasets = existsSync(datasetsDir)
    ? readdirSync(datasetsDir)
        .filter((f) => f.endsWith('.json') && !isUnpublishedName(f))
        .map((f) => read(root, `data/datasets/${f}`))
    : [];
  return {
    indicators: read(root, 'data/indicators.json'),
    regions: read(root, 'data/regions.json'),
    datasets,
    reports: readReports(root),
  };
}
