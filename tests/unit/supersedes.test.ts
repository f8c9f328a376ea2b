import { describe, expect, test } from 'vitest';
import { supersedeChain, supersedeCycles } from '../../src/lib/supersedes';

const node = (id: string, ...supersedes: string[]) => ({ id, supersedes });

describe('the supersede chain a policy page shows', () => {
  test('oldest first: what it replaces, itself, what replaces it', () => {
    const nodes = [node('c', 'b'), node('a'), node('b', 'a'), node('other')];
    expect(supersedeChain(nodes, 'b')).toEqual([['a'], ['b'], ['c']]);
    expect(supersedeChain(nodes, 'a')).toEqual([['a'], ['b'], ['c']]);
    expect(supersedeChain(nodes, 'other')).toEqual([['other']]);
  });
  test('two policies that replace the same one share a step', () => {
    expect(supersedeChain([node('a'), node('b', 'a'), node('c', 'a')], 'a')).toEqual([['a'], ['b', 'c']]);
  });
  test('a cycle (which the content check refuses) does not make it loop', () => {
    const nodes = [node('a', 'b'), node('b', 'a')];
    expect(supersedeCycles(nodes)).toHaveLength(1);
    expect(supersedeChain(nodes, 'a')).toEqual([['b'], ['a']]);
  });
});
