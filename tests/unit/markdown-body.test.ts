/**
 * The body rules (src/lib/markdown-body.ts → src/lib/safety/body-rules.ts): MDX is content, not
 * code, and neither `.md` nor `.mdx` may carry unsafe HTML or script-capable URLs. Each rule: the
 * construct as written, its line and column, and a fix in Chinese.
 */
import { describe, expect, test } from 'vitest';
import { checkBody, mayBreakRules } from '../../src/lib/markdown-body';
import type { FileProblem as BodyProblem } from '../../src/lib/problems';

/** The one problem `body` (its first line is line 1) gives, or fails listing them all. */
async function only(body: string, format: 'md' | 'mdx' = 'mdx'): Promise<BodyProblem> {
  const problems = await checkBody(body, format);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!;
}

describe('MDX may not hold code', () => {
  test('import and export are refused, with the construct, its line and the fix (no import needed)', async () => {
    const p = await only("\n\nimport fs from 'node:fs';\nexport const x = fs.readFileSync('/etc/hostname','utf8') + process.env.HOME\n\n正文\n");
    expect(p).toMatchObject({ line: 3, column: 1 });
    expect(p.message).toContain("import fs from 'node:fs'");
    expect(p.message).toContain('import 或 export');
    expect(p.fix).toContain('删除这 2 行');
    expect(p.fix).toContain('不需要 import');
  });

  test('the old chart import is refused too: components come from the page', async () => {
    const p = await only("import DatasetChart from '../../src/components/charts/DatasetChart.astro';\n\n<DatasetChart dataset=\"x\" />\n");
    expect(p).toMatchObject({ line: 1, column: 1 });
    expect(p.fix).toContain('<DatasetChart … />');
  });

  test('{expressions} in text and as blocks are refused; comment-only braces are allowed', async () => {
    const p = await only('段落 {process.env.HOME} 结束\n\n{/* 编辑注释 */}\n');
    expect(p).toMatchObject({ line: 1, column: 4 });
    expect(p.message).toContain('{process.env.HOME}');
    expect(p.fix).toContain('\\{');
    const block = await only('\n{globalThis.fetch("x")}\n');
    expect(block).toMatchObject({ line: 2, column: 1 });
  });

  test('set:html on <Fragment> is refused twice: the component and the directive', async () => {
    const problems = await checkBody(`正文\n\n<Fragment set:html='<meta http-equiv="refresh" content="0;url=https://example.com">' />\n`, 'mdx');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[3, 1], [3, 11]]);
    expect(problems[0]!.message).toContain('<Fragment> 不是本站允许的组件');
    expect(problems[1]!.message).toContain('set:html');
    expect(problems[1]!.fix).toContain('删除 set:html');
  });

  test('set:text, is:raw, is:inline and client: directives are refused on any element', async () => {
    for (const directive of ['set:text="x"', 'is:raw', 'is:inline', 'client:load']) {
      const problems = await checkBody(`<DatasetChart dataset="linpu-pilot-2011" ${directive} />\n`, 'mdx');
      expect(problems, directive).toHaveLength(1);
      expect(problems[0]!.message).toContain(directive.split('=')[0]);
      expect(problems[0]!.column).toBe(42);
    }
  });

  test('only allowlisted components, with their own props, as literals', async () => {
    expect(await checkBody('<DatasetChart dataset="linpu-pilot-2011" chart="danjian-goucheng" />\n', 'mdx')).toEqual([]);
    expect(await checkBody('<DatasetChart dataset={"linpu-pilot-2011"} />\n', 'mdx')).toEqual([]);
    const other = await only('<Chart data="x" />\n');
    expect(other.message).toContain('<Chart> 不是本站允许的组件');
    expect(other.fix).toContain('DatasetChart');
    const prop = await only('<DatasetChart dataset="a" colour="red" />\n');
    expect(prop).toMatchObject({ line: 1, column: 27 });
    expect(prop.fix).toContain('dataset、chart、indicator、title');
    const missing = await only('<DatasetChart chart="a" />\n');
    expect(missing.message).toContain('缺少必填的属性 dataset');
    const code = await only('<DatasetChart dataset={process.env.X} />\n');
    expect(code.message).toContain('dataset={process.env.X}');
    const spread = await only('<DatasetChart dataset="a" {...props} />\n');
    expect(spread.message).toContain('{...props}');
    const number = await only('<DatasetChart dataset="a" chart={3} />\n');
    expect(number.message).toContain('带引号的文字');
    const children = await only('<DatasetChart dataset="a">文字</DatasetChart>\n');
    expect(children.message).toContain('不能包含内容');
  });

  test('member and namespaced names are not components, and case counts', async () => {
    expect((await only('<datasetChart dataset="a" />\n')).message).toContain('<datasetChart>');
    expect((await only('<x.y />\n')).message).toContain('<x.y> 不是本站允许的组件');
  });

  test('a parse error names line, column and how to write < and {', async () => {
    const p = await only('\n党员人数<3的企业\n');
    expect(p.line).toBe(2);
    expect(p.column).toBeGreaterThan(0);
    expect(p.message).toContain('MDX 写法有误');
    expect(p.fix).toContain('\\<');
  });
});

