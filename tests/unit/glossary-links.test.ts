/**
 * Glossary terms linked at their first use in running text (src/lib/glossary-links.ts), rendered
 * through the site's own Markdown pipeline (src/lib/markdown-pipeline.ts in Astro's processor), and
 * the term list read from the project's real glossary.
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { readGlossaryTerms, type GlossaryTerm } from '../../src/lib/glossary-links';
import { GLOSSARY_PAGE_TERMS } from '../../src/lib/glossary-parts';
import { markdownPipeline } from '../../src/lib/markdown-pipeline';

const terms: GlossaryTerm[] = [
  { id: 'liang-xin-zuzhi', term: '两新组织', names: ['两新组织', '两新'] },
  { id: 'liu-qing', term: '六清', names: ['六清'] },
  { id: 'ic-ka-guanli', term: 'IC卡管理', names: ['IC卡管理', 'IC卡'] },
];
/** A glossary past GLOSSARY_PAGE_TERMS: split by initial. */
const many: GlossaryTerm[] = [...terms, ...Array.from({ length: GLOSSARY_PAGE_TERMS }, (_, i) => ({ id: `x-${i}`, term: `术语${i}号`, names: [`术语${i}号`] }))];

async function html(markdown: string, options: { base?: string; file?: string; terms?: GlossaryTerm[] } = {}): Promise<string> {
  const renderer = await unified(markdownPipeline(options.base ?? '/', options.terms ?? terms)).createRenderer!({} as never);
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

  test('past 100 terms, a term links to its letter’s page, and so does a link an editor wrote to /glossary/#id', async () => {
    expect(await html('按六清摸底，见[两新组织](/glossary/#liang-xin-zuzhi)。', { terms: many, base: '/portal/' })).toBe(
      '<p>按<a href="/portal/glossary/l/#liu-qing" class="term-link">六清</a>摸底，见<a href="/portal/glossary/l/#liang-xin-zuzhi">两新组织</a>。</p>',
    );
    expect(await html('见[IC卡管理](/glossary/#ic-ka-guanli)。', { terms: many, file: 'content/glossary/liu-qing.md' })).toBe(
      '<p>见<a href="/glossary/i/#ic-ka-guanli">IC卡管理</a>。</p>',
    );
  });
});

describe('the term list', () => {
  test('is read from content/glossary/: every term with its aliases, ids from the file names', () => {
    const read = readGlossaryTerms(process.cwd());
    expect(read.length).toBeGreaterThan(50);
    expect(read.find((t) => t.id === 'ic-ka-guanli')).toEqual({ id: 'ic-ka-guanli', term: 'IC卡管理', names: ['IC卡管理', 'IC卡'] });
    expect(read.every((t) => /^[a-z0-9-]+$/.test(t.id) && t.names.every((n) => n.length >= 2))).toBe(true);
  });
  test('is empty, not an error, when there is no glossary', () => {
    expect(readGlossaryTerms('/nonexistent')).toEqual([]);
  });
});
