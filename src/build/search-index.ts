/**
 * The search index, written after Astro's process has exited (so Astro's memory and Pagefind's
 * never add up), with Pagefind's Node API, into `pagefind/` of the output folder:
 *
 * - the pages in bundles of about `MAX_BUNDLE_PAGES` (`src/lib/search/bundles.ts`), indexed one
 *   after the other, each by a Pagefind process of its own that ends before the next starts: the
 *   memory the index needs is one bundle's, whatever the size of the site;
 * - each page given to Pagefind from memory, as the part it indexes (`indexedPart`), read once by
 *   the caller, which also checks its links meanwhile;
 * - a bundle whose pages are the same as in the last good build (same digest in its
 *   `pagefind/bundles.json`) is copied from there instead of indexed again;
 * - the primary bundle (Pagefind's script and WebAssembly, one record no query matches) and the
 *   manifest `pagefind/bundles.json` that the browser reads.
 *
 * It stops the build when Pagefind reports an error, when a page ends up outside the `zh-cn` index
 * (no `<html lang="zh-CN">`), or when a bundle holds fewer pages than it should (the message names
 * the pages without `data-pagefind-body`); it logs one line, `Pagefind indexed <n> pages (<ms> ms)`,
 * and always closes Pagefind.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pageUrl } from '../lib/link-check';
import {
  BUNDLES_FILE,
  PRIMARY_RECORD,
  bundleCount,
  bundleOf,
  bundlePath,
  indexChunkSize,
  type BundleManifest,
} from '../lib/search/bundles';
import { indexedCounts, indexedPart, missingPagesMessage, shouldBeIndexed, SITE_LANGUAGE, wrongLanguageMessage, type PagefindEntry } from '../lib/search/indexable';
import { buildError } from '../integrations/build-error';
import type { StepLog } from './log';

type Response = { errors: string[] };

const indexError = (message: string) =>
  buildError('搜索索引构建失败', message, '搜索索引必须覆盖每个页面；按上面的说明修改页面或内容后重新构建。');

/** Throws with Pagefind's errors when a response carries any. */
function assertOk<T extends Response>(response: T, step: string, log: StepLog): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) log.warn(`Pagefind (${step}): ${error}`);
    throw indexError(`Pagefind 在“${step}”一步报错：\n${response.errors.join('\n')}`);
  }
  return response;
}

/** What a merged bundle needs in the browser; the rest of what Pagefind writes is its UI. */
const BUNDLE_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|filter|fragment)$/;

/** Pagefind's version: part of every bundle's digest, with the bundle's chunk size. */
function indexerVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string };
  return `pagefind ${pkg.version}`;
}

/** A bundle's chunk size: `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` when the build sets it, else `indexChunkSize`. */
const chunkSizeFor = (pages: number): string => process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(indexChunkSize(pages));

type Page = { path: string; url: string; record: string; hasBody: boolean };

/** The pages of a bundle, read; those left out of the index on purpose are dropped. */
async function readBundle(paths: readonly string[], read: (path: string) => Promise<string>): Promise<Page[]> {
  const pages = await Promise.all(
    paths.map(async (path) => {
      const html = await read(path);
      if (!shouldBeIndexed(path, html)) return undefined;
      const part = indexedPart(html);
      return { path, url: pageUrl(path, '/'), record: part ?? html, hasBody: part !== undefined };
    }),
  );
  return pages.filter((p): p is Page => p !== undefined).sort((a, b) => a.url.localeCompare(b.url));
}

function digestOf(pages: readonly Page[], version: string): string {
  const h = createHash('sha256').update(version);
  for (const p of pages) h.update(`\0${p.url}\0${p.record}`);
  return h.digest('hex').slice(0, 16);
}

/** Pages per language of a written bundle, checked: one zh-cn index with every page. */
async function checkBundle(folder: string, pages: readonly Page[]): Promise<void> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const counts = indexedCounts(entry);
  const foreign = counts.filter((c) => c.language !== SITE_LANGUAGE);
  if (foreign.length > 0) throw indexError(wrongLanguageMessage(foreign));
  const indexed = counts.reduce((sum, c) => sum + c.pages, 0);
  if (indexed < pages.length) {
    throw indexError(missingPagesMessage(pages.length, indexed, pages.filter((p) => !p.hasBody).map((p) => p.path)));
  }
}

