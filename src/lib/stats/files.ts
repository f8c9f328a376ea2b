/**
 * Reading the statistics from disk (for the export integration and tests): `data/indicators.json`,
 * `data/regions.json`, `data/datasets/*.json`, and the ids and titles of `content/reports/*.md(x)`.
 * Pages read the same files through Vite instead (`src/site/stats.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRef, StatsFile, StatsSources } from './load';

function read(root: string, path: string): StatsFile {
  return { path, text: readFileSync(join(root, path), 'utf8') };
}

/** The `title:` of a Markdown file's frontmatter (plain, single- or double-quoted), or undefined. */
export function frontmatterTitle(text: string): string | undefined {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const line = fm && /^title:\s*(.+?)\s*$/m.exec(fm)?.[1];
  if (!line) return undefined;
  if (line.startsWith('"') && line.endsWith('"')) return JSON.parse(line) as string;
  if (line.startsWith("'") && line.endsWith("'")) return line.slice(1, -1).replace(/''/g, "'");
  return line;
}

/** Source documents: `content/reports/<id>.md(x)`; files starting with `_` are drafts, as in the collection. */
export function readReports(root: string): ReportRef[] {
  const dir = join(root, 'content/reports');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => {
      const id = f.replace(/\.mdx?$/, '');
      return { id, title: frontmatterTitle(readFileSync(join(dir, f), 'utf8')) ?? id };
    });
}

export function readStatsSources(root: string): StatsSources {
  const datasetsDir = join(root, 'data/datasets');
  const datasets = existsSync(datasetsDir)
    ? readdirSync(datasetsDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => read(root, `data/datasets/${f}`))
    : [];
  return {
    indicators: read(root, 'data/indicators.json'),
    regions: read(root, 'data/regions.json'),
    datasets,
    reports: readReports(root),
  };
}
