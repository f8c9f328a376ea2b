/**
 * `npm run check [-- --watch]`: every check the build runs before rendering — content, data,
 * references, statistics, placeholders, site settings (`checkProject`, src/lib/content-check.ts) —
 * with the same messages, without Astro. Exit 0 when there is no error, 1 otherwise. `--watch`
 * checks again after each save in content/, data/ or site.config.yaml.
 */
import { watch } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../src/lib/content-check';
import { formatProblems, isError } from '../src/lib/problems';
import { SITE_SETTINGS_FILE } from '../src/lib/site-settings';
import { args, main, projectRoot } from './cli';

const USAGE = 'npm run check [-- --watch]';

async function checkOnce(): Promise<0 | 1> {
  const started = performance.now();
  const { problems, files } = await checkProject(projectRoot, process.env);
  const ms = Math.round(performance.now() - started);
  const errors = problems.filter(isError).length;
  if (problems.length > 0) (errors ? process.stderr : process.stdout).write(`${formatProblems(problems, '内容检查', 'npm run check')}\n`);
  if (errors === 0) process.stdout.write(`内容检查通过：content/ 与 data/ 中的 ${files} 个文件，以及网站设置（${ms} ms）。\n`);
  return errors ? 1 : 0;
}

/** Checks again 200 ms after the last change, one run at a time. */
function watchAndCheck() {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const again = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        process.stdout.write(`\n—— ${new Date().toLocaleTimeString('zh-CN', { hour12: false })} 文件有改动，重新检查 ——\n`);
        await checkOnce();
      });
    }, 200);
  };
  for (const dir of ['content', 'data']) watch(join(projectRoot, dir), { recursive: true }, again);
  watch(projectRoot, (_event, name) => name === SITE_SETTINGS_FILE && again());
  process.stdout.write(`正在监视 content/、data/ 和 ${SITE_SETTINGS_FILE}：保存文件后自动重新检查。按 Ctrl+C 退出。\n`);
}

main(async () => {
  const { values } = args({ watch: { type: 'boolean' } }, USAGE);
  const code = await checkOnce();
  if (!values.watch) return code;
  watchAndCheck();
  return new Promise<number>(() => {});
});
