/**
 * Astro integration: runs the content check (`src/lib/content-check.ts`) before Astro loads any
 * content, so an editor's mistake stops `astro build` with our one message — every problem with
 * its file, line and fix — instead of a loader's stack trace. In `astro dev` the problems are
 * logged and the server keeps running (Astro's own overlay shows the error on the page).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkProject, formatProblems } from '../lib/content-check';

/** An error Astro prints as its message alone: no stack trace, which would only confuse editors. */
export class ContentCheckError extends Error {
  hint = '每一行是一处问题：文件、行号、错在哪里、怎么改。改好后重新运行 npm run build。';
  constructor(message: string) {
    super(message);
    this.name = 'ContentCheckError';
    this.stack = '';
  }
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return; // serves a finished build
        const root = fileURLToPath(config.root);
        const { problems, files } = await checkProject(root);
        if (problems.length === 0) {
          logger.info(`内容检查通过：content/ 与 data/ 中的 ${files} 个文件`);
          return;
        }
        const message = formatProblems(problems);
        if (command === 'dev') logger.error(message);
        else throw new ContentCheckError(message);
      },
    },
  };
}
