/**
 * How every build step of the project stops the build: Astro's own error type with a hint, so
 * `astro build` and `astro dev` show the same words, and without a stack trace, which would only
 * bury the message an editor must read.
 */
import { AstroError } from 'astro/errors';
import { formatProblems, type Problem } from '../lib/problems';

/** An `AstroError` whose message is `message` alone (no stack trace), with `hint` below it. */
export function buildError(title: string, message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.name = title;
  error.stack = '';
  return error;
}

/** The error that stops a build on `problems`, listed by the project's one formatter. */
export function problemsError(problems: readonly Problem[], what: string): AstroError {
  return buildError(
    what,
    formatProblems(problems, what, 'npm run build'),
    '每一处问题都写明了文件、行号、错在哪里和怎么改。可以先运行 npm run check 快速复查，再重新构建。',
  );
}