describe('HTML in .md and in MDX', () => {
  test('<script>, <iframe>, <meta>, <style>, <object>, <embed>, <base>, <link>, <form> are refused by name', async () => {
    for (const tag of ['script', 'iframe', 'meta', 'style', 'object', 'embed', 'base', 'link', 'form']) {
      const md = await only(`第一行\n\n<${tag}></${tag}>\n`, 'md');
      expect(md, tag).toMatchObject({ line: 3, column: 1 });
      expect(md.message).toContain(`<${tag}>`);
      expect(md.fix).toContain('删除这段 HTML');
    }
    const mdx = await only('文字 <iframe src="https://example.com"></iframe>\n');
    expect(mdx).toMatchObject({ line: 1, column: 4 });
  });

  test('case does not hide an element: <ScRiPt> in .md, <scRipt> in MDX', async () => {
    expect((await only('<ScRiPt>alert(1)</ScRiPt>\n', 'md')).message).toContain('<ScRiPt>');
    expect((await only('<scRipt>x</scRipt>\n')).message).toContain('<scRipt>');
  });

  test('on* attributes and style, each at its own column, in HTML and in MDX', async () => {
    const problems = await checkBody('<p style="color:red" onclick="steal()">红字</p>\n', 'md');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[1, 4], [1, 22]]);
    expect(problems[0]!.message).toContain('style="color:red"');
    expect(problems[1]!.message).toContain('onclick="steal()"');
    const jsx = await only('<span onMouseOver="x()">a</span>\n');
    expect(jsx.message).toContain('事件属性');
  });

  test('attributes outside the allowlist (id, class) are refused; allowed HTML passes', async () => {
    expect((await only('<span class="sr-only">藏起来</span>\n', 'md')).message).toContain('class');
    expect(await checkBody('H<sub>2</sub>O，<abbr title="中国共产党">中共</abbr>\n', 'md')).toEqual([]);
    expect(await checkBody('<a href="https://www.gov.cn/">政府网</a>\n', 'md')).toEqual([]);
  });

  test('code blocks and inline code are text, not HTML', async () => {
    expect(await checkBody('```html\n<script>x</script>\n```\n\n`<iframe>`\n', 'md')).toEqual([]);
  });
});

describe('script-capable URLs', () => {
  test('[x](JaVaScRiPt:alert(1)) and [x](&#106;avascript:alert(1)) are refused with line and column', async () => {
    const problems = await checkBody('正文\n\n见 [x](JaVaScRiPt:alert(1)) 和 [y](&#106;avascript:alert(1))。\n', 'md');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[3, 3], [3, 30]]);
    expect(problems[0]!.message).toContain('"JaVaScRiPt:alert(1)"');
    expect(problems[0]!.message).toContain('javascript:');
    expect(problems[1]!.message).toContain('javascript:');
    expect(problems[0]!.fix).toContain('https://');
  });

  test('hex references, tabs and spaces in the scheme, vbscript: and data: in images and definitions', async () => {
    const cases: [string, string][] = [
      ['[x](&#x6A;avascript:alert(1))', 'javascript'],
      ['[x](java&#x09;script:alert(1))', 'javascript'],
      ['[x]( javascript:alert(1))', 'javascript'],
      ['[x](vbscript:msgbox(1))', 'vbscript'],
      ['![图](data:image/svg+xml;base64,PHN2Zz4=)', 'data'],
      ['[x]\n\n[x]: JAVASCRIPT:alert(1)', 'javascript'],
      ['<javascript:alert(1)>', 'javascript'],
    ];
    for (const [body, scheme] of cases) {
      const p = await only(`${body}\n`, 'md');
      expect(p.message, body).toContain(`${scheme}:`);
    }
  });

  test('in raw HTML: entities, control characters and case inside href and src', async () => {
    const problems = await checkBody('<a href="&#106;ava&#x0D;script:x">a</a> <img src=" DATA:text/html,x" alt="">\n', 'md');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[1, 4], [1, 46]]);
    expect(problems[0]!.message).toContain('javascript:');
    expect(problems[1]!.message).toContain('data:');
    const mdx = await only('<a href="javascript:alert(1)">x</a>\n');
    expect(mdx).toMatchObject({ line: 1, column: 4 });
    // A literal in braces is read as its value: the scheme is still seen.
    expect((await only('<a href={"JAVASCRIPT:alert(1)"}>x</a>\n')).message).toContain('javascript:');
    const onerror = await only('<img src="/x.png" alt="" onerror="alert(1)">\n', 'md');
    expect(onerror).toMatchObject({ line: 1, column: 26 });
    expect(onerror.message).toContain('onerror="alert(1)"');
  });

  test('web, mail, phone and site links pass', async () => {
    expect(await checkBody('[a](https://x.cn/) [b](/methods/liu-qing/) [c](#top) [d](mailto:a@b.cn) [e](tel:123) [f](../x/)\n', 'md')).toEqual([]);
  });

  test('other schemes are refused as not web links', async () => {
    const p = await only('[x](file:///etc/passwd)\n', 'md');
    expect(p.message).toContain('file: 协议');
  });
});

describe('which Markdown bodies are parsed at all', () => {
  test('plain text, bold lead-ins, site and web links need no parse; anything that could break a rule does', () => {
    expect(mayBreakRules('**一、摸底。** 见[六清](/methods/liu-qing/)和[政府网](https://www.gov.cn/)：原文“*年*月*日”。')).toBe(false);
    for (const risky of ['<b>x</b>', '[x](javascript:alert(1))', '[x](java\tscript:x)', '[x](javascript&#58;x)', '该市**县和**区', '[x]: vbscript:x']) {
      expect(mayBreakRules(risky), risky).toBe(true);
    }
  });
});
