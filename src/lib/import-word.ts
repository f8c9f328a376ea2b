/**
 * `npm run import:word -- <file.docx> [--as policies|reports|cases] [--id x] [--force]`: a Word
 * document as a new entry. The file is identified by its bytes (`src/lib/office-file.ts`),
 * converted (`src/lib/word-to-markdown.ts`), its fields mapped to the collection's and the rest
 * left as placeholders (`src/lib/entry-template.ts`), and written in one step — or nothing is
 * written. An existing entry is replaced only with `force`.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { asciiId } from '../schemas/common';
import { COLLECTIONS, type ContentCollectionId } from '../schemas/registry';
import { writeFileAtomic } from './atomic-write';
import { idFromTitle } from './entry-id';
import { entryText } from './entry-template';
import { resolveCollection, titleField } from './new-entry';
import { officeKind, wrongKind } from './office-file';
import type { Problem } from './problems';
import { collectionFields } from './schema-fields';
import { convertWord, type DocumentFields, type WordConversion } from './word-to-markdown';

/** The collections a document can become. */
export const WORD_TARGETS = ['policies', 'reports', 'cases'] as const satisfies readonly ContentCollectionId[];

/** Which field of each collection a recognised part of the document fills. */
const FIELD_FOR: Record<(typeof WORD_TARGETS)[number], Partial<Record<keyof DocumentFields, string>>> = {
  policies: { title: 'title', issuer: 'issuer', docNumber: 'docNumber', recipients: 'recipients', date: 'issuedAt' },
  reports: { title: 'title', issuer: 'publisher', date: 'date' },
  cases: { title: 'title' },
};

export type ImportWordOptions = { as?: string; id?: string; force?: boolean };

export type ImportedWord = {
  ok: true;
  path: string;
  collection: ContentCollectionId;
  /** The fields filled from the document, by field name. */
  values: Record<string, unknown>;
  /** Labels of the required fields left as placeholders. */
  toFill: string[];
  /** The paragraphs taken out of the body because they became fields. */
  taken: string[];
  /** Whether an existing entry was replaced (`force`). */
  replaced: boolean;
  /** What the editor should look at: pictures skipped, text that may be missing … */
  warnings: Problem[];
};

type Result = ImportedWord | { ok: false; problems: Problem[] };

/** The file of an existing entry with this id, whatever its extension. */
async function existingFile(root: string, collection: ContentCollectionId, id: string): Promise<string | undefined> {
  const names = await readdir(join(root, COLLECTIONS[collection].home)).catch(() => [] as string[]);
  const name = names.find((n) => n.replace(/^[_.]+/, '').replace(/\.[^.]*$/, '') === id);
  return name && `${COLLECTIONS[collection].home}${name}`;
}

/** Imports the document `bytes` (named `shownPath` in messages) into the project at `root`. */
export async function importWord(root: string, shownPath: string, bytes: Uint8Array, options: ImportWordOptions = {}): Promise<Result> {
  const fail = (p: Omit<Problem, 'file'> & { file?: string }): Result => ({ ok: false, problems: [{ file: shownPath, ...p }] });
  const target = resolveCollection(options.as ?? 'policies', WORD_TARGETS);
  if (typeof target !== 'string') return { ok: false, problems: [{ ...target, file: '命令行', path: '--as' }] };
  const collection = target as (typeof WORD_TARGETS)[number];

  const wrong = wrongKind(officeKind(bytes), 'word');
  if (wrong) return fail(wrong);
  let conv: WordConversion;
  try {
    conv = await convertWord(bytes);
  } catch (error) {
    return fail({
      message: `文件已损坏，读不出来（${error instanceof Error ? error.message.split('\n')[0] : String(error)}）。`,
      fix: '请在 Word 或 WPS 里打开它：能打开的话“另存为”一个新的 .docx 再导入；打不开就请对方重新发送。',
    });
  }
  if (!conv.markdown.trim() && !conv.fields.title) return fail({ message: '文件里没有文字。', fix: '请确认选对了文件；扫描件（图片）里的文字需要先识别成文字。' });

  const warnings: Problem[] = conv.warnings.map((w) => ({ file: shownPath, severity: 'warning', ...w }));
  const title = conv.fields.title ?? basename(shownPath).replace(/\.[^.]*$/, '').trim();
  if (!conv.fields.title) {
    warnings.push({ file: shownPath, severity: 'warning', message: `文件开头没有找到标题，暂用文件名“${title}”作标题。`, fix: '请在导入后的文件里核对 title。' });
  }
  const values: Record<string, unknown> = {};
  for (const [part, field] of Object.entries(FIELD_FOR[collection])) {
    const value = part === 'title' ? title : conv.fields[part as keyof DocumentFields];
    if (value !== undefined) values[field] = value;
  }
  values[titleField(collection)] = title;
  if (collection === 'policies') values.text = 'full';

  const id = options.id ?? idFromTitle(title);
  if (!asciiId.safeParse(id).success) {
    return fail({
      file: '命令行',
      path: options.id === undefined ? undefined : '--id',
      message: options.id === undefined ? `标题“${title}”里没有能转成拼音或英文的字，无法生成 id。` : `id“${id}”不能用：只能用小写英文字母、数字和连字符。`,
      fix: '用 --id 指定一个，例如 --id louyu-dangjian。',
    });
  }
  const path = `${COLLECTIONS[collection].home}${id}.md`;
  const existing = await existingFile(root, collection, id);
  if (existing && (!options.force || existing !== path)) {
    return fail({
      file: existing,
      message: options.force ? `这个文件不是 ${id}.md，--force 不会替换它。` : `${COLLECTIONS[collection].home} 里已经有 id 为“${id}”的文件（可能是上次导入的），不会覆盖它。`,
      fix: options.force ? '先删除或改名这个文件，再导入。' : '要用这次导入的内容替换它，加 --force；要另存为新条目，用 --id 指定新的 id。',
    });
  }
  await writeFileAtomic(join(root, path), entryText(collection, values, conv.markdown), { overwrite: Boolean(options.force) });
  const toFill = collectionFields(collection)
    .filter((f) => f.required && values[f.name] === undefined)
    .map((f) => `${f.label}（${f.name}）`);
  return { ok: true, path, collection, values, toFill, taken: conv.taken.map((t) => t.text), replaced: Boolean(existing), warnings };
}
