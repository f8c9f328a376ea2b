/**
 * The sources' masking stars (`*年*月*日`, `〔*〕*号`, `广东省*市`) reach the reader as written, in
 * the real build opened in Chromium: on the four pages where they used to turn text italic and
 * vanish, every body line of the source that holds a mask is on the page verbatim, and the body
 * holds no <em>. src/lib/safety/masks.ts has the rule; tests/unit/masks.test.ts its cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser';
import { projectRoot } from './support/build';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const PAGES = [
  ['policies/feigong-shuangtongbu-shishi-fangan/', 'content/policies/feigong-shuangtongbu-shishi-fangan.md'],
  ['policies/shehui-zuzhi-shuangtongbu-tongzhi/', 'content/policies/shehui-zuzhi-shuangtongbu-tongzhi.md'],
  ['methods/liang-zhang-wang/', 'content/methods/liang-zhang-wang.md'],
  ['methods/louyu-shequ/', 'content/methods/louyu-shequ.md'],
] as const;

/**
 * The body lines of a source file that hold a single masking star, as a reader should read them:
 * without the list marker and with links reduced to their text.
 */
function maskedLines(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  const body = text.slice(text.indexOf('\n---', 3) + 4);
  return body
    .split('\n')
    .filter((line) => /(?<!\*)\*(?!\*)/.test(line))
    .map((line) => line.replace(/^\s*[-*]\s+/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim());
}

describe('masked numbers', () => {
  for (const [path, file] of PAGES) {
    test(`${path} shows every mask of ${file} as written, with no <em>`, async () => {
      const lines = maskedLines(file);
      expect(lines.length, `masked lines in ${file}`).toBeGreaterThan(0);
      const page = await browser().newPage();
      await page.goto(new URL(path, baseUrl).href);
      const body = page.locator('main .prose').first();
      const text = (await body.innerText()).replace(/\s*\n\s*/g, '\n');
      for (const line of lines) expect(text).toContain(line);
      expect(await body.locator('em').count()).toBe(0);
      await page.close();
    });
  }
});
