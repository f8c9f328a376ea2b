import { describe, expect, test } from 'vitest';
import { closest, editDistance } from '../../src/lib/suggest';

describe('closest', () => {
  test('finds a field name with a swapped, missing or extra letter', () => {
    const fields = ['title', 'region', 'period', 'featured', 'sources', 'summary'];
    expect(closest('regoin', fields)).toBe('region');
    expect(closest('featurd', fields)).toBe('featured');
    expect(closest('Sources', fields)).toBe('sources');
  });
  test('suggests nothing when no name is close', () => {
    expect(closest('foo', ['title', 'region'])).toBeUndefined();
  });
  test('counts a Chinese character as one edit', () => {
    expect(editDistance('园 区', '园区')).toBe(1);
    expect(closest('园 区', ['园区', '楼宇'])).toBe('园区');
  });
});
