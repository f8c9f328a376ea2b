/**
 * The project's one frontmatter reader: the frontmatter of a Markdown/MDX file, read by Astro's own
 * `parseFrontmatter` (the parser its loaders use), with the mistakes editors actually make explained in Chinese, each with its line number:
 * full-width colons and quotes from Chinese input methods, values starting with `*`, tabs,
 * dates that do not exist (js-yaml silently turns `2021-02-29` into 1 March), numbers that do not
 * survive being read (js-yaml turns `1e-400` into 0 and `12345678901234567890` into
 * 12345678901234567000 without a word, and leaves `1e309` as text).
 *
 * Chinese quotes around a free-text value (`title: “…”`) are content, kept as typed: titles quote
 * names all the time. Where they break something — a YAML error, an id, a vocabulary value, a
 * number — the message of that failure says so.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { parsePartialDate } from '../schemas/partial-date';
import type { FileProblem as LineProblem } from './problems';
import { describeNumberLoss, numberLoss } from './safety/numbers';


type Frontmatter = {
  /** The parsed frontmatter, as Astro's loader will see it. */
  data: Record<string, unknown>;
  /** 1-based line of each top-level field, for messages about that field. */
  fieldLines: Map<string, number>;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line number of the first line of `body`. */
  bodyLine: number;
  /** The file with the frontmatter lines blanked, so that body positions keep their line numbers. */
  bodyWithLines: string;
};

type FrontmatterResult = { ok: true; value: Frontmatter; problems: LineProblem[] } | { ok: false; problems: LineProblem[] };

const SEPARATOR = /^---\s*$/;
/** Dashes an input method may produce instead of `---`: em dashes, full-width hyphens, box lines. */
const LOOKS_LIKE_SEPARATOR = /^\s*[-—－─–━‐‑]{2,}\s*$/;
const KEY = String.raw`[A-Za-z][A-Za-z0-9_-]*`;
const KEY_LINE = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY})\s*:(?:\s|$)`);

const GUIDE = '写法见 docs/editors-guide.md';

/** What a YAML value line means for the next lines: whether a block scalar (`|`, `>`) starts. */
function opensBlockScalar(line: string): boolean {
  return /:\s*[|>][+-]?\d*\s*(#.*)?$/.test(line) || /^\s*-\s+[|>][+-]?\d*\s*$/.test(line);
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** For each line, whether it is text inside a block scalar (`|`, `>`) rather than YAML structure. */
function inBlockScalar(lines: string[]): boolean[] {
  let blockIndent = -1;
  return lines.map((line) => {
    if (blockIndent >= 0) {
      if (line.trim() === '' || indentOf(line) > blockIndent) return true;
      blockIndent = -1;
    }
    if (opensBlockScalar(line)) blockIndent = indentOf(line);
    return false;
  });
}

/** Line-level mistakes that make YAML fail or mean something else than the editor meant. */
function lintLines(lines: string[], firstLine: number): LineProblem[] {
  const problems: LineProblem[] = [];
  const text = inBlockScalar(lines);
  lines.forEach((line, i) => {
    const n = firstLine + i;
    if (text[i]) return;
    if (/^\s*#/.test(line) || line.trim() === '') return;
    if (/^ *\t/.test(line)) {
      problems.push({ line: n, message: '这一行用 Tab 键缩进了。文件头里只能用空格缩进，请把 Tab 换成空格。' });
      return;
    }
    const fullWidth = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY})\s*：`).exec(line);
    if (fullWidth) {
      const key = fullWidth[2];
      const value = line.slice(fullWidth[0].length).trim();
      problems.push({
        line: n,
        message: `字段名 ${key} 后面用了中文冒号“：”。请改成英文冒号加一个空格：${key}: ${value}`.trimEnd(),
      });
      return;
    }
    const ideographicSpace = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY}):\u3000`).exec(line);
    if (ideographicSpace) {
      problems.push({
        line: n,
        message: `字段名 ${ideographicSpace[2]} 的冒号后面是全角空格。请改成英文冒号加一个半角空格：${ideographicSpace[2]}: …`,
      });
      return;
    }
    const noSpace = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY}):(?![\s/:])(.+)$`).exec(line);
    if (noSpace) {
      problems.push({
        line: n,
        message: `字段名 ${noSpace[2]} 的冒号后面少了一个空格。请写成：${noSpace[2]}: ${noSpace[3]!.trim()}`,
      });
    }
  });
  return problems;
}

/** The field named on a line (`  place: *市` → `place`), for messages. */
function keyOn(line: string | undefined): string | undefined {
  return line ? KEY_LINE.exec(line)?.[2] : undefined;
}

