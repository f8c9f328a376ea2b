/**
 * The link check of the finished output (`src/lib/link-check.ts`): every internal link and
 * `#anchor` of every page. Stops the build with the list of broken links, each under the page it
 * is on; one line in the log when all is well.
 */
import { describeBrokenLinks, findBrokenLinks, type BuiltFile } from '../lib/link-check';
import { buildError } from '../integrations/build-error';
import type { StepLog } from './log';

/** `readMs`: the time spent reading the pages' links and anchors before, reported with the check's own. */
export function checkLinks(files: readonly BuiltFile[], base: string, site: string | undefined, log: StepLog, readMs = 0): void {
  const started = performance.now();
  const broken = findBrokenLinks(files, base, site);
  if (broken.length > 0) {
    throw buildError(
      '链接检查',
      `链接检查发现 ${broken.length} 个失效的站内链接（按所在页面列出）：\n${describeBrokenLinks(broken)}`,
      'Markdown 里的站内链接请写从网站根开始的路径（例如 /methods/liu-qing/），并确认所指的条目存在。',
    );
  }
  const pages = files.filter((f) => f.links !== undefined).length;
  log.info(`链接检查通过：${pages} 个页面的站内链接和锚点都能打开 (${Math.round(readMs + performance.now() - started)} ms)`);
}
