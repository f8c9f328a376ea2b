/**
 * Masking stars shown as written (src/lib/safety/masks.ts): through the site's own Markdown pipeline
 * (src/lib/markdown-pipeline.ts in Astro's processor), and the content check's warning for a
 * `**` that would still hide two marks.
 */
import { unified } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/lib/markdown-body';
import { markdownPipeline } from '../../src/lib/markdown-pipeline';
import { remarkLiteralMasks } from '../../src/lib/safety/masks';

const renderer = unified(markdownPipeline('/')).createRenderer!({} as never);

async function html(markdown: string): Promise<string> {
  const fileURL = new URL(`file://${process.cwd()}/content/methods/x.md`);
  return (await (await renderer).render(markdown, { fileURL } as never)).code.trim();
}

describe('masking stars', () => {
  test('the sources’ masks are shown exactly as written, without <em>', async () => {
    for (const text of ['原文写作“*年*月*日”，日期原文隐去。', '原文为“*两新工委〔*〕*号”。', '广东省*市的调研报告提到*华贸楼宇党委等。', '数每年以*%的速度增长，*家未建立。']) {
      expect(await html(text)).toBe(`<p>${text}</p>`);
    }
  });

  test('a mask inside a link and a mask pair around a link keep the link', async () => {
    expect(await html('另有*阳经济开发区党委和[*南科技园党委](/cases/x/)；楼宇方面有*华贸楼宇党委。')).toBe(
      '<p>另有*阳经济开发区党委和<a href="/cases/x/">*南科技园党委</a>；楼宇方面有*华贸楼宇党委。</p>',
    );
  });

  test('bold with two stars still works, at a paragraph start and inside a sentence; italics around Latin text too', async () => {
    expect(await html('**一、地毯式摸底。** 镇里**重点**工作 *italic* text')).toBe(
      '<p><strong>一、地毯式摸底。</strong> 镇里<strong>重点</strong>工作 <em>italic</em> text</p>',
    );
    // A star touching Chinese punctuation counts as a mask: 〔*〕 is one.
    expect(await html('文号〔*〕，*x*')).toBe('<p>文号〔*〕，*x*</p>');
  });

  test('the same rule holds in the MDX pipeline', async () => {
    const code = String(await createProcessor({ format: 'mdx', remarkPlugins: [remarkLiteralMasks] }).process('原文写作*年*月*日。'));
    expect(code).toContain('"原文写作*年*月*日。"');
    expect(code).not.toContain('_components.em');
  });
});

describe('the content check warns where stars would still vanish', () => {
  test('** wedged between Han characters (two masked characters, or bold inside a sentence) is a warning with line, column and fix', async () => {
    const problems = await checkBody('\n\n该市**县和**区都建立了党委。\n', 'md');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 3, severity: 'warning' });
    expect(problems[0]!.message).toContain('“县和”显示为粗体');
    expect(problems[0]!.fix).toContain('\\*\\*');
  });

  test('the site’s own bold (paragraph or list-item lead-ins) and single masks give no warning', async () => {
    expect(await checkBody('**一、地毯式摸底。** 镇里以名录为底册。\n\n- **按区域兜底。** 原文写作“*年*月*日”。\n', 'md')).toEqual([]);
  });
});
