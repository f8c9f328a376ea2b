/**
 * The content check: reads every file of `content/` and `data/` the way the build will, before
 * Astro does, and reports every editor's mistake at once — file, line, field and fix, in Chinese —
 * instead of a stack trace or a silently wrong page. Run by `src/integrations/content-check.ts`
 * at the start of every build; unit-tested on `tests/fixtures/`.
 *
 * What it checks: encoding (UTF-8; GBK and UTF-16 recognised), empty files, frontmatter syntax
 * (`src/lib/frontmatter.ts`), the schemas of `src/schemas/` (`src/lib/schema-messages.ts`), dates
 * that do not exist, file names (= ids) and duplicate ids, references between entries, MDX syntax
 * and unsafe HTML in bodies (`src/lib/markdown-body.ts`), JSON syntax of every `data/**\/*.json`
 * (`src/lib/json-file.ts`) and the data files' schemas.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_COLLECTIONS, DATA_FILES, type DataFile } from '../schemas/collections';
import type { CollectionName, Ref } from '../schemas/common';
import { readFrontmatter } from './frontmatter';
import { parseJson } from './json-file';
import { checkBody } from './markdown-body';
import { findDanglingReferences, type EntryLike } from './references';
import { CHINESE_QUOTES_HINT, explainIssues, isChineseQuoted, schemaAt } from './schema-messages';
import { closest } from './suggest';
import { decodeText } from './text-file';

/** A file of the project: its path relative to the project root (with `/`), and its bytes. */
export type SourceFile = { path: string; bytes: Uint8Array };

/** One mistake: the file, the line when known, and a message saying what is wrong and the fix. */
export type Problem = { file: string; line?: number; message: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** References resolve to `{ collection, id }`, as Astro's `reference()` does, checked afterwards. */
const checkRef: Ref = (collection) =>
  z
    .string({ error: '应写成所引用条目的 id（文件名，不带 .md）' })
    .trim()
    .min(1, '不能为空')
    .transform((id) => ({ collection, id }));

const isHidden = (segment: string) => segment.startsWith('_') || segment.startsWith('.');

type Parsed = { entry: EntryLike; fieldLine: (path: readonly PropertyKey[]) => number | undefined; valid: boolean };

function dataFileFor(path: string): DataFile | undefined {
  return DATA_FILES.find((d) => (typeof d.match === 'string' ? d.match === path : d.match.test(path)));
}

const ENTRY_NAME = { policies: '政策文件', program: '五个一活动', cases: '案例', methods: '工作方法', glossary: '术语', reports: '来源文献', regions: '地区' } as const;

/** Where the entries of a collection live, for messages. */
function home(collection: string): string {
  if (collection === 'regions') return 'data/regions.json';
  return `content/${collection}/`;
}

async function checkContentFile(file: SourceFile, collection: keyof typeof CONTENT_COLLECTIONS, id: string, problems: Problem[]): Promise<Parsed> {
  const add = (line: number | undefined, message: string) => problems.push({ file: file.path, line, message });
  // A file that cannot be read still names an entry: references to it are not reported as well.
  const unreadable: Parsed = { entry: { id, collection, filePath: file.path, data: {} }, fieldLine: () => undefined, valid: false };
  const decoded = decodeText(file.bytes);
  if ('error' in decoded) {
    add(decoded.line, decoded.error);
    return unreadable;
  }
  const front = readFrontmatter(decoded.text);
  front.problems.forEach((p) => add(p.line, p.message));
  if (!front.ok) return unreadable;
  const { data, fieldLines, bodyWithLines } = front.value;
  const fieldLine = (path: readonly PropertyKey[]) => fieldLines.get(String(path[0]));

  const schema = CONTENT_COLLECTIONS[collection](checkRef);
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const m of explainIssues(schema, result.error.issues, data, { vocabulary: 'src/schemas/taxonomy.ts' })) add(fieldLine(m.path), m.message);
  }
  const format = file.path.endsWith('.mdx') ? 'mdx' : 'md';
  // Body problems are `Problem`-shaped (column, fix, severity); until this check reports through
  // src/lib/problems.ts, errors carry column and fix in the message, and warnings wait.
  for (const p of await checkBody(bodyWithLines, format)) {
    if (p.severity !== 'warning') add(p.line, `${p.column ? `第 ${p.column} 列：` : ''}${p.message}${p.fix ? `改法：${p.fix}` : ''}`);
  }
  return {
    entry: { id, collection, filePath: file.path, data: result.success ? result.data : {} },
    fieldLine,
    valid: result.success && front.problems.length === 0,
  };
}

