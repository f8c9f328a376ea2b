/**
 * Defence in depth (src/lib/safety/remark-content-only.ts) inside Astro's own Markdown and MDX
 * processors (`unified()` of @astrojs/markdown-remark, as astro.config.mjs builds them): a body
 * that is code is refused with the file, line and fix before it is compiled into a module.
 * tests/e2e/build-mdx-safety.test.ts shows the same in a real build without the content check.
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { remarkLiteralMasks } from '../../src/lib/safety/masks';
import { remarkContentOnly } from '../../src/lib/safety/remark-content-only';

const processor = unified({ remarkPlugins: [remarkContentOnly, remarkLiteralMasks] });
const file = `${process.cwd()}/content/methods/x.mdx`;

async function mdx(body: string): Promise<string> {
  const renderer = await processor.createMdxRenderer!({}, { optimize: false, srcDir: new URL('../../src/', import.meta.url) } as never);
  return (await renderer.process(body, file, {})).code;
}

async function md(body: string): Promise<string> {
  const renderer = await processor.createRenderer!({} as never);
  return (await renderer.render(body, { fileURL: new URL(`file://${process.cwd()}/content/methods/x.md`) } as never)).code;
}

describe('remarkContentOnly in Astro’s pipelines', () => {
  test('MDX with import/export is refused naming the file, line and fix', async () => {
    await expect(mdx("\n\nimport fs from 'node:fs'\nexport const x = fs.readFileSync('/etc/hostname', 'utf8')\n\n{x}\n")).rejects.toThrow(
      /content\/methods\/x\.mdx 第 3 行第 1 列\n  问题：MDX 文件里不能写 import 或 export.*\n  改法：删除这 2 行[\s\S]*第 6 行第 1 列\n  问题：正文里的 \{x\}/,
    );
  });

  test('set:html and unknown components are refused', async () => {
    await expect(mdx(`<Fragment set:html='<meta http-equiv="refresh" content="0;url=https://example.com">' />\n`)).rejects.toThrow(/set:html/);
  });

  test('a javascript: link in a .md body is refused in the Markdown pipeline too', async () => {
    await expect(md('[x](&#106;avascript:alert(1))\n')).rejects.toThrow(/content\/methods\/x\.md 第 1 行第 1 列\n  问题：链接的地址 "javascript:alert\(1\)"/);
  });

  test('content passes, with masks shown as written and the allowed component compiled', async () => {
    const code = await mdx('原文写作“*年*月*日”。\n\n<DatasetChart dataset="linpu-pilot-2011" chart="danjian-goucheng" />\n');
    expect(code).toContain('原文写作“*年*月*日”。');
    expect(code).toContain('DatasetChart');
    expect(await md('**一、摸底。** 广东省*市\n')).toBe('<p><strong>一、摸底。</strong> 广东省*市</p>');
  });
});
