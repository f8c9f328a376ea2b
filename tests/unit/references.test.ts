import { describe, expect, test } from 'vitest';
import { danglingProblems, findDanglingReferences } from '../../src/lib/references';

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

describe('danglingProblems', () => {
  test('says where to add a missing region and a missing entry', () => {
    const problems = danglingProblems(findDanglingReferences(entries));
    expect(problems[0]).toMatchObject({ file: 'content/cases/linpu.md', path: 'region', message: expect.stringContaining('引用了 regions 中的“nowhere”') });
    expect(problems.map((p) => p.fix).join('\n')).toContain('data/regions.json');
    expect(problems.map((p) => p.fix).join('\n')).toContain('content/methods/');
  });
});