/** Checks a JSON file of `data/`; returns its entries, or the collection it failed to define. */
function checkDataFile(file: SourceFile, problems: Problem[]): Parsed[] | { unreadable: CollectionName } | [] {
  const add = (line: number | undefined, message: string) => problems.push({ file: file.path, line, message });
  const spec = dataFileFor(file.path);
  const decoded = decodeText(file.bytes);
  if ('error' in decoded) {
    add(decoded.line, decoded.error);
    return spec?.collection ? { unreadable: spec.collection } : [];
  }
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    add(parsed.problem.line, parsed.problem.message);
    return spec?.collection ? { unreadable: spec.collection } : [];
  }
  if (!spec) return [];
  const schema = spec.schema(checkRef);
  const result = schema.safeParse(parsed.value);
  const lineOf = parsed.lineOf;
  if (!result.success) {
    const items = Array.isArray(parsed.value) ? (parsed.value as unknown[]) : undefined;
    const element = items ? schemaAt(schema as never, [0]) : undefined;
    const byItem = new Map<number | undefined, typeof result.error.issues>();
    for (const issue of result.error.issues) {
      const key = element && typeof issue.path[0] === 'number' ? (issue.path[0] as number) : undefined;
      byItem.set(key, [...(byItem.get(key) ?? []), issue]);
    }
    for (const [index, issues] of byItem) {
      if (index === undefined || !element || !items) {
        for (const m of explainIssues(schema as never, issues, parsed.value)) add(lineOf(m.path), `${m.message}（写法见 ${spec.guide}）`);
        continue;
      }
      const item = items[index];
      const itemId = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
      const local = issues.map((i) => ({ ...i, path: i.path.slice(1) }));
      for (const m of explainIssues(element, local, item)) {
        add(lineOf([index, ...m.path]), `第 ${index + 1} 项${itemId ? `（id ${itemId}）` : ''}：${m.message}（写法见 ${spec.guide}）`);
      }
    }
  }
  if (!spec.collection || !Array.isArray(parsed.value)) return [];
  const collection = spec.collection;
  const output = result.success && Array.isArray(result.data) ? (result.data as unknown[]) : undefined;
  return (parsed.value as unknown[]).flatMap((item, index) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return [];
    return [
      {
        entry: { id, collection, filePath: file.path, data: output ? output[index] : {} },
        fieldLine: (path: readonly PropertyKey[]) => lineOf([index, ...path]),
        valid: result.success,
      },
    ];
  });
}

