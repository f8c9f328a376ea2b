import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownPipeline } from '../../src/lib/markdown-pipeline';
import { TABLE_SCROLL_HINT } from '../../src/lib/rehype-table-scroll';

const renderer = unified(markdownPipeline('/')).createRenderer!({} as never);
const render = async (markdown: string) => (await (await renderer).render(markdown, { fileURL: new URL('file:///x.md') } as never)).code.trim();

describe('tables in the text', () => {
  test('each table is in a focusable box named after its header row, with the hint, as a data table', async () => {
    const html = await render('| 项目 | 数字 | 说明 |\n|---|---|---|\n| 外资企业 | 4700多家 | 二十多年 |\n\n正文。\n\n| 阶段 | 时间 |\n|---|---|\n| 整体提升 | 第4季度 |\n');
    const boxes = html.match(/<div class="table-scroll"[^>]*>/g) ?? [];
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toContain('tabindex="0"');
    expect(boxes[0]).toContain('role="region"');
    expect(boxes[0]).toContain('aria-label="表格：项目、数字、说明"');
    expect(boxes[1]).toContain('aria-label="表格：阶段、时间"');
    expect(html).toContain(`<p class="table-scroll-hint" aria-hidden="true">${TABLE_SCROLL_HINT}</p><table class="data-table">`);
    expect(html).toContain('<p>正文。</p>');
  });
});