/** The nearest line at or above `from` that opens more brackets than it closes. */
function unbalancedLine(lines: string[], from: number): number | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const line = lines[i]!.replace(/"[^"]*"|'[^']*'/g, '');
    const count = (re: RegExp) => (line.match(re) ?? []).length;
    if (count(/\[/g) > count(/\]/g) || count(/\{/g) > count(/\}/g)) return i;
  }
  return undefined;
}

/** A js-yaml failure in words an editor understands. */
function explainYamlError(error: yaml.YAMLException, lines: string[], firstLine: number): LineProblem {
  const reason0 = error.reason ?? error.message;
  // Astro's reader hands js-yaml the text from the end of the `---` line: its line 0 is that line.
  const marked = Math.max(0, (error.mark?.line ?? 1) - 1);
  // js-yaml notices an unclosed [ or { only on a later line: point at the line that opened it.
  const index = /flow collection|missed comma/.test(reason0) ? (unbalancedLine(lines, marked) ?? marked) : marked;
  const line = lines[index];
  const key = keyOn(line);
  const n = firstLine + index;
  const reason = reason0;
  const shown = line === undefined ? '' : `（这一行是：${line.trim()}）`;
  const alias = /unidentified alias "(.*)"/.exec(reason);
  if (alias) {
    const field = key ?? 'place';
    return {
      line: n,
      message:
        `值“*${alias[1]}”以星号 * 开头。星号在文件头（YAML）里表示“引用别处的值”，所以读不出来。` +
        `请给整个值加英文引号：${field}: "*${alias[1]}"`,
    };
  }
  if (/duplicated mapping key/.test(reason)) {
    return { line: n, message: `字段 ${key ?? ''} 写了两次。同一个字段只能写一次，请删掉多余的一行或把两处合并。` };
  }
  if (/name of an (anchor|alias) node must contain at least one character/.test(reason) || /^\s*(-\s+)?[A-Za-z][\w-]*:\s+&/.test(line ?? '')) {
    return { line: n, message: `值以 & 开头。& 在文件头（YAML）里有特殊含义，请给整个值加英文引号，例如 ${key ?? 'title'}: "&…"。${shown}` };
  }
  const hints: string[] = [];
  if (line && /[“”‘’]/.test(line)) hints.push('这一行用了中文引号“”：给值加引号时要用英文引号 "…"；中文引号是内容的一部分时，请在整个值外面再加英文引号');
  if (line && /:\s+\S.*:\s/.test(line)) hints.push('值里含有“冒号+空格”时，请给整个值加英文引号');
  if (line && /:\s+[!@`%|>]/.test(line)) hints.push('以 ! @ ` % | > 等符号开头的值要加英文引号');
  if (/flow collection/.test(reason)) hints.push('方括号 [ ] 或花括号 { } 没有配对，或列表项之间没有用英文逗号分隔');
  if (/quoted scalar/.test(reason)) hints.push('引号没有配对：开头有引号，结尾也要有');
  if (/bad indentation|block mapping entry|end of the stream|implicit key/.test(reason) && hints.length === 0) {
    hints.push('常见原因：字段名后面没有用英文冒号加空格“: ”；缩进没有对齐；上一行的引号或括号没有配对');
  }
  return {
    line: n,
    message: `文件头（两行 --- 之间）在这里读不下去了${shown}。${hints.join('；')}。（YAML 解析器的原话：${reason}）`,
  };
}

/**
 * Dates js-yaml would read as timestamps and silently roll over (`2021-02-29` → 1 March,
 * `2020-13-01` → next January): each unquoted `YYYY-MM-DD` is checked before it gets there.
 */
function impossibleDates(lines: string[], firstLine: number): LineProblem[] {
  const problems: LineProblem[] = [];
  const date = /(^|[\s[{,:-])(\d{4})-(\d{2})-(\d{2})(?=$|[\sTt,\]}#])/g;
  lines.forEach((line, i) => {
    const unquoted = line.replace(/"[^"]*"|'[^']*'/g, (m) => ' '.repeat(m.length));
    for (const m of unquoted.matchAll(date)) {
      const iso = `${m[2]}-${m[3]}-${m[4]}`;
      const parsed = parsePartialDate(iso);
      if ('error' in parsed) problems.push({ line: firstLine + i, message: `日期${parsed.error}。请改成真实存在的日期。` });
    }
  });
  return problems;
}

/** A number literal as YAML writes one. */
const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
/** A whole plain value that is a number: after `key: ` or `- ` on its own line … */
const BLOCK_NUMBER = new RegExp(String.raw`^(\s*(?:-\s+)?(?:${KEY}\s*:\s+)?)(${NUMBER})\s*(?:#.*)?$`);
/** … or an item of `[…]` / `{…}`. */
const FLOW_NUMBER = new RegExp(String.raw`([[{,]\s*(?:${KEY}\s*:\s+)?)(${NUMBER})(?=\s*[,\]}])`, 'g');

/**
 * Numbers YAML changes without a word (`src/lib/safety/numbers.ts`): too small (`1e-400` becomes 0)
 * or too precise (more than 15 significant digits). Each whole plain value that is a number literal
 * is checked, with its column. A number too large (`1e309`) js-yaml keeps as the text written, so
 * nothing is lost: where a field wants a number, its schema message names it
 * (`src/lib/schema-messages.ts`).
 */
function lostNumbers(lines: string[], firstLine: number): LineProblem[] {
  const problems: LineProblem[] = [];
  const text = inBlockScalar(lines);
  lines.forEach((line, i) => {
    if (text[i]) return;
    const unquoted = line.replace(/"[^"]*"|'[^']*'/g, (m) => ' '.repeat(m.length));
    const block = BLOCK_NUMBER.exec(unquoted);
    const found = block && block[1]!.trim() !== '' ? [{ index: block[1]!.length, raw: block[2]! }] : [];
    for (const m of unquoted.matchAll(FLOW_NUMBER)) found.push({ index: m.index + m[1]!.length, raw: m[2]! });
    for (const { index, raw } of found) {
      const loss = numberLoss(raw) === 'too-large' ? undefined : describeNumberLoss(raw);
      if (loss) problems.push({ line: firstLine + i, column: index + 1, message: `${loss}。`, fix: '请照原文核对这个数；编号一类不用于计算的数字请加英文引号，当作文字。' });
    }
  });
  return problems;
}

/** Splits and parses the frontmatter of a Markdown/MDX file's text (BOM removed, `\n` endings). */
export function readFrontmatter(text: string): FrontmatterResult {
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [{ message: `文件是空的。请写上文件头（两行 --- 之间的字段）和正文，或者删除这个文件（${GUIDE}）。` }],
    };
  }
  const lines = text.split('\n');
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  const first = lines[open]!;
  if (!SEPARATOR.test(first)) {
    if (LOOKS_LIKE_SEPARATOR.test(first)) {
      return {
        ok: false,
        problems: [{ line: open + 1, message: `文件头的分隔线要写成三个英文减号 ---，现在是“${first.trim()}”（可能是中文输入法打出的破折号）。` }],
      };
    }
    return {
      ok: false,
      problems: [
        {
          line: open + 1,
          message: `文件开头缺少文件头。第一行应当只写 ---，接着逐行写“字段: 值”，再用一行 --- 结束（${GUIDE}）。`,
        },
      ],
    };
  }
  let close = open + 1;
  while (close < lines.length && !SEPARATOR.test(lines[close]!)) close++;
  if (close >= lines.length) {
    const dashes = lines.findIndex((l, i) => i > open && LOOKS_LIKE_SEPARATOR.test(l));
    return {
      ok: false,
      problems: [
        dashes > 0
          ? { line: dashes + 1, message: `文件头的结束线要写成三个英文减号 ---，现在是“${lines[dashes]!.trim()}”（可能是中文输入法打出的破折号）。` }
          : { line: open + 1, message: `文件头没有结束：在最后一个字段之后单独写一行 ---，再写正文（${GUIDE}）。` },
      ],
    };
  }
  const yamlLines = lines.slice(open + 1, close);
  const firstLine = open + 2;
  const lint = lintLines(yamlLines, firstLine);
  if (lint.length > 0) return { ok: false, problems: lint };

  // Astro's own reader (the one its loaders use), so the check sees exactly what the build will.
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    if (error instanceof yaml.YAMLException) return { ok: false, problems: [explainYamlError(error, yamlLines, firstLine)] };
    throw error;
  }
  if (yamlLines.join('\n').trim() === '') {
    return { ok: false, problems: [{ line: open + 1, message: `文件头是空的：请在两行 --- 之间逐行写“字段: 值”（${GUIDE}）。` }] };
  }
  const data = parsed.frontmatter;
  if (Array.isArray(data) || Object.keys(data).length === 0 || data instanceof Date) {
    return {
      ok: false,
      problems: [{ line: firstLine, message: `文件头应当逐行写成“字段: 值”（英文冒号加空格），例如 title: 六清摸底（${GUIDE}）。` }],
    };
  }

  const fieldLines = new Map<string, number>();
  yamlLines.forEach((line, i) => {
    const m = /^([A-Za-z][A-Za-z0-9_-]*)\s*:/.exec(line);
    if (m && !fieldLines.has(m[1]!)) fieldLines.set(m[1]!, firstLine + i);
  });
  const problems = [...impossibleDates(yamlLines, firstLine), ...lostNumbers(yamlLines, firstLine)];
  const bodyLine = close + 2;
  return {
    ok: true,
    problems,
    value: {
      data: data as Record<string, unknown>,
      fieldLines,
      body: lines.slice(close + 1).join('\n'),
      bodyLine,
      bodyWithLines: parsed.content,
    },
  };
}
