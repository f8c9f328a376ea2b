import { describe, expect, test } from 'vitest';
import { capped, pagePath, pageParam, pageWindow, paginate } from '../../src/lib/pagination';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  test('cuts a list into pages of the given size, the last one partial', () => {
    const pages = paginate(range(120), 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages[2]).toMatchObject({ page: 3, pages: 3, total: 120, from: 101, to: 120 });
    expect(pages[1]!.items[0]).toBe(51);
  });
  test('an empty list still has one page, so the list page exists', () => {
    expect(paginate([], 50)).toEqual([{ items: [], page: 1, pages: 1, total: 0, from: 0, to: 0 }]);
  });
  test('a list of exactly one page size has one page', () => {
    expect(paginate(range(50), 50)).toHaveLength(1);
  });
  test('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(range(3), 0)).toThrow();
  });
});

describe('page paths', () => {
  test('page 1 is the list itself; later pages are below /page/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    expect(pagePath('cases/', 1)).toBe('cases/');
    expect(pagePath('cases/', 12)).toBe('cases/page/12/');
  });
});

describe('pageWindow', () => {
  test('shows every page of a short list', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
  test('shows first, last and two either side, with gaps', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
  });
  test('shows a single missing page instead of an ellipsis', () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
  });
  test('has a fixed maximum length, however many pages there are', () => {
    for (const pages of [1, 9, 90, 900]) {
      for (const current of [1, Math.ceil(pages / 2), pages]) {
        expect(pageWindow(current, pages).length).toBeLessThanOrEqual(9);
      }
    }
  });
});

describe('capped', () => {
  test('keeps the first items and counts the rest', () => {
    expect(capped(range(25), 20)).toEqual({ shown: range(20), hidden: 5 });
    expect(capped(range(3), 20)).toEqual({ shown: [1, 2, 3], hidden: 0 });
  });
});
