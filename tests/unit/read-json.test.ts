import { describe, expect, test } from 'vitest';
import { readJson } from '../../src/lib/read-json';

function problem(text: string) {
  const result = readJson(text);
  expect(result.problems.length, `expected a problem in ${JSON.stringify(text)}`).toBeGreaterThan(0);
  return result.problems[0]!;
}

describe('readJson', () => {
  test('parses valid JSON and finds the line of any value by its path', () => {
    const result = readJson('[\n  { "id": "a",\n    "name": "甲" },\n  { "id": "b" }\n]');
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual([{ id: 'a', name: '甲' }, { id: 'b' }]);
    expect(result.lineOf([0, 'name'])).toBe(3);
    expect(result.lineOf([1])).toBe(4);
    expect(result.lineOf([1, 'missing'])).toBe(4);
  });

  test('names the usual mistakes with their line and column', () => {
    expect(problem('[\n  1,\n]')).toMatchObject({ line: 2, column: 4, message: expect.stringContaining('最后一项后面多了一个逗号') });
    expect(problem('{\n  "a": “x”\n}')).toMatchObject({ line: 2, message: expect.stringContaining('中文引号') });
    expect(problem('{ "a": 1， "b": 2 }').message).toContain('中文逗号');
    expect(problem('{ "a"： 1 }').message).toContain('中文冒号');
    expect(problem("{ 'a': 1 }").message).toContain('单引号');
    expect(problem('{ "a": 1\n  "b": 2 }')).toMatchObject({ line: 2, message: expect.stringContaining('少了一个英文逗号') });
    expect(problem('// 注释\n{}').message).toContain('注释');
    expect(problem('[1, 2').message).toContain('意外结束');
    expect(problem('  ').message).toContain('文件是空的');
  });

  test('a tab, a bad escape or a short \\u inside a string get the Chinese message at their column', () => {
    expect(problem('{\n  "a": "x\ty"\n}')).toMatchObject({ line: 2, column: 10, message: expect.stringContaining('制表符（Tab）（U+0009）') });
    expect(problem('{ "a": "\\x" }')).toMatchObject({ line: 1, column: 9, message: expect.stringContaining('反斜杠“\\x”') });
    expect(problem('{ "a": "\\u12" }')).toMatchObject({ line: 1, column: 9, message: expect.stringContaining('四位十六进制数字') });
    expect(problem('{ "a": "x\u0000" }').message).toContain('U+0000');
  });

  test('a key written twice is an error naming both lines, not a silently lost value', () => {
    const { problems, value } = readJson('{\n  "value": 587,\n  "value": 999\n}');
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, column: 3, message: expect.stringContaining('字段“value”在同一个对象里写了两次（另一次在第 2 行）') }),
    ]);
    expect(value).toEqual({ value: 999 });
  });

  test('a number that cannot be stored as written is named as written, never as Infinity', () => {
    const [p] = readJson('{ "value": 1e309 }').problems;
    expect(p!.message).toContain('1e309');
    expect(p!.message).not.toContain('Infinity');
    expect(readJson('{ "value": 1e-400 }').problems[0]!.message).toContain('变成 0');
  });

  test('accepts exactly what JSON.parse accepts, with or without a BOM', () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"x\\"y\\u4e2d"]}', '"s"', '0', '[]', '{}']) {
      expect(readJson(text)).toMatchObject({ problems: [], value: JSON.parse(text) });
      expect(readJson(`\uFEFF${text}`)).toMatchObject({ problems: [], value: JSON.parse(text) });
    }
  });
});
