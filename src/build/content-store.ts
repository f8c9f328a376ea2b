/**
 * Astro keeps every entry, with its rendered HTML, in one file, `node_modules/.astro/data-store.json`,
 * and its build turns that file into one JavaScript module. Past V8's longest string (2^29 − 24
 * characters, about 512 MiB) the bundler fails with `Failed to convert rust &str into napi string`
 * and names no file (withastro/astro#13360). At about 20 KB an entry (2,500 Chinese characters)
 * that is some 26,000 entries. `scripts/build.mjs` asks this after a failed `astro build`, so the
 * failure names its cause.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Where Astro keeps its content store, below the project (its default `cacheDir`). */
export const CONTENT_STORE = join('node_modules', '.astro', 'data-store.json');

/** V8's longest string, in UTF-16 code units; the store is mostly ASCII and CJK, so bytes overstate it. */
const LONGEST_STRING = 2 ** 29 - 24;

/** Above this the store is close enough to the limit to be the likely cause of a failed build. */
export const STORE_WARNING_BYTES = 400 * 1024 * 1024;

/** The explanation for a failed build whose content store is `bytes` long, or undefined when it is not near the limit. */
export function storeTooLargeMessage(bytes: number): string | undefined {
  if (bytes < STORE_WARNING_BYTES) return undefined;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return [
    `Astro 的内容缓存 ${CONTENT_STORE} 有 ${mb(bytes)}，接近或超过 JavaScript 单个字符串的上限（约 ${mb(LONGEST_STRING)}）：`,
    '构建在打包这份缓存时失败（报错 “Failed to convert rust &str into napi string”）。',
    '原因是条目太多：每篇约 2,500 字的条目约占 20 KB，约 26,000 篇是目前的上限。',
    '改法：把站点按栏目或年份拆成两个站点分别构建；这是 Astro 的已知限制（withastro/astro#13360）。',
  ].join('\n');
}

/** `storeTooLargeMessage` for the store of the project at `root`, if it exists. */
export function contentStoreProblem(root: string): string | undefined {
  try {
    return storeTooLargeMessage(statSync(join(root, CONTENT_STORE)).size);
  } catch {
    return undefined;
  }
}
