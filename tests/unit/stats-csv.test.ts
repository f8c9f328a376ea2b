import { describe, expect, test } from 'vitest';
import { BOM, csvField } from '../../src/lib/stats/csv';
import { datasetCsv } from '../../src/lib/stats/publish';
import { buildBase } from './support/stats';

const bundle = buildBase();
const csv = datasetCsv(bundle.datasets[0]!, bundle);
const lines = csv.slice(1).trimEnd().split('\r\n');

describe('CSV export', () => {
  test('starts with a byte-order mark so that Excel reads UTF-8', () => {
    expect(csv.startsWith(BOM)).toBe(true);
  });

  test('has a header row with Chinese labels and ids', () => {
    expect(lines[0]).toBe(
      '指标 indicator,指标名称 indicator_name,地区 region,地区名称 region_name,时间 period,数值 value,单位 unit,状态 status,约数 approx,来源方式 basis,推算方法 derivation,原文 quote,说明 note',
    );
  });

  test('has one row per observation, reported and derived', () => {
    expect(lines).toHaveLength(1 + bundle.datasets[0]!.observations.length);
  });

  test('leaves an undisclosed value empty and says why in the status column', () => {
    const row = lines.find((l) => l.startsWith('orgs,') && l.includes(',town-b,'))!;
    expect(row.split(',').slice(5, 8)).toEqual(['', '家', 'undisclosed']);
  });

  test('quotes fields that hold commas, quotes or line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说“好”')).toBe('说“好”');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
  });
});
