/**
 * Astro integration: after the build, checks every internal link and `#anchor` of every page in
 * the output (`src/lib/link-check.ts`) and stops the build with the list of broken links, each
 * under the page it is on. One line in the log when all is well.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeBrokenLinks, findBrokenLinks, type BuiltFile } from '../lib/link-check';
import { buildError } from './build-error';


/** Every file of a built site, with the HTML of its pages. */
export async function readBuiltSite(dir: string): Promise<BuiltFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = join(e.parentPath, e.name);
        const path = relative(dir, full).split(sep).join('/');
        return path.endsWith('.html') ? { path, html: await readFile(full, 'utf8') } : { path };
      }),
  );
}

export default function linkCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await readBuiltSite(fileURLToPath(dir));
        const broken = findBrokenLinks(files, base, site);
        const pages = files.filter((f) => f.html !== undefined).length;
        if (broken.length > 0) {
          throw buildError(
            '链接检查',
            `链接检查发现 ${broken.length} 个失效的站内链接（按所在页面列出）：\n${describeBrokenLinks(broken)}`,
            'Markdown 里的站内链接请写从网站根开始的路径（例如 /methods/liu-qing/），并确认所指的条目存在。',
          );
        }
        logger.info(`链接检查通过：${pages} 个页面的站内链接和锚点都能打开`);
      },
    },
  };
}
