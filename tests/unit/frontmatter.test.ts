import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';

const problems = (text: string) => readFrontmatter(text).problems;

describe('readFrontmatter', () => {
  test('reads fields as Astro does and records the line of each field and where the body starts', () => {
    const result = readFrontmatter('---\ntitle: 六清\nsteps:\n  - 一\n---\n\n正文');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data).toEqual({ title: '六清', steps: ['一'] });
    expect(result.value.fieldLines.get('steps')).toBe(3);
    expect(result.value.bodyLine).toBe(6);
    expect(result.value.bodyWithLines.split('\n')[6]).toBe('正文');
  });
  test('explains tabs, a missing space after the colon and a full-width space', () => {
    expect(problems('---\ntitle: a\n\tsummary: b\n---')).toEqual([{ line: 3, message: expect.stringContaining('Tab') }]);
    expect(problems('---\ntitle:六清\n---')).toEqual([{ line: 2, message: expect.stringContaining('title: 六清') }]);
    expect(problems('---\ntitle:\u3000六清\n---')[0]!.message).toContain('全角空格');
  });
  test('leaves colons inside block text alone', () => {
    expect(problems('---\nsummary: |\n  note：这是正文\n---')).toEqual([]);
  });
  test('recognises separators typed with a Chinese input method, and a missing one', () => {
    expect(problems('——\ntitle: a\n---')[0]!.message).toContain('三个英文减号');
    expect(problems('title: a\n')[0]!.message).toContain('缺少文件头');
    expect(problems('---\ntitle: a\n')[0]!.message).toContain('没有结束');
    expect(problems('---\n---\n')[0]!.message).toContain('文件头是空的');
    expect(problems('---\n- a\n---\n')[0]!.message).toContain('字段: 值');
  });
  test('names a field written twice', () => {
    expect(problems('---\ntitle: a\ntitle: b\n---')).toEqual([{ line: 3, message: expect.stringContaining('字段 title 写了两次') }]);
  });
  test('accepts a quoted value starting with *', () => {
    expect(problems('---\nplace: "*市"\n---')).toEqual([]);
  });
});
