/**
 * Glossary terms linked where a page first uses them. A rehype step of the one Markdown pipeline
 * (`markdown-pipeline.ts`) finds the glossary's terms and aliases in a body's running text and links
 * the first use of each to its entry (`/glossary/#<id>`, or `/glossary/<letter>/#<id>` when the
 * glossary is split by initial: `glossary-parts.ts`; `rehype-base-links.ts` adds the base path).
 * Links an editor wrote to a term (`/glossary/#<id>`) are moved to the term's part the same way.
 *
 * - Running text only: nothing inside headings, links, code, preformatted text, scripts or MDX
 *   components is touched.
 * - Once per term per page: the first use of a term, under any of its names, gets the link.
 * - The longest name wins where names overlap (`两新组织` before `两新`).
 * - Bodies of the glossary itself get no links: they are shown together on the glossary page, where
 *   the same term would be linked once per entry.
 *
 * The term list is read once per build, when `astro.config.mjs` builds the pipeline
 * (`readGlossaryTerms`), not once per page. It is part of the pipeline's options, so Astro's content
 * cache (keyed on the configuration) is cleared when a term or an alias changes; `npm run dev`
 * picks up a changed term after a restart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, isUnpublishedName } from '../schemas/registry';
import { readFrontmatter } from './frontmatter';
import { glossaryLayout, type GlossaryLayout } from './glossary-parts';

/**
 * A glossary entry as the linker needs it: its id (the anchor), the term (its page follows from
 * it) and the names text may use for it.
 */
export type GlossaryTerm = { id: string; term: string; names: string[] };

/** The class of the links this step makes (styled apart, and printed without their address). */
export const TERM_LINK_CLASS = 'term-link';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Names shorter than this are too likely to be part of other words to link. */
const MIN_NAME_LENGTH = 2;

/**
 * The glossary's terms and aliases, from `content/glossary/` under `root`. A file that cannot be
 * read is skipped: the content check names it and stops the build.
 */
export function readGlossaryTerms(root: string): GlossaryTerm[] {
  const dir = join(root, COLLECTIONS.glossary.home);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((f) => /\.mdx?$/.test(f) && !isUnpublishedName(f))
    .sort()
    .flatMap((f) => {
      const id = f.replace(/\.mdx?$/, '');
      const front = readFrontmatter(readFileSync(join(dir, f), 'utf8'));
      if (!ID.test(id) || !front.ok) return [];
      const { term, aliases } = front.value.data as { term?: unknown; aliases?: unknown };
      if (typeof term !== 'string') return [];
      const all = [term, ...(Array.isArray(aliases) ? aliases : [])].filter((n): n is string => typeof n === 'string');
      return [{ id, term: term.trim(), names: all.map((n) => n.trim()).filter((n) => n.length >= MIN_NAME_LENGTH) }];
    });
}

type Node = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
};

/** Elements whose text is not running text: headings, links, code, and what is not prose. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'select', 'textarea']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher over every name, longest first, and the term each name stands for. */
function matcher(terms: readonly GlossaryTerm[]): { pattern: RegExp; idOf: Map<string, string> } | undefined {
  const idOf = new Map<string, string>();
  for (const t of terms) for (const n of t.names) if (!idOf.has(n)) idOf.set(n, t.id);
  if (idOf.size === 0) return undefined;
  const names = [...idOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { pattern: new RegExp(names.map(escape).join('|'), 'gu'), idOf };
}

type Linker = { m: NonNullable<ReturnType<typeof matcher>>; layout: GlossaryLayout };

/** The text node `value` cut into text and links, linking each term not yet in `linked`. */
function linkText(value: string, { m, layout }: Linker, linked: Set<string>): Node[] | undefined {
  const out: Node[] = [];
  let last = 0;
  for (const hit of value.matchAll(m.pattern)) {
    const id = m.idOf.get(hit[0])!;
    if (linked.has(id)) continue;
    linked.add(id);
    if (hit.index > last) out.push({ type: 'text', value: value.slice(last, hit.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `/${layout.termPath(id)}`, className: [TERM_LINK_CLASS] },
      children: [{ type: 'text', value: hit[0] }],
    });
    last = hit.index + hit[0].length;
  }
  if (out.length === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/** An editor's link to a term, `/glossary/#<id>`: its id. */
const TERM_LINK = /^\/glossary\/#(.+)$/;

function visit(node: Node, linker: Linker, linked: Set<string>) {
  if (!node.children) return;
  const children: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && child.value) {
      children.push(...(linkText(child.value, linker, linked) ?? [child]));
      continue;
    }
    const href = child.type === 'element' && child.tagName === 'a' ? child.properties?.href : undefined;
    const term = typeof href === 'string' ? TERM_LINK.exec(href)?.[1] : undefined;
    if (term) child.properties!.href = `/${linker.layout.termPath(decodeURIComponent(term))}`;
    const skipped = (child.type === 'element' && SKIP.has(child.tagName!)) || child.type.startsWith('mdxJsx');
    if (!skipped) visit(child, linker, linked);
    children.push(child);
  }
  node.children = children;
}

/** Whether a Markdown file is an entry of the glossary (its bodies are shown on the glossary page). */
const isGlossaryFile = (path: unknown) => typeof path === 'string' && path.split('\\').join('/').includes(`/${COLLECTIONS.glossary.home}`);

/**
 * The rehype plugin: links the first use of each of `terms` in a body's running text, and moves
 * links to a term to its part of the glossary.
 */
export default function rehypeGlossaryLinks(options: { terms: readonly GlossaryTerm[] }) {
  const m = matcher(options.terms);
  const layout = glossaryLayout(options.terms);
  return (tree: Node, file?: { path?: unknown }) => {
    if (!m) return;
    // The glossary's own bodies get no term links, but their links to other terms still move.
    visit(tree, { m, layout }, isGlossaryFile(file?.path) ? new Set(options.terms.map((t) => t.id)) : new Set());
  };
}
