/**
 * The few shapes of a Markdown/MDX syntax tree (mdast, as remark and @mdx-js/mdx build it) that
 * the safety checks read, and a walk over them. Kept local so that the checks depend on the parser,
 * not on its type packages.
 */

type Point = { line: number; column: number; offset?: number };
export type Position = { start: Point; end: Point };

export type JsxAttribute = {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: Program } };
  position?: Position;
};

/** The estree program acorn builds for an MDX expression or ESM block. */
export type Program = { body: { type: string; expression?: { type: string; value?: unknown; operator?: string; argument?: { type: string; value?: unknown } } }[] };

export type MdNode = {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdNode[];
  position?: Position;
  data?: { estree?: Program };
};

/** Visits `node` and every descendant, parents before children, with the parent and the index. */
export function walk(node: MdNode, visit: (node: MdNode, parent: MdNode | undefined, index: number) => void, parent?: MdNode, index = 0) {
  visit(node, parent, index);
  node.children?.forEach((child, i) => walk(child, visit, node, i));
}
