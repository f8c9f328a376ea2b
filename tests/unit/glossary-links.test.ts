/**
 * Glossary terms linked at their first use in running text (src/lib/glossary-links.ts), rendered
 * through the site's own Markdown pipeline (src/lib/markdown-pipeline.ts in Astro's processor), and
 * the term list read from the project's real glossary.
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { readGlossaryTerms, type GlossaryTerm } from '../../src/lib/glossary-links';
import { markdownPipeline } from '../../src/lib/markdown-pipeline';

const terms: GlossaryTerm[] = [
  { id: 'liang-xin-zuzhi', names: ['两新组织', '两新'] },
  { id: 'liu-qing', names: ['六清'] },
  { id: 'ic-ka-guanli', names: ['IC卡管理', 'IC卡'] },
];

async function html(markdown: string, options: { base?: string; file?: string } = {}): Promise<string> {
  const renderer = await unified(markdownPipeline(options.base ?? '/', terms)).createRenderer!({} as never);
  const fileURL = new URL(`file://${process.cwd()}/${options.file ?? 'content/methods/x.md'}`);
  return (await renderer.render(markdown, { fileURL } as never)).code.trim();
}
const link = (id: string, text: string, base = '/') => `<a href="${base}glossary/#${id}" class="term-link">${text}</a>`;

describe('glossary terms in running text', () => {
  test('the first use of a term links to its entry; later uses do not', async () => {
    expect(await html('按六清摸底。\n\n再按六清核对。')).toBe(`<p>按${link('liu-qing', '六清')}摸底。</p>\n<p>再按六清核对。</p>`);
  });

  test('once per term under any of its names, the longest name winning', async () => {
    expect(await html('两新组织的党建，两新党建，实行IC卡管理和IC卡。')).toBe(
      `<p>${link('liang-xin-zuzhi', '两新组织')}的党建，两新党建，实行${link('ic-ka-guanli', 'IC卡管理')}和IC卡。</p>`,
    );
  });

  test('never inside headings, links or code: the first use in running text after them is linked', async () => {
    const out = await html('## 六清\n\n见[六清摸底](/methods/liu-qing/)，代码 `六清`。\n\n```\n六清\n```\n\n做到六清。');
    expect(out).toContain('<h2 id="六清">六清</h2>');
    expect(out).toContain('<a href="/methods/liu-qing/">六清摸底</a>');
    expect(out).toContain('<code>六清</code>');
    expect(out).toContain(`<p>做到${link('liu-qing', '六清')}。</p>`);
    expect(out.match(/term-link/g)).toHaveLength(1);
  });

  test('inside emphasis, lists and tables the text is running text', async () => {
    expect(await html('- **六清**之后')).toBe(`<ul>\n<li><strong>${link('liu-qing', '六清')}</strong>之后</li>\n</ul>`);
  });

  test('links carry the base path of a deployment under a sub-path', async () => {
    expect(await html('六清', { base: '/portal/' })).toBe(`<p>${link('liu-qing', '六清', '/portal/')}</p>`);
  });

  test('the glossary’s own bodies get no links (they share one page)', async () => {
    expect(await html('按六清摸底。', { file: 'content/glossary/liu-qing.md' })).toBe('<p>按六清摸底。</p>');
  });
});

describe('the term list', () => {
  test('is read from content/glossary/: every term with its aliases, ids from the file names', () => {
    const read = readGlossaryTerms(process.cwd());
    expect(read.length).toBeGreaterThan(50);
    expect(read.find((t) => t.id === 'ic-ka-guanli')?.names).toEqual(['IC卡管理', 'IC卡']);
    expect(read.every((t) => /^[a-z0-9-]+$/.test(t.id) && t.names.every((n) => n.length >= 2))).toBe(true);
  });
  test('is empty, not an error, when there is no glossary', () => {
    expect(readGlossaryTerms('/nonexistent')).toEqual([]);
  });
});
