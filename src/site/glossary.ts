/**
 * Where each glossary term of this build is read (`src/lib/glossary-parts.ts`): one page, or a page
 * per pinyin initial past 100 terms. Every page that links a term goes through `glossaryLayoutOf()`.
 */
import { glossaryLayout, type GlossaryLayout } from '../lib/glossary-parts';
import { siteContent } from './content';

let cached: Promise<GlossaryLayout> | undefined;

/** The layout of the glossary, computed once per build. */
export function glossaryLayoutOf(): Promise<GlossaryLayout> {
  cached ??= siteContent().then(({ glossary }) => glossaryLayout(glossary.map((t) => ({ id: t.id, term: t.data.term }))));
  return cached;
}
