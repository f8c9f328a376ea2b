import { describe, expect, test } from 'vitest';
import { parseJson } from '../../src/lib/json-file';

function problem(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('parseJson', () => {
  test('parses valid JSON and finds the line of any value by its path', () => {
    const result = parseJson('[\n  { "id": "a",\n    "name": "甲" },\n  { "id": "b" }\n]');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([{ id: 'a', name: '甲' }, { id: 'b' }]);
    expect(result.lineOf([0, 'name'])).toBe(3);
    expect(result.lineOf([1])).toBe(4);
    expect(result.lineOf([1, 'missing'])).toBe(4);
  });
  test('names the usual mistakes with their line and column', () => {
    expect(problem('[\n  1,\n]')).toMatchObject({ line: 3, message: expect.stringContaining('最后一项后面多了一个逗号') });
    expect(problem('{\n  "a": “x”\n}')).toMatchObject({ line: 2, message: expect.stringContaining('中文引号') });
    expect(problem('{ "a": 1， "b": 2 }').message).toContain('中文逗号');
    expect(problem('{ "a"： 1 }').message).toContain('中文冒号');
    expect(problem("{ 'a': 1 }").message).toContain('单引号');
    expect(problem('{ "a": 1\n  "b": 2 }')).toMatchObject({ line: 2, message: expect.stringContaining('少了一个英文逗号') });
    expect(problem('// 注释\n{}').message).toContain('注释');
    expect(problem('[1, 2').message).toContain('意外结束');
    expect(problem('  ').message).toContain('文件是空的');
  });
  test('accepts exactly what JSON.parse accepts', () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"x\\"y"]}', '"s"', '0', '[]', '{}']) {
      expect(parseJson(text)).toMatchObject({ ok: true, value: JSON.parse(text) });
    }
  });
});
