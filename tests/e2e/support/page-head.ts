/**
 * What a crawler that runs no JavaScript reads from a page: its `<meta>` tags, its `<link>`s and
 * its JSON-LD, parsed from the HTML with parse5 (the parser browsers' HTML standard describes).
 */
import { parse } from 'parse5';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

function* elements(node: Node): Generator<Node> {
  if (node.attrs) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  // <template> content is not part of the page.
}

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join(''));

export type PageHead = {
  /** `og:*` and `article:*`: property → content (the first of each). */
  properties: Record<string, string>;
  /** `<meta name>` → content. */
  names: Record<string, string>;
  /** `<link rel href>` with their type and title. */
  links: { rel: string; href: string; type?: string; title?: string }[];
  /** The nodes of every `<script type="application/ld+json">`, their `@graph`s flattened. */
  jsonLd: Record<string, unknown>[];
  title: string;
};

export function readHead(html: string): PageHead {
  const head: PageHead = { properties: {}, names: {}, links: [], jsonLd: [], title: '' };
  for (const el of elements(parse(html) as unknown as Node)) {
    if (el.nodeName === 'meta') {
      const property = attr(el, 'property');
      const name = attr(el, 'name');
      const content = attr(el, 'content') ?? '';
      if (property && !(property in head.properties)) head.properties[property] = content;
      if (name && !(name in head.names)) head.names[name] = content;
    } else if (el.nodeName === 'link') {
      head.links.push({ rel: attr(el, 'rel') ?? '', href: attr(el, 'href') ?? '', type: attr(el, 'type'), title: attr(el, 'title') });
    } else if (el.nodeName === 'title') {
      head.title = text(el);
    } else if (el.nodeName === 'script' && attr(el, 'type') === 'application/ld+json') {
      const doc = JSON.parse(text(el)) as Record<string, unknown>;
      head.jsonLd.push(...((doc['@graph'] as Record<string, unknown>[] | undefined) ?? [doc]));
    }
  }
  return head;
}

/** The JSON-LD node of `type` on a page, or undefined. */
export const nodeOfType = (head: PageHead, type: string) => head.jsonLd.find((n) => n['@type'] === type);

/** The PNG's width and height, from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const b = Buffer.from(bytes);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
