/**
 * Statistics exports. Before the build, checks every statistics file (stopping the build with
 * each problem's file, JSON path and fix); after it, writes for each dataset `/data/<id>.csv`
 * (UTF-8 with BOM) and `/data/<id>.json`, plus `/data/index.json` and `/data/schema.json`, and
 * reports what it wrote in one line. In `astro dev` a problem is logged, not thrown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildStats, StatsError, type StatsBundle } from '../lib/stats';
import { readStatsSources } from '../lib/stats/files';
import { problemsError } from './build-error';
import { datasetCsv, datasetIndex, datasetJsonSchema, publishedDataset } from '../lib/stats/publish';

function check(root: string, logger: AstroIntegrationLogger): StatsBundle {
  try {
    return buildStats(readStatsSources(root));
  } catch (error) {
    if (error instanceof StatsError) {
      logger.error(`\n${error.message}`);
      throw problemsError(error.problems, '统计数据检查');
    }
    throw error;
  }
}

export default function statsExports(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'liangxin-stats',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:server:setup': ({ logger }) => {
        try {
          check(root, logger);
        } catch {
          // Logged above; the dev server keeps running so the editor can fix the file.
        }
      },
      'astro:build:start': ({ logger }) => {
        check(root, logger);
      },
      'astro:build:done': ({ dir, logger }) => {
        const bundle = check(root, logger);
        const out = join(fileURLToPath(dir), 'data');
        mkdirSync(out, { recursive: true });
        const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
        for (const ds of bundle.datasets) {
          writeFileSync(join(out, `${ds.id}.csv`), datasetCsv(ds, bundle), 'utf8');
          writeFileSync(join(out, `${ds.id}.json`), json(publishedDataset(ds, bundle, base)), 'utf8');
        }
        writeFileSync(join(out, 'index.json'), json(datasetIndex(bundle, base)), 'utf8');
        writeFileSync(join(out, 'schema.json'), json(datasetJsonSchema(base)), 'utf8');
        const observations = bundle.datasets.reduce((n, ds) => n + ds.observations.length, 0);
        logger.info(
          `wrote ${bundle.datasets.length} datasets (${observations} observations) as CSV + JSON, index.json and schema.json to ${relative(root, out) || out}/`,
        );
      },
    },
  };
}
