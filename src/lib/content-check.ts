/**
 * The content check: reads every file of `content/` and `data/` the way the build will, before
 * Astro does, and reports every editor's mistake at once — file, line, field and fix, in Chinese —
 * instead of a stack trace or a silently wrong page. Run by `src/integrations/content-check.ts`
 * at the start of every build and by `npm run check`; unit-tested on `tests/fixtures/`.
 *
 * What it checks: which files exist and which are published (the registry's rule, the one Astro's
 * loader uses; symbolic links refused), encoding (UTF-8; GBK and UTF-16 recognised), control
 * characters, size, frontmatter (`src/lib/frontmatter.ts`), the schemas of `src/schemas/`
 * (`src/lib/schema-messages.ts`), file names (= ids) and duplicate ids, references between
 * entries, the supersede graph of policies, bodies (`src/lib/markdown-body.ts`: MDX is content,
 * not code; links to entries that will not exist), every JSON file of `data/`
 * (`src/lib/read-json.ts`) against its schema, the statistics (`src/lib/stats/`), placeholders
 * (`【待填写】`) the editors' tools left to fill in, and the site settings (`site.config.yaml`,
 * `src/lib/site-settings.ts`).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_COLLECTIONS, DATA_FILES, type DataFile } from '../schemas/collections';
import type { Ref } from '../schemas/common';
import { COLLECTIONS, CONTENT_COLLECTION_IDS, collectionLabel, fieldLabel, isUnpublishedName, type CollectionName, type ContentCollectionId } from '../schemas/registry';
import { readFrontmatter } from './frontmatter';
import { findPlaceholders, holdsPlaceholder } from './placeholders';
import { checkBody } from './markdown-body';
import { isError, sortProblems, type FileProblem, type Problem } from './problems';
import { readJson } from './read-json';
import { findDanglingReferences, type EntryLike } from './references';
import { describeInvisible, findControlCharacters } from './safety/characters';
import { collectionFields, fieldHint } from './schema-fields';
import { CHINESE_QUOTES_HINT, explainIssues, isChineseQuoted, schemaAt } from './schema-messages';
import { loadSiteSettings, type DeploymentEnv } from './site-settings';
import { buildStats, StatsError } from './stats';
import { readStatsSources } from './stats/files';
import { reportText, unsupportedClaims } from './source-claims';
import { closest } from './suggest';
import { supersedeCycles } from './supersedes';
import type { SitePages } from './site-links';
import { decodeText } from './text-file';

/** A file of the project: its path relative to the project root (with `/`), and its bytes. */
export type SourceFile = { path: string; bytes: Uint8Array; symlink?: boolean };



const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A body larger than this is probably pasted by mistake: a warning. */
export const SIZE_WARNING = 200 * 1024;
/** A file larger than this is refused: pages of that size do not load on a phone. */
export const SIZE_LIMIT = 2 * 1024 * 1024;

/** References resolve to `{ collection, id }`, as Astro's `reference()` does, checked afterwards. */
const checkRef: Ref = (collection) =>
  z
    .string({ error: '应写成所引用条目的 id（文件名，不带 .md）' })
    .trim()
    .min(1, '不能为空')
    .transform((id) => ({ collection, id }));

/**
 * Each collection's and data file's schema, built once: zod compiles a schema's parser on its first
 * use, so a schema built per file cost as much as the check of the file itself.
 */
const schemas = new Map<ContentCollectionId | DataFile, z.ZodType>();
function schemaOf(kind: ContentCollectionId | DataFile): z.ZodType {
  let schema = schemas.get(kind);
  if (!schema) schemas.set(kind, (schema = typeof kind === 'string' ? CONTENT_COLLECTIONS[kind](checkRef) : kind.schema(checkRef)));
  return schema;
}

/** A checked entry; `body` is a Markdown entry's body (frontmatter blanked, so lines keep their numbers). */
type Parsed = { entry: EntryLike; fieldLine: (path: readonly PropertyKey[]) => number | undefined; valid: boolean; body?: string };

