/**
 * The entries of a site's `content/` as the build reads them (frontmatter through the project's
 * reader, fields through the collection's schema), so that tests compare pages, feeds and
 * structured data with what the editors wrote rather than with copied values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readFrontmatter } from '../../../src/lib/frontmatter';
import type { Ref } from '../../../src/schemas/common';
import { CONTENT_COLLECTIONS } from '../../../src/schemas/collections';
import { isUnpublishedName, type ContentCollectionId } from '../../../src/schemas/registry';
import { projectRoot } from './build';

const idRef: Ref = (collection) => z.string().transform((id) => ({ collection, id }));

/** The ids of the published entries of a collection. */
export function entryIds(collection: ContentCollectionId, root = projectRoot): string[] {
  return readdirSync(join(root, 'content', collection))
    .filter((f) => /\.mdx?$/.test(f) && !isUnpublishedName(f))
    .map((f) => f.replace(/\.mdx?$/, ''));
}

/** An entry's fields, as its schema gives them (dates normalised, defaults filled). */
export function entryData(collection: ContentCollectionId, id: string, root = projectRoot): Record<string, unknown> {
  const md = join(root, 'content', collection, `${id}.md`);
  const text = readFileSync(existsSync(md) ? md : `${md}x`, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const read = readFrontmatter(text);
  if (!read.ok) throw new Error(`${collection}/${id}: ${read.problems.map((p) => p.message).join('; ')}`);
  return CONTENT_COLLECTIONS[collection](idRef).parse(read.value.data) as Record<string, unknown>;
}