/** Indexes one bundle with a Pagefind process of its own, into `folder`, `chunkSize` word positions a chunk. */
async function indexBundle(folder: string, pages: readonly Page[], chunkSize: string, log: StepLog): Promise<void> {
  const inherited = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  try {
    // Pagefind's Node API starts its process with this process's environment, and reads the chunk
    // size from there only.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
    const { index } = assertOk(await pagefind.createIndex(), 'createIndex', log);
    if (!index) throw indexError('Pagefind 没有创建索引。');
    const added = await Promise.all(pages.map((p) => index.addHTMLFile({ url: p.url, content: p.record })));
    for (const a of added) assertOk(a, 'addHTMLFile', log);
    assertOk(await index.writeFiles({ outputPath: folder }), 'writeFiles', log);
  } finally {
    // Ends the Pagefind process: its memory goes before the next bundle's is taken.
    await pagefind.close();
    if (inherited === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = inherited;
  }
  for (const name of await readdir(folder)) {
    if (!BUNDLE_FILES.test(name)) await rm(join(folder, name), { recursive: true, force: true });
  }
}

/** The primary bundle: Pagefind's script and WebAssembly, and the one record no query matches. */
async function writePrimary(folder: string, log: StepLog): Promise<void> {
  try {
    const { index } = assertOk(await pagefind.createIndex(), 'createIndex', log);
    if (!index) throw indexError('Pagefind 没有创建索引。');
    const { url, content, title } = PRIMARY_RECORD;
    assertOk(await index.addCustomRecord({ url, content, language: SITE_LANGUAGE, meta: { title } }), 'addCustomRecord', log);
    assertOk(await index.writeFiles({ outputPath: folder }), 'writeFiles', log);
  } finally {
    await pagefind.close();
  }
}

async function previousManifest(previous: string | undefined): Promise<BundleManifest | undefined> {
  if (!previous) return undefined;
  try {
    return JSON.parse(await readFile(join(previous, 'pagefind', BUNDLES_FILE), 'utf8')) as BundleManifest;
  } catch {
    return undefined;
  }
}

export type SearchIndexOptions = {
  /** The output folder. */
  out: string;
  /** The last good output, whose unchanged bundles are reused; may not exist. */
  previous?: string;
  /** Every HTML file of the output, relative to it. */
  pages: readonly string[];
  /** Reads a page (the caller checks its links as it goes). */
  read: (path: string) => Promise<string>;
  /** Pages per bundle (`bundlePagesFrom`). */
  perBundle?: number;
  log: StepLog;
};

export async function writeSearchIndex({ out, previous, pages, read, perBundle, log }: SearchIndexOptions): Promise<{ pages: number; bundles: number; reused: number }> {
  const started = performance.now();
  const root = join(out, 'pagefind');
  const candidates = pages.filter((p) => shouldBeIndexed(p));
  const count = bundleCount(candidates.length, perBundle);
  const groups = Array.from({ length: count }, () => [] as string[]);
  for (const path of candidates) groups[bundleOf(path, count) - 1]!.push(path);

  const version = indexerVersion();
  const before = await previousManifest(previous);
  const manifest: BundleManifest = { bundles: [] };
  let indexed = 0;
  let reused = 0;
  await mkdir(root, { recursive: true });
  // While Pagefind indexes a bundle, the next one is read (and its links checked).
  let next: Promise<Page[]> | undefined = readBundle(groups[0]!, read);
  try {
    for (let n = 1; n <= count; n++) {
      const bundle: Page[] = await next!;
      next = n < count ? readBundle(groups[n]!, read) : undefined;
      const path = bundlePath(n);
      const folder = join(root, path);
      const chunkSize = chunkSizeFor(bundle.length);
      const digest = digestOf(bundle, `${version} chunk ${chunkSize}`);
      const old = before?.bundles.find((b) => b.path === path);
      if (old?.digest === digest && existsSync(join(previous!, 'pagefind', path, 'pagefind-entry.json'))) {
        await cp(join(previous!, 'pagefind', path), folder, { recursive: true });
        reused++;
      } else {
        await indexBundle(folder, bundle, chunkSize, log);
      }
      await checkBundle(folder, bundle);
      manifest.bundles.push({ path, pages: bundle.length, digest });
      indexed += bundle.length;
    }
    await writePrimary(root, log);
  } finally {
    next?.catch(() => {}); // a bundle read ahead of a failure: its error is not the build's
    await pagefind.close();
  }
  await writeFile(join(root, BUNDLES_FILE), `${JSON.stringify(manifest)}\n`);
  if (count > 1 || reused > 0) log.info(`${count} 个索引分包（每包约 ${Math.ceil(indexed / count)} 页），${reused} 个与上次构建相同、直接沿用`);
  log.info(`Pagefind indexed ${indexed} pages (${Math.round(performance.now() - started)} ms)`);
  return { pages: indexed, bundles: count, reused };
}
