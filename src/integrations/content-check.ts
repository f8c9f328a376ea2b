/**
 * Astro integration: runs the content check (`src/lib/content-check.ts`) before Astro loads any
 * content, so an editor's mistake stops `astro build` with our one message — every problem with
 * its file, line and fix — instead of a loader's stack trace. The statistics are checked here too,
 * so every problem comes in one first report. In `astro dev` the problems are
 * logged and the server keeps running (Astro's own overlay shows the error on the page).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkProject } from '../lib/content-check';
import { formatProblems, isError } from '../lib/problems';
import { problemsError } from './build-error';

/** Warnings listed in a build's log at most; `npm run check` lists every one. */
const LOGGED_WARNINGS = 50;

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return; // serves a finished build
        const root = fileURLToPath(config.root);
        const { problems, files } = await checkProject(root, process.env);
        const errors = problems.filter(isError);
        if (errors.length === 0) {
          if (problems.length > 0) logger.warn(formatProblems(problems, '内容检查', undefined, LOGGED_WARNINGS));
          logger.info(`内容检查通过：content/ 与 data/ 中的 ${files} 个文件，以及网站设置`);
          return;
        }
        if (command === 'dev') logger.error(formatProblems(problems, '内容检查', '保存文件'));
        else throw problemsError(problems, '内容检查');
      },
    },
  };
}