function dataFileFor(path: string): DataFile | undefined {
  return DATA_FILES.find((d) => (typeof d.match === 'string' ? d.match === path : d.match.test(path)));
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

/**
 * A file's text, or undefined when it cannot be read as text (the problems say why): encoding,
 * control characters (a NUL would show as “�”), size.
 */
function readText(file: SourceFile, add: (p: FileProblem) => void): string | undefined {
  if (file.bytes.length > SIZE_LIMIT) {
    add({
      message: `文件有 ${kb(file.bytes.length)}，超过了 ${kb(SIZE_LIMIT)} 的上限：这样大的页面在手机上打不开。`,
      fix: '检查是否误粘贴了整份文件或图片的编码；长文请拆成几个条目，数据请放进 data/。',
    });
    return undefined;
  }
  const decoded = decodeText(file.bytes);
  if ('error' in decoded) {
    add({ line: decoded.line, message: decoded.error });
    return undefined;
  }
  const controls = findControlCharacters(decoded.text);
  for (const c of controls.slice(0, 5)) {
    add({
      line: c.line,
      column: c.column,
      message: `这里有一个看不见的${c.name}（${c.codePoint}），网页上会显示成乱码或被悄悄丢掉。`,
      fix: '删掉它（常见于从 PDF、网页或旧系统复制来的文字）：把光标移到这个位置，按删除键，或重新输入这几个字。',
    });
  }
  if (controls.length > 5) add({ line: controls[5]!.line, message: `还有 ${controls.length - 5} 处这样的控制字符。`, fix: '逐一删掉。' });
  if (controls.length > 0) return undefined;
  if (file.bytes.length > SIZE_WARNING) {
    add({
      severity: 'warning',
      message: `文件有 ${kb(file.bytes.length)}（超过 ${kb(SIZE_WARNING)}），页面会很重，手机上打开慢。`,
      fix: '检查是否误粘贴了多余的内容；长文可以拆成几个条目。',
    });
  }
  return decoded.text;
}

async function checkContentFile(file: SourceFile, collection: ContentCollectionId, id: string, pages: SitePages, problems: Problem[]): Promise<Parsed> {
  const add = (p: FileProblem) => problems.push({ file: file.path, ...p });
  // A file that cannot be read still names an entry: references to it are not reported as well.
  const unreadable: Parsed = { entry: { id, collection, filePath: file.path, data: {} }, fieldLine: () => undefined, valid: false };
  const text = readText(file, add);
  if (text === undefined) return unreadable;
  const front = readFrontmatter(text);
  front.problems.forEach(add);
  if (!front.ok) return unreadable;
  const { data, fieldLines, bodyWithLines, bodyLine } = front.value;
  const fieldLine = (path: readonly PropertyKey[]) => fieldLines.get(String(path[0]));
  placeholderProblems(text, collection, fieldLines, bodyLine).forEach(add);

  const schema = schemaOf(collection);
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const m of explainIssues(schema, result.error.issues, data, { vocabulary: 'src/schemas/taxonomy.ts' })) {
      // A field still holding a placeholder is reported as such, once.
      if (holdsPlaceholder(data[String(m.path[0])])) continue;
      add({ line: fieldLine(m.path), message: m.message, fix: m.fix });
    }
  }
  const format = file.path.endsWith('.mdx') ? 'mdx' : 'md';
  for (const p of await checkBody(bodyWithLines, format, pages)) add(p);
  return {
    entry: { id, collection, filePath: file.path, data: result.success ? result.data : {} },
    fieldLine,
    valid: result.success && !front.problems.some(isError),
    body: bodyWithLines,
  };
}

/**
 * The placeholders (`【待填写】`) `npm run new` and the import tools left in a Markdown file: each
 * named by its field, with what the field holds, or as a part of the body still to write.
 */
