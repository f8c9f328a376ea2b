import { expect, test } from 'vitest';
import { quarterLabel } from '../../src/lib/timeline';

test('quarters read as a range when they follow each other, else as a list', () => {
  expect(quarterLabel([1, 2, 3])).toBe('第1—3季度');
  expect(quarterLabel([4])).toBe('第4季度');
  expect(quarterLabel([3, 1])).toBe('第1、3季度');
  expect(quarterLabel([2, 2, 3])).toBe('第2—3季度');
});
