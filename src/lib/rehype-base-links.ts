/**
 * Rehype plugin: editors link between pages with root paths (`/methods/liu-qing/`); this prefixes
 * them with the deployment's base path, so the same Markdown works at `/` and under `/portal/`.
 */
import { joinBase } from './urls';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

function visit(node: Node, base: string) {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties?.href;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(base)) {
      node.properties!.href = joinBase(base, href);
    }
  }
  node.children?.forEach((child) => visit(child, base));
}

export default function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: Node) => {
    if (base !== '/') visit(tree, base);
  };
}
