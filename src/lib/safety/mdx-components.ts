/**
 * The components an MDX body may use, and the props each accepts. This list is the whole of what
 * MDX can do on this site beyond Markdown: the page supplies the components
 * (`<Content components={mdxComponents} />`, `src/components/content/mdx-components.ts`), so an
 * MDX file needs — and may have — no `import`. Props are literal values only: a string in quotes
 * (`dataset="linpu-pilot-2011"`), and for a number prop a number in braces (`{3}`).
 *
 * Adding a component: write it in `src/components/`, add it here with its props and to
 * `src/components/content/mdx-components.ts` (the types make the two lists agree), and describe
 * it in docs/editors-guide.md.
 */

export type PropSpec = {
  type: 'string' | 'number' | 'boolean';
  required?: boolean;
  /** What to write, for the editor's message. */
  description: string;
};

export type ComponentSpec = {
  /** What the component shows, for messages and the editor's guide. */
  description: string;
  props: Record<string, PropSpec>;
  /** Whether the component may wrap content (`<X>…</X>`). */
  children: boolean;
};

export const MDX_COMPONENTS = {
  DatasetChart: {
    description: '数据集中的一张图表（带数据表和下载链接）',
    props: {
      dataset: { type: 'string', required: true, description: 'data/datasets/ 中的文件名，不带 .json' },
      chart: { type: 'string', description: '数据集 charts 中的一张图表的 id' },
      indicator: { type: 'string', description: '或者一个指标的 id，图表由数据决定' },
      title: { type: 'string', description: '替换图表的标题' },
    },
    children: false,
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];
