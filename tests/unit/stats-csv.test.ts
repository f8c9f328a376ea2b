import { describe, expect, test } from 'vitest';
import { BOM, csvField, csvText, toCsv } from '../../src/lib/stats/csv';
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

  test('a text cell that would start a formula (=, +, -, @, tab, CR) gets a leading quote, as OWASP advises', () => {
    expect(csvText('=HYPERLINK("http://x.invalid","点击")')).toBe('"\'=HYPERLINK(""http://x.invalid"",""点击"")"');
    expect(csvText('+1 见原文')).toBe("'+1 见原文");
    expect(csvText('-5 与上年相比')).toBe("'-5 与上年相比");
    expect(csvText('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvText('\t=1+1')).toBe("'\t=1+1");
    expect(csvText('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvText('党员 = 正式党员 + 预备党员')).toBe('党员 = 正式党员 + 预备党员');
    expect(csvText("'已有引号")).toBe("'已有引号");
  });

  test('every text column is neutralised; a negative number stays a number', () => {
    const [o] = bundle.datasets[0]!.observations;
    const attack = { ...o!, value: -2.5, quote: '=1+1', note: '@cmd', derivation: '-2+3' };
    const names = new Map([[o!.indicator, { name: '+党组织数', unit: '-家' }]]);
    const csv = toCsv([attack], names, new Map([[o!.region, '=地区']]));
    const [, row] = csv.slice(1).trimEnd().split('\r\n');
    const cells = row!.split(',');
    expect(cells[5]).toBe('-2.5');
    expect([cells[1], cells[3], cells[6], cells[10], cells[11], cells[12]]).toEqual(["'+党组织数", "'=地区", "'-家", "'-2+3", "'=1+1", "'@cmd"]);
  });
});