/** Checks the files of `content/` and `data/`; returns every problem found, in file order. */
export async function checkFiles(files: readonly SourceFile[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const parsed: Parsed[] = [];
  const reportedFolders = new Set<string>();
  /** Collections whose data file could not be read: references to them are not checked. */
  const unreadable = new Set<string>();
  const collections = Object.keys(CONTENT_COLLECTIONS);

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const parts = file.path.split('/');
    if (parts[0] === 'content' && parts.length >= 3) {
      const folder = parts[1]!;
      if (parts.slice(1).some(isHidden)) continue;
      if (!(folder in CONTENT_COLLECTIONS)) {
        if (!reportedFolders.has(folder)) {
          reportedFolders.add(folder);
          const guess = closest(folder, collections);
          problems.push({
            file: `content/${folder}/`,
            message:
              `这不是本站的内容目录，里面的文件不会出现在网站上。` +
              (guess ? `是不是 content/${guess}/？` : '') +
              `内容目录有：${collections.map((c) => `${c}（${ENTRY_NAME[c as CollectionName]}）`).join('、')}。`,
          });
        }
        continue;
      }
      const collection = folder as keyof typeof CONTENT_COLLECTIONS;
      const name = parts.at(-1)!;
      const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
      if (ext !== '.md' && ext !== '.mdx') {
        problems.push({
          file: file.path,
          message:
            ext.toLowerCase() === '.md' || ext.toLowerCase() === '.mdx'
              ? `扩展名要写成小写的 ${ext.toLowerCase()}，否则这个文件不会被读取。请改名。`
              : `content/ 里只能放 .md 或 .mdx 文件，这个文件不会出现在网站上。请把它改写成 Markdown（.md），或移出 content/。`,
        });
        continue;
      }
      if (parts.length > 3) {
        problems.push({ file: file.path, message: `请把文件直接放在 content/${folder}/ 下，不要建子目录（文件名就是网址中的 id）。` });
        continue;
      }
      const id = name.slice(0, -ext.length);
      if (!ID.test(id)) {
        const fixed = id.toLowerCase().replace(/[\s_]+/g, '-');
        problems.push({
          file: file.path,
          message:
            `文件名“${id}”不能用作 id（网址的一部分）：只能用小写英文字母、数字和连字符` +
            (ID.test(fixed) ? `，可以改成 ${fixed}${ext}。` : `，例如 xin-fangfa${ext}（拼音或英文）。请改名。`),
        });
        continue;
      }
      parsed.push(await checkContentFile(file, collection, id, problems));
    } else if (parts[0] === 'data' && file.path.endsWith('.json') && !parts.slice(1).some(isHidden)) {
      const result = checkDataFile(file, problems);
      if ('unreadable' in result) unreadable.add(result.unreadable);
      else parsed.push(...result);
    }
  }

  // Two entries with one id: Astro keeps one and drops the other with at most a warning.
  const byId = new Map<string, Parsed[]>();
  for (const p of parsed) {
    const key = `${p.entry.collection}/${p.entry.id}`;
    byId.set(key, [...(byId.get(key) ?? []), p]);
  }
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    const { collection, id, filePath } = same[0]!.entry;
    if (same.every((p) => p.entry.filePath === filePath)) {
      const lines = same.map((p) => `第 ${p.fieldLine([])} 行`).join('、');
      problems.push({
        file: filePath!,
        line: same[1]!.fieldLine([]),
        message: `id“${id}”出现了 ${same.length} 次（${lines}）。同一个登记表里 id 不能重复：请删掉重复的一项，或给它换一个 id。`,
      });
    } else {
      problems.push({
        file: same.map((p) => p.entry.filePath).join(' 与 '),
        message:
          `这 ${same.length} 个文件的 id 都是“${id}”（文件名去掉扩展名就是 id）。` +
          `同一类内容（${collection}）里 id 不能重复，否则网站只会显示其中一个：请删除或改名其中一个。`,
      });
    }
  }

  // References: checked from entries that passed their schema; every entry counts as a target.
  const known = new Set(parsed.map((p) => `${p.entry.collection}/${p.entry.id}`));
  const ids = new Map<string, string[]>();
  for (const p of parsed) ids.set(p.entry.collection, [...(ids.get(p.entry.collection) ?? []), p.entry.id]);
  for (const p of parsed.filter((q) => q.valid)) {
    for (const d of findDanglingReferences([p.entry], known)) {
      if (unreadable.has(d.collection)) continue;
      const path = d.field.split(/[.[\]]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const guess = closest(d.id, ids.get(d.collection) ?? []);
      const several = isChineseQuoted(d.id)
        ? CHINESE_QUOTES_HINT
        : /[，、；,]/.test(d.id)
        ? `多个 id 要用英文逗号加空格分开，写成 [${d.id.split(/\s*[，、；,]\s*/).join(', ')}]。`
        : undefined;
      const entryName = ENTRY_NAME[d.collection as CollectionName] ?? '条目';
      problems.push({
        file: d.file,
        line: p.fieldLine(path),
        message:
          `字段 ${d.field} 引用的“${d.id}”不存在：${home(d.collection)} 中没有这个 id。` +
          (several ?? `${guess ? `是不是“${guess}”？` : ''}请检查拼写，或先在 ${home(d.collection)} 中添加这个${entryName}。`),
      });
    }
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

async function filesUnder(root: string, dir: string): Promise<SourceFile[]> {
  let names;
  try {
    names = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return Promise.all(
    names
      .filter((d) => d.isFile())
      .map(async (d) => {
        const full = join(d.parentPath, d.name);
        return { path: relative(root, full).split(sep).join('/'), bytes: await readFile(full) };
      }),
  );
}

/** Reads `content/` and `data/` under `root` and checks them. */
export async function checkProject(root: string): Promise<{ problems: Problem[]; files: number }> {
  const files = [...(await filesUnder(root, 'content')), ...(await filesUnder(root, 'data'))];
  return { problems: await checkFiles(files), files: files.length };
}

/** All problems as one message for the build log: one line per problem, file first. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line ? ` 第 ${p.line} 行` : ''}：${p.message}`);
  return (
    `内容检查发现 ${problems.length} 处问题，构建已停止。请逐条改正后重新运行 npm run build（写法见 docs/editors-guide.md）：\n\n` +
    lines.join('\n')
  );
}