function placeholderProblems(text: string, collection: ContentCollectionId, fieldLines: Map<string, number>, bodyLine: number): FileProblem[] {
  if (!text.includes('【待填写')) return [];
  const lines = text.split('\n');
  const specs = new Map(collectionFields(collection).map((f) => [f.name, f]));
  const byLine = [...fieldLines].sort((a, b) => a[1] - b[1]);
  return findPlaceholders(text)
    .filter((p) => p.line >= bodyLine || !/^\s*#/.test(lines[p.line - 1]!))
    .map((p) => {
      if (p.line >= bodyLine) {
        return { line: p.line, column: p.column, message: `正文里还有占位的“${p.text}”。`, fix: '把它换成正文内容。' };
      }
      const field = byLine.filter(([, line]) => line <= p.line).at(-1)?.[0];
      const spec = field ? specs.get(field) : undefined;
      return {
        line: p.line,
        column: p.column,
        path: field,
        message: `字段 ${field ?? ''}${spec ? `（${spec.label}）` : ''}还没有填写，现在是占位的“${p.text}”。`,
        fix: spec
          ? `把“${p.text}”换成${spec.label}${[fieldHint(spec), spec.required ? '' : '不需要就删掉这一行'].filter(Boolean).map((h) => `。${h}`).join('')}。`
          : `把“${p.text}”换成要写的内容。`,
      };
    });
}

/** Placeholders left in a JSON file of `data/` (a dataset made by `npm run import:data`). */
function jsonPlaceholderProblems(text: string): FileProblem[] {
  if (!text.includes('【待填写')) return [];
  const lines = text.split('\n');
  return findPlaceholders(text).map((p) => {
    const field = /"([^"]+)"\s*:\s*"[^"]*$/.exec([...lines[p.line - 1]!].slice(0, p.column - 1).join(''))?.[1];
    return {
      line: p.line,
      column: p.column,
      path: field,
      message: `${field ? `字段 ${field}${fieldLabel(field) ? `（${fieldLabel(field)}）` : ''}` : '这里'}还没有填写，现在是占位的“${p.text}”。`,
      fix: '把它换成要写的内容（写在英文双引号里）。',
    };
  });
}

/** The schema problems of a data file that is a list of entries, each message naming its item. */
function listProblems(spec: DataFile, schema: z.ZodType, value: unknown[], issues: z.core.$ZodIssue[], lineOf: (path: readonly PropertyKey[]) => number | undefined): FileProblem[] {
  const element = schemaAt(schema as never, [0]);
  const byItem = Map.groupBy(issues, (issue) => (element && typeof issue.path[0] === 'number' ? issue.path[0] : undefined));
  return [...byItem].flatMap(([index, group]) => {
    if (index === undefined || !element) {
      return explainIssues(schema as never, group, value).map((m) => ({ line: lineOf(m.path), message: `${m.message}（写法见 ${spec.guide}）` }));
    }
    const item = value[index];
    const itemId = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
    const local = group.map((i) => ({ ...i, path: i.path.slice(1) }));
    return explainIssues(element, local, item).map((m) => ({
      line: lineOf([index, ...m.path]),
      message: `第 ${index + 1} 项${itemId ? `（id ${itemId}）` : ''}：${m.message}（写法见 ${spec.guide}）`,
    }));
  });
}

/** Checks a JSON file of `data/`; returns its entries, or the collection it failed to define. */
function checkDataFile(file: SourceFile, problems: Problem[]): Parsed[] | { unreadable: CollectionName } {
  const add = (p: FileProblem) => problems.push({ file: file.path, ...p });
  const spec = dataFileFor(file.path);
  const failed = spec?.collection ? { unreadable: spec.collection } : [];
  const text = readText(file, add);
  if (text === undefined) return failed;
  const json = readJson(text);
  json.problems.forEach(add);
  if (json.value === undefined) return failed;
  jsonPlaceholderProblems(text).forEach(add);
  if (!spec) return [];
  const schema = schemaOf(spec);
  const result = schema.safeParse(json.value);
  if (!result.success) {
    const problemsOfFile = Array.isArray(json.value)
      ? listProblems(spec, schema, json.value, result.error.issues, json.lineOf)
      : explainIssues(schema as never, result.error.issues, json.value).map((m) => ({ line: json.lineOf(m.path), message: `${m.message}（写法见 ${spec.guide}）` }));
    problemsOfFile.forEach(add);
  }
  if (!spec.collection || !Array.isArray(json.value)) return [];
  const collection = spec.collection;
  const output = result.success && Array.isArray(result.data) ? (result.data as unknown[]) : undefined;
  return (json.value as unknown[]).flatMap((item, index) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return [];
    return [
      {
        entry: { id, collection, filePath: file.path, data: output ? output[index] : {} },
        fieldLine: (path: readonly PropertyKey[]) => json.lineOf([index, ...path]),
        valid: result.success && json.problems.length === 0,
      },
    ];
  });
}

