/**
 * The one place pages read statistics from: the files under `data/` (through Vite, so the dev
 * server reloads them) and the ids of the `reports` collection, run through the same pipeline as
 * the exports (`src/lib/stats`). Loaded and checked once per build.
 */
import { buildStats, type ResolvedObservation, type StatsBundle } from '../lib/stats';
import type { StatsFile } from '../lib/stats/load';
import { isUnpublishedName } from '../schemas/registry';
import { siteContent } from './content';

const datasetFiles = import.meta.glob<string>('/data/datasets/*.json', { query: '?raw', import: 'default', eager: true });
const indicatorsText = import.meta.glob<string>('/data/indicators.json', { query: '?raw', import: 'default', eager: true });
const regionsText = import.meta.glob<string>('/data/regions.json', { query: '?raw', import: 'default', eager: true });

const asFile = (path: string, text: string | undefined): StatsFile => ({ path: path.replace(/^\//, ''), text: text ?? '' });

async function load(): Promise<StatsBundle> {
  const { reports } = await siteContent();
  return buildStats({
    indicators: asFile('/data/indicators.json', indicatorsText['/data/indicators.json']),
    regions: asFile('/data/regions.json', regionsText['/data/regions.json']),
    datasets: Object.entries(datasetFiles)
      .filter(([path]) => !isUnpublishedName(path.split('/').at(-1)!))
      .map(([path, text]) => asFile(path, text)),
    reports: reports.map((r) => ({ id: r.id, title: r.data.title })),
  });
}

let cached: Promise<StatsBundle> | undefined;

/** All statistics, checked and derived once per build. */
export function siteStats(): Promise<StatsBundle> {
  cached ??= load();
  return cached;
}

/** A highlighted figure with what it needs to be shown on its own. */
export type KeyFigure = { observation: ResolvedObservation; datasetId: string; datasetTitle: string };

/** The first highlight of each dataset (for the home page), or all highlights. */
export async function keyFigures(options: { perDataset?: number } = {}): Promise<KeyFigure[]> {
  const { datasets } = await siteStats();
  return datasets.flatMap((ds) =>
    ds.highlights.slice(0, options.perDataset ?? Infinity).map((observation) => ({ observation, datasetId: ds.id, datasetTitle: ds.title })),
  );
}
