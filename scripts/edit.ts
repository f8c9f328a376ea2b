/**
 * `npm run edit`: the web editor on this computer. Starts the site's live preview and the web editor
 * with its local backend, which saves into content/ and data/ of this folder
 * (`startEditSession`, src/lib/edit-session.ts), prints the addresses, and stops everything on
 * Ctrl-C.
 */
import { startEditSession } from '../src/lib/edit-session';
import { main, projectRoot } from './cli';

main(async () => {
  process.stdout.write('正在启动网页编辑器（第一次要等半分钟左右）……\n');
  const session = await startEditSession({ root: projectRoot });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\n正在停止网页编辑器和网站预览……\n');
    await session.stop();
    process.stdout.write('已停止。\n');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
  process.stdout.write(
    [
      '',
      `网页编辑器：${session.editorUrl}`,
      `网站预览：  ${session.siteUrl}`,
      '',
      '在浏览器中打开网页编辑器，点“登录”即可编辑；保存的内容直接写进本文件夹的 content/ 和 data/，',
      '网站预览随之更新。改完运行 npm run check 检查，再用 git 提交。',
      '按 Ctrl-C 停止。',
      '',
    ].join('\n'),
  );
  const why = await session.ended;
  if (!stopping) {
    process.stderr.write(`${why}\n`);
    await stop(1);
  }
  return 0;
});