/** What a file of `content/` is: an entry of a collection, or a problem saying why it is not. */
type ContentFile = { collection: ContentCollectionId; id: string } | { problem?: Problem; folder?: string };

function classifyContentFile(path: string): ContentFile {
  const parts = path.split('/');
  const folder = parts[1]!;
  const name = parts.at(-1)!;
  const unpublished = parts.slice(1).find(isUnpublishedName);
  if (unpublished) {
    return {
      problem: {
        file: path,
        severity: 'warning',
        message: `名字以“${unpublished[0]}”开头的文件或目录不会发布（${unpublished[0] === '_' ? '草稿' : '隐藏文件，例如编辑器或 macOS 留下的 ._ 文件'}）。`,
        fix: '要发布，请去掉名字开头的 _ 或 .；不需要的文件请删除。',
      },
    };
  }
  if (!(CONTENT_COLLECTION_IDS as readonly string[]).includes(folder)) return { folder };
  const collection = folder as ContentCollectionId;
  const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
  if (ext !== '.md' && ext !== '.mdx') {
    return {
      problem: {
        file: path,
        message:
          ext.toLowerCase() === '.md' || ext.toLowerCase() === '.mdx'
            ? `扩展名要写成小写的 ${ext.toLowerCase()}，否则这个文件不会被读取。请改名。`
            : `content/ 里只能放 .md 或 .mdx 文件，这个文件不会出现在网站上。请把它改写成 Markdown（.md），或移出 content/。`,
      },
    };
  }
  if (parts.length > 3) {
    return { problem: { file: path, message: `请把文件直接放在 content/${folder}/ 下，不要建子目录（文件名就是网址中的 id）。` } };
  }
  const id = name.slice(0, -ext.length);
  if (!ID.test(id)) {
    const invisible = describeInvisible(id);
    const fixed = id.toLowerCase().replace(/[\s_\u200b-\u200d\u2060\ufeff\u3000\u00a0]+/g, '-').replace(/^-+|-+$/g, '');
    return {
      problem: {
        file: path,
        message:
          `文件名“${id}”不能用作 id（网址的一部分）：只能用小写英文字母、数字和连字符` +
          (invisible ? `，而文件名里有看不见的字符：${invisible}` : '') +
          (ID.test(fixed) ? `，可以改成 ${fixed}${ext}。` : `，例如 xin-fangfa${ext}（拼音或英文）。请改名。`),
      },
    };
  }
  return { collection, id };
}

