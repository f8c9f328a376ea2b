/**
 * Rehype plugin: on paper a link is only its words, so each link of a body gets the address it
 * prints after them (`data-print-href`, shown by the print stylesheet in src/styles/global.css as
 * “text (address)”). Links to other sites print their own address; links within the site print
 * their public address, so only when the site has a public URL (`site`). A link whose words are
 * already its address prints nothing more; in-page anchors, mail links and the links the glossary
 * step adds to terms (a term on paper is read, not followed) print nothing. Runs after
 * rehypeBaseLinks, so internal links already carry the base path.
 */
import { TERM_LINK_CLASS } from './glossary-links';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const text = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(text).join(''));

/** The address a link prints, or undefined. */
export function printAddress(href: string, site: string | undefined): string | undefined {
  if (/^https?:\/\//i.test(href)) return href;
  if (site && href.startsWith('/') && !href.startsWith('//')) return new URL(href, site).href;
  return undefined;
}

function visit(node: Node, site: string | undefined) {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties?.href;
    const className = node.properties?.className;
    const term = Array.isArray(className) && className.includes(TERM_LINK_CLASS);
    const address = typeof href === 'string' && !term ? printAddress(href, site) : undefined;
    if (address && text(node).trim() !== address && text(node).trim() !== href) node.properties!.dataPrintHref = address;
  }
  node.children?.forEach((child) => visit(child, site));
}

export default function rehypePrintLinks(options: { site?: string }) {
  return (tree: Node) => visit(tree, options.site);
}
