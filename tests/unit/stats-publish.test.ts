import { describe, expect, test } from 'vitest';
import { datasetIndex, datasetJsonSchema, publishedDataset } from '../../src/lib/stats/publish';
import { publishedDatasetSchema } from '../../src/schemas/stats';
import { buildBase } from './support/stats';

const bundle = buildBase();
const ds = bundle.datasets[0]!;

describe('JSON exports', () => {
  test('a published dataset conforms to its own schema and stands alone', () => {
    const json = publishedDataset(ds, bundle, '/portal/');
    expect(() => publishedDatasetSchema.parse(json)).not.toThrow();
    expect(json.source).toEqual({ id: 'report-a', title: '示例调研报告', url: '/portal/reports/report-a/' });
    expect(json.url).toBe('/portal/data/ok/');
    expect(json.indicators.map((i) => i.id)).toContain('rate');
    expect(json.regions.map((r) => r.id)).toEqual(['city', 'town', 'town-b']);
    expect(json.observations.every((o) => o.basis === 'reported' || o.basis === 'derived')).toBe(true);
    expect(json.observations.some((o) => 'index' in o)).toBe(false);
  });

  test('the index lists every dataset with its downloads', () => {
    const index = datasetIndex(bundle, '/');
    expect(index.datasets).toEqual([
      expect.objectContaining({ id: 'ok', csv: '/data/ok.csv', json: '/data/ok.json', url: '/data/ok/', undisclosed: 1 }),
    ]);
  });

  test('the JSON Schema describes every field, in Chinese', () => {
    const schema = datasetJsonSchema('/') as { $schema: string; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toContain('2020-12');
    for (const [name, prop] of Object.entries(schema.properties)) {
      expect(prop.description, `description of ${name}`).toBeTruthy();
    }
  });
});
