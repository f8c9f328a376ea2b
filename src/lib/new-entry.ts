/**
 * `npm run new -- <类别> <标题>`: a new entry of a collection, written from its schema
 * (`src/lib/entry-template.ts`) under an id made from the title (`src/lib/entry-id.ts`). Never
 * overwrites: the id is made unique, or a given `--id` that exists is refused.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { asciiId } from '../schemas/common';
import { COLLECTIONS, CONTENT_COLLECTION_IDS, collectionByWord, type ContentCollectionId } from '../schemas/registry';
import { FileExistsError, writeFileAtomic } from './atomic-write';
import { idFromTitle, uniqueId } from './entry-id';
import { entryText } from './entry-template';
import type { Problem } from './problems';
import { collectionFields } from './schema-fields';
import { closest } from './suggest';

/** The collections editors can name, as `政策（policies）`, for messages. */
export const collectionChoices = () =>
  CONTENT_COLLECTION_IDS.filter((c) => COLLECTIONS[c].editable)
    .map((c) => `${COLLECTIONS[c].words[0]}（${c}）`)
    .join('、');

/** The collection an editor named, or a problem that lists the choices. */
export function resolveCollection(word: string, allowed: readonly ContentCollectionId[] = CONTENT_COLLECTION_IDS): ContentCollectionId | Problem {
  const found = collectionByWord(word);
  if (found && (allowed as readonly string[]).includes(found) && COLLECTIONS[found].editable) return found as ContentCollectionId;
  const names = allowed.flatMap((c) => [c, ...COLLECTIONS[c].words]);
  const guess = closest(word, names);
  return {
    file: '命令行',
    message: `没有“${word}”这个类别。${guess ? `是不是「${guess}」？` : ''}可用的类别：${allowed.map((c) => `${COLLECTIONS[c].words[0]}（${c}）`).join('、')}。`,
  };
}

/** The field that holds an entry's name: `title`, or `term` for the glossary. */
export function titleField(collection: ContentCollectionId): string {
  return collectionFields(collection).find((f) => ['title', 'term', 'name'].includes(f.name))?.name ?? 'title';
}

/** The ids taken in a collection's folder: every file, drafts and other extensions included. */
export async function takenIds(root: string, collection: ContentCollectionId): Promise<Set<string>> {
  try {
    const names = await readdir(join(root, COLLECTIONS[collection].home));
    return new Set(names.map((n) => n.replace(/^[_.]+/, '').replace(/\.[^.]*$/, '')));
  } catch {
    return new Set();
  }
}

type Chosen = { id: string } | { problem: Problem };

/**
 * The id of a new entry: `wanted` as given (refused if taken or malformed), or one made from
 * `title` and made unique.
 */
export async function chooseId(root: string, collection: ContentCollectionId, title: string, wanted?: string, { replace = false } = {}): Promise<Chosen> {
  const taken = await takenIds(root, collection);
  const home = COLLECTIONS[collection].home;
  if (wanted !== undefined) {
    if (!asciiId.safeParse(wanted).success) {
      return { problem: { file: '命令行', path: '--id', message: `id“${wanted}”不能用：只能用小写英文字母、数字和连字符，例如 louyu-dangjian。` } };
    }
    if (taken.has(wanted) && !replace) {
      return { problem: { file: `${home}${wanted}.md`, message: `${home} 里已经有 id 为“${wanted}”的文件，不会覆盖它。`, fix: '换一个 --id，或先把原文件改名。' } };
    }
    return { id: wanted };
  }
  const base = idFromTitle(title);
  if (!base) {
    return { problem: { file: '命令行', message: `标题“${title}”里没有能转成拼音或英文的字，无法生成 id。`, fix: '用 --id 指定一个，例如 --id louyu-dangjian。' } };
  }
  return { id: uniqueId(base, (id) => taken.has(id)) };
}

type Created = { ok: true; path: string; id: string; collection: ContentCollectionId } | { ok: false; problems: Problem[] };

/** Writes `content/<collection>/<id>.md` for a new entry titled `title`. */
export async function createEntry(root: string, word: string, title: string, wantedId?: string): Promise<Created> {
  const collection = resolveCollection(word);
  if (typeof collection !== 'string') return { ok: false, problems: [collection] };
  const name = title.trim();
  if (!name) return { ok: false, problems: [{ file: '命令行', message: '缺少标题。', fix: `写成 npm run new -- ${COLLECTIONS[collection].words[0]} 标题` }] };
  const chosen = await chooseId(root, collection, name, wantedId);
  if ('problem' in chosen) return { ok: false, problems: [chosen.problem] };
  const path = `${COLLECTIONS[collection].home}${chosen.id}.md`;
  try {
    await writeFileAtomic(join(root, path), entryText(collection, { [titleField(collection)]: name }));
  } catch (error) {
    if (error instanceof FileExistsError) return { ok: false, problems: [{ file: path, message: '这个文件已经存在，不会覆盖它。', fix: '用 --id 换一个 id。' }] };
    throw error;
  }
  return { ok: true, path, id: chosen.id, collection };
}
