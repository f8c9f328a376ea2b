/**
 * Publish: what `/data/` offers for download — each dataset as JSON (with the definitions of the
 * indicators and regions it uses, so the file stands alone) and CSV, an index of all datasets, and
 * the JSON Schema of the format.
 */
import { z } from 'astro/zod';
import { publishedDatasetSchema, type PublishedDataset } from '../../schemas/stats';
import { joinBase, routes } from '../urls';
import { toCsv } from './csv';
import type { ResolvedDataset, StatsBundle } from './index';

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function publishedDataset(ds: ResolvedDataset, bundle: StatsBundle, base: string): PublishedDataset {
  const used = <T>(ids: Iterable<string>, map: Map<string, T>) => [...new Set(ids)].map((id) => map.get(id)!).filter(Boolean);
  return {
    $schema: joinBase(base, routes.dataSchema()),
    id: ds.id,
    title: ds.title,
    description: ds.description,
    url: joinBase(base, routes.dataset(ds.id)),
    source: { id: ds.source.id, title: ds.source.title, url: joinBase(base, routes.report(ds.source.id)) },
    notes: ds.notes,
    indicators: used(ds.observations.map((o) => o.indicator), bundle.indicators).map(strip),
    regions: used(ds.observations.map((o) => o.region), bundle.regions).map(strip),
    observations: ds.observations.map(({ index: _index, ...o }) => strip(o)),
  };
}

export function datasetCsv(ds: ResolvedDataset, bundle: StatsBundle): string {
  const regionNames = new Map([...bundle.regions.values()].map((r) => [r.id, r.name]));
  return toCsv(ds.observations, bundle.indicators, regionNames);
}

/** `/data/index.json`: every dataset with its links and counts. */
export function datasetIndex(bundle: StatsBundle, base: string) {
  return {
    $comment: '两新党建知识库与政策门户：公开统计数据集目录',
    schema: joinBase(base, routes.dataSchema()),
    datasets: bundle.datasets.map((ds) => ({
      id: ds.id,
      title: ds.title,
      description: ds.description,
      source: { id: ds.source.id, title: ds.source.title, url: joinBase(base, routes.report(ds.source.id)) },
      url: joinBase(base, routes.dataset(ds.id)),
      csv: joinBase(base, routes.datasetCsv(ds.id)),
      json: joinBase(base, routes.datasetJson(ds.id)),
      observations: ds.observations.length,
      reported: ds.observations.filter((o) => o.basis === 'reported').length,
      derived: ds.observations.filter((o) => o.basis === 'derived').length,
      undisclosed: ds.observations.filter((o) => o.value === null).length,
    })),
  };
}

/** `/data/schema.json`: the JSON Schema (draft 2020-12) of `/data/<id>.json`, from the zod schema. */
export function datasetJsonSchema(base: string) {
  return {
    ...z.toJSONSchema(publishedDatasetSchema, { target: 'draft-2020-12' }),
    $id: joinBase(base, routes.dataSchema()),
    title: '两新党建公开统计数据集',
  };
}
