import { describe, expect, test } from 'vitest';
import { hasFilters, readState, toggleFilter, toPagefindFilters, writeState } from '../../src/lib/search/url-state';

describe('search state in the URL', () => {
  test('round-trips the query and several values of a filter', () => {
    const state = { q: '双同步', filters: { 类别: ['政策文件', '典型案例'], 地区: ['杭州市'] } };
    const search = writeState(state);
    expect(decodeURIComponent(search)).toBe('?q=双同步&类别=政策文件&类别=典型案例&地区=杭州市');
    expect(readState(search)).toEqual(state);
  });
  test('ignores unknown parameters, empty values and repeats', () => {
    expect(readState('?q=+楼宇+&utm=x&类别=&类别=工作方法&类别=工作方法')).toEqual({ q: '楼宇', filters: { 类别: ['工作方法'] } });
  });
  test('writes nothing for an empty search', () => {
    expect(writeState({ q: ' ', filters: {} })).toBe('');
  });
  test('toggles one filter value on and off', () => {
    const on = toggleFilter({ q: 'x', filters: {} }, '年份', '2011', true);
    expect(on.filters).toEqual({ 年份: ['2011'] });
    expect(hasFilters(on.filters)).toBe(true);
    expect(toggleFilter(on, '年份', '2011', false).filters).toEqual({});
  });
  test('makes values of one filter alternatives, and can leave one filter out for its counts', () => {
    const filters = { 类别: ['政策文件', '典型案例'], 年份: ['2011'] };
    expect(toPagefindFilters(filters)).toEqual({ 类别: { any: ['政策文件', '典型案例'] }, 年份: { any: ['2011'] } });
    expect(toPagefindFilters(filters, '类别')).toEqual({ 年份: { any: ['2011'] } });
  });
});
