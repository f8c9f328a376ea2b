/**
 * One problem type and one formatter for every check of the project: content, statistics,
 * references, links, the editors' import tools. A check returns `Problem[]`; whoever runs it
 * (the build, `npm run check`, an import script) prints them with `formatProblems`, so an editor
 * reads every mistake in the same words: where (file, line, column, field), what is wrong, the fix.
 *
 * This module is a leaf: it imports nothing, so schemas, lib and scripts may all use it.
 */

export type Problem = {
  /** Project-relative path with `/`, e.g. `content/cases/linpu-quanfugai.mdx`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /**
   * Where inside the file's data, when it has a structure: a field (`region`), a JSON path
   * (`observations[3].value`), a spreadsheet cell (`第 12 行「地区」列`).
   */
  path?: string;
  /** What is wrong, in Chinese, as one or two sentences. */
  message: string;
  /** How to fix it, when the message does not already say so. */
  fix?: string;
  /** A warning is reported but does not stop the build. Errors are the default. */
  severity?: 'error' | 'warning';
};

/** A problem inside a file, before the caller adds which file (a parser's or a rule's result). */
export type FileProblem = Omit<Problem, 'file'>;

export const isError = (p: Pick<Problem, 'severity'>) => p.severity !== 'warning';

/** `['observations', 3, 'value']` → `observations[3].value`; a top-level index → `[3].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Where a problem is, as one line: `data/x.json 第 3 行第 5 列 › observations[3].value`. */
function problemLocation(p: Problem): string {
  let at = p.file;
  if (p.line) at += ` 第 ${p.line} 行${p.column ? `第 ${p.column} 列` : ''}`;
  if (p.path) at += ` › ${p.path}`;
  return at;
}

/** One problem as a block: location, then 问题, then 改法. */
export function formatProblem(p: Problem): string {
  const lines = [`${isError(p) ? '✗' : '⚠'} ${problemLocation(p)}`, `  问题：${p.message}`];
  if (p.fix) lines.push(`  改法：${p.fix}`);
  return lines.join('\n');
}

/** Orders problems by file, then line, then column, so one file's problems stand together. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/**
 * Every problem, one block each, under a heading that says what happens next. `what` names the
 * check (`内容检查`), `next` the command to run again (`npm run build`). With `maxWarnings`, at most
 * that many warnings are listed (every error always is), and the rest are counted: a build log of
 * thousands of reminders helps no one, and `npm run check` lists them all.
 */
export function formatProblems(problems: readonly Problem[], what = '检查', next = 'npm run check', maxWarnings = Infinity): string {
  if (problems.length === 0) return `${what}没有发现问题。\n`;
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const counts = [errors ? `${errors} 处错误` : '', warnings ? `${warnings} 处提醒` : ''].filter(Boolean).join('、');
  const outcome = errors ? `请逐条改正后重新运行 ${next}（写法见 docs/editors-guide.md）` : '提醒不影响构建，但请尽快处理';
  let shownWarnings = 0;
  const shown = sortProblems(problems).filter((p) => isError(p) || shownWarnings++ < maxWarnings);
  const more = warnings > maxWarnings ? `\n\n（以上只列出前 ${maxWarnings} 处提醒；运行 npm run check 查看全部 ${warnings} 处。）` : '';
  return `${what}发现 ${counts}。${outcome}：\n\n${shown.map(formatProblem).join('\n\n')}${more}\n`;
}
