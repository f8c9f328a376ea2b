import { describe, expect, test } from 'vitest';
import { describeDanglingReferences, findDanglingReferences } from '../../src/lib/references';

const entries = [
  { id: 'liu-qing', collection: 'methods', filePath: 'content/methods/liu-qing.md', data: { title: '六清' } },
  {
    id: 'linpu',
    collection: 'cases',
    filePath: 'content/cases/linpu.md',
    data: {
      region: { collection: 'regions', id: 'nowhere' },
      methods: [
        { collection: 'methods', id: 'liu-qing' },
        { collection: 'methods', id: 'san-dingx' },
      ],
      figures: [{ label: 'x', value: 1 }],
    },
  },
];

describe('findDanglingReferences', () => {
  test('finds each reference whose target does not exist, with the file and the field path', () => {
    expect(findDanglingReferences(entries)).toEqual([
      { file: 'content/cases/linpu.md', field: 'region', collection: 'regions', id: 'nowhere' },
      { file: 'content/cases/linpu.md', field: 'methods[1]', collection: 'methods', id: 'san-dingx' },
    ]);
  });
  test('finds nothing when every reference resolves', () => {
    expect(findDanglingReferences(entries.slice(0, 1))).toEqual([]);
  });
});

describe('describeDanglingReferences', () => {
  test('says where to add a missing region and a missing entry', () => {
    const text = describeDanglingReferences(findDanglingReferences(entries));
    expect(text).toContain('content/cases/linpu.md：字段 region 引用了 regions 中的“nowhere”');
    expect(text).toContain('data/regions.json');
    expect(text).toContain('content/methods/');
  });
});