/** Two entries with one id: Astro keeps one and drops the other with at most a warning. */
function duplicateIds(parsed: readonly Parsed[]): Problem[] {
  const problems: Problem[] = [];
  for (const same of Map.groupBy(parsed, (p) => `${p.entry.collection}/${p.entry.id}`).values()) {
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
  return problems;
}

/** References checked from entries that passed their schema; every entry counts as a target. */
function danglingReferences(parsed: readonly Parsed[], unreadable: ReadonlySet<string>): Problem[] {
  const known = new Set(parsed.map((p) => `${p.entry.collection}/${p.entry.id}`));
  const ids = new Map<string, string[]>();
  for (const p of parsed) ids.set(p.entry.collection, [...(ids.get(p.entry.collection) ?? []), p.entry.id]);
  return parsed
    .filter((q) => q.valid)
    .flatMap((p) =>
      findDanglingReferences([p.entry], known)
        .filter((d) => !unreadable.has(d.collection) && !holdsPlaceholder(d.id))
        .map((d) => {
          const path = d.field.split(/[.[\]]/).filter(Boolean).map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
          const home = COLLECTIONS[d.collection as CollectionName]?.home ?? `content/${d.collection}/`;
          const invisible = describeInvisible(d.id);
          const guess = closest(d.id.replace(/[\u200b-\u200d\u2060\ufeff\u3000\u00a0]/g, ''), ids.get(d.collection) ?? []);
          const hint = invisible
            ? `这个 id 里有看不见的字符：${invisible}。请删掉它们（常见于从网页或聊天软件复制）${guess ? `，应为“${guess}”` : ''}。`
            : isChineseQuoted(d.id)
              ? CHINESE_QUOTES_HINT
              : /[，、；,]/.test(d.id)
                ? `多个 id 要用英文逗号加空格分开，写成 [${d.id.split(/\s*[，、；,]\s*/).join(', ')}]。`
                : `${guess ? `是不是“${guess}”？` : ''}请检查拼写，或先在 ${home} 中添加这个${COLLECTIONS[d.collection as CollectionName]?.entry ?? '条目'}。`;
          return { file: d.file, line: p.fieldLine(path), message: `字段 ${d.field} 引用的“${d.id}”不存在：${home} 中没有这个 id。${hint}` };
        }),
    );
}

/** A policy that supersedes itself, or a chain of supersedes that comes back to its start. */
function supersedeProblems(parsed: readonly Parsed[]): Problem[] {
  const policies = parsed.filter((p) => p.entry.collection === 'policies' && p.valid);
  const nodes = policies.map((p) => ({
    id: p.entry.id,
    supersedes: [(p.entry.data as { supersedes?: { id: string } }).supersedes?.id ?? []].flat(),
  }));
  const byId = new Map(policies.map((p) => [p.entry.id, p]));
  return supersedeCycles(nodes).map((chain) => {
    const first = byId.get(chain[0]!)!;
    return {
      file: first.entry.filePath!,
      line: first.fieldLine(['supersedes']),
      path: 'supersedes',
      message:
        chain.length === 2
          ? `政策“${chain[0]}”在 supersedes（所替代的政策）里写了它自己：一个文件不能替代它自己。`
          : `supersedes（所替代的政策）绕成了一个圈：${chain.join(' → ')}。这样每个页面都会说另一个才是现行的，互相矛盾。`,
      fix:
        chain.length === 2
          ? '删掉 supersedes 里的这个 id；它替代的应是更早的另一份文件。'
          : '只有较新的文件写 supersedes，指向被它替代的较早文件；请删掉其中较早文件里的那一项。',
    };
  });
}

/** Warnings for places and years a page states that its cited sources' entries do not (`source-claims.ts`). */
function sourceClaimProblems(parsed: readonly Parsed[]): Problem[] {
  const valid = parsed.filter((p) => p.valid);
  const of = (collection: string) => valid.filter((p) => p.entry.collection === collection);
  const data = (p: Parsed) => p.entry.data as Record<string, unknown>;
  const reports = new Map(of('reports').map((p) => [p.entry.id, reportText(data(p), p.body ?? '')]));
  const regions = of('regions').map((p) => ({ id: p.entry.id, name: String(data(p).name) }));
  const pages = valid
    .filter((p) => p.body !== undefined && p.entry.collection !== 'reports')
    .map((p) => ({
      file: p.entry.filePath!,
      sources: ((data(p).sources ?? []) as { id: string }[]).map((r) => r.id),
      data: data(p),
      body: p.body!,
      fieldLine: (field: string) => p.fieldLine([field]),
    }));
  return unsupportedClaims(pages, reports, regions);
}

/** The entries that will have pages, by their files: what links in bodies may point to. */
function sitePages(files: readonly SourceFile[]): SitePages {
  const entries = new Map<ContentCollectionId, Set<string>>();
  const datasets = new Set<string>();
  for (const { path, symlink } of files) {
    if (symlink) continue;
    const parts = path.split('/');
    if (parts[0] === 'content' && parts.length >= 3) {
      const kind = classifyContentFile(path);
      if ('collection' in kind) entries.set(kind.collection, (entries.get(kind.collection) ?? new Set()).add(kind.id));
    } else if (parts[0] === 'data' && parts[1] === 'datasets' && parts.length === 3 && path.endsWith('.json')) {
      // Every data/datasets/*.json, as the statistics pipeline reads them (src/lib/stats/files.ts).
      datasets.add(parts[2]!.slice(0, -'.json'.length));
    }
  }
  return { entries, datasets };
}

/** Checks the files of `content/` and `data/`; returns every problem found, in file order. */
export async function checkFiles(files: readonly SourceFile[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const pages = sitePages(files);
  const parsed: Parsed[] = [];
  const unknownFolders = new Set<string>();
  /** Collections whose data file could not be read: references to them are not checked. */
  const unreadable = new Set<string>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const parts = file.path.split('/');
    if (file.symlink) {
      problems.push({
        file: file.path,
        message: '这是一个符号链接（快捷方式），指向 content/ 和 data/ 以外的文件：本站只读这两个目录里的真实文件。',
        fix: '把要发布的文件本身复制到这里，再删掉这个链接。',
      });
      continue;
    }
    if (parts[0] === 'content' && parts.length >= 3) {
      const kind = classifyContentFile(file.path);
      if ('collection' in kind) parsed.push(await checkContentFile(file, kind.collection, kind.id, pages, problems));
      else if (kind.problem) problems.push(kind.problem);
      else if (kind.folder) unknownFolders.add(kind.folder);
    } else if (parts[0] === 'data' && file.path.endsWith('.json')) {
      if (parts.slice(1).some(isUnpublishedName)) continue;
      const result = checkDataFile(file, problems);
      if ('unreadable' in result) unreadable.add(result.unreadable);
      else parsed.push(...result);
    }
  }
  for (const folder of unknownFolders) {
    const guess = closest(folder, [...CONTENT_COLLECTION_IDS]);
    problems.push({
      file: `content/${folder}/`,
      message:
        `这不是本站的内容目录，里面的文件不会出现在网站上。` +
        (guess ? `是不是 content/${guess}/？` : '') +
        `内容目录有：${CONTENT_COLLECTION_IDS.map(collectionLabel).join('、')}。`,
    });
  }
  // Not push(...list): a 30,000-page site may have a hundred thousand reminders, too many arguments for one call.
  return sortProblems(problems.concat(duplicateIds(parsed), danglingReferences(parsed, unreadable), supersedeProblems(parsed), sourceClaimProblems(parsed)));
}

async function filesUnder(root: string, dir: string): Promise<SourceFile[]> {
  let names;
  try {
    names = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const read = async (d: (typeof names)[number]): Promise<SourceFile> => {
    const full = join(d.parentPath, d.name);
    const path = relative(root, full).split(sep).join('/');
    if ((await lstat(full)).isSymbolicLink()) return { path, bytes: new Uint8Array(), symlink: true };
    return { path, bytes: await readFile(full) };
  };
  // A few hundred at a time: a province's 30,000 files opened at once exceed the open-file limit (EMFILE).
  const entries = names.filter((d) => d.isFile() || d.isSymbolicLink());
  const files: SourceFile[] = [];
  for (let i = 0; i < entries.length; i += FILES_AT_ONCE) files.push(...(await Promise.all(entries.slice(i, i + FILES_AT_ONCE).map(read))));
  return files;
}

/** Files read at the same time by the content check. */
const FILES_AT_ONCE = 256;

/** The statistics' problems (`src/lib/stats/`), for files the content check found readable. */
function statsProblems(root: string, contentProblems: readonly Problem[]): Problem[] {
  try {
    buildStats(readStatsSources(root));
    return [];
  } catch (error) {
    // A registry the statistics need was deleted or moved: said as a problem, not a stack trace.
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as NodeJS.ErrnoException).path : undefined;
    if (missing) {
      return [{ file: relative(root, missing).split(sep).join('/'), message: '找不到这个文件，统计数据需要它。', fix: '如果是误删或移走了，请从 git 恢复它（git checkout -- 这个文件）。' }];
    }
    if (!(error instanceof StatsError)) throw error;
    const reported = new Set(contentProblems.filter(isError).map((p) => p.file));
    return error.problems.filter((p) => !reported.has(p.file));
  }
}

/**
 * Reads `content/` and `data/` under `root` and checks them, the statistics and the site settings
 * included. `env` holds SITE_URL and BASE_PATH when they override the settings.
 */
export async function checkProject(root: string, env: DeploymentEnv = {}): Promise<{ problems: Problem[]; files: number }> {
  const files = [...(await filesUnder(root, 'content')), ...(await filesUnder(root, 'data'))];
  const problems = await checkFiles(files);
  const settings = loadSiteSettings(root, env);
  return { problems: [...problems, ...statsProblems(root, problems), ...settings.problems], files: files.length };
}
