/**
 * Defence in depth: a remark plugin in Astro's Markdown and MDX pipelines (astro.config.mjs) that
 * refuses to compile a body breaking the rules of `./body-rules.ts` — `import`/`export`,
 * `{expressions}`, `set:html`, components outside the allowlist, script-capable URLs, unsafe HTML.
 * The content check reports the same problems before the build starts; this plugin holds where
 * the check only logs (`astro dev`) or was skipped, so an editor's code is never compiled into a
 * module that runs.
 */
import { relative } from 'node:path';
import { formatProblems } from '../problems';
import { findUnsafe, type BodyFinding } from './body-rules';
import type { MdNode } from './mdast';

/**
 * The error Astro shows: each problem with its line, column and fix, in the project's one format
 * (src/lib/problems.ts); no stack trace. `line` and `column` point Astro's overlay at the first.
 */
class ContentSafetyError extends Error {
  line?: number;
  column?: number;
  constructor(file: string, findings: readonly BodyFinding[]) {
    super(
      `${file} 含有本站正文不允许的写法，已拒绝编译（正文只能是内容，不能是代码）。\n` +
        formatProblems(findings.map((f) => ({ file, ...f })), '正文检查', 'npm run build'),
    );
    this.name = 'ContentSafetyError';
    this.line = findings[0]?.line;
    this.column = findings[0]?.column;
    this.stack = '';
  }
}

/** The remark plugin. */
export function remarkContentOnly() {
  return (tree: object, file: { value?: unknown; path?: string }) => {
    const findings = findUnsafe(tree as MdNode, String(file.value ?? ''));
    if (findings.length === 0) return;
    const name = file.path ? relative(process.cwd(), file.path).split('\\').join('/') : '（未知文件）';
    throw new ContentSafetyError(name, findings);
  };
}
