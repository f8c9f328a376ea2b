/**
 * Valid content an editor may well write builds and shows correctly: a file with a BOM and
 * Windows line endings, dates written 2020年11月6日, and titles, labels and region names that
 * contain HTML and `<script>` — shown as text, never run. One real build of the project with
 * tests/fixtures/editor-variants/ added, served and opened in Chromium.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser';
import { copyProject, overlayFixture, projectRoot, removeCopy, siteBuild } from './support/build';
import { serveStatic, type RunningServer } from './support/static-server';

const FIXTURE = 'editor-variants';
let dir: string;
let build: { status: number | null; output: string };
let server: RunningServer;
const browser = useBrowser();

beforeAll(async () => {
  dir = copyProject();
  overlayFixture(dir, FIXTURE);
  const regionsFile = join(dir, 'data/regions.json');
  const extra = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures', FIXTURE, 'regions-append.json'), 'utf8')) as unknown[];
  writeFileSync(regionsFile, JSON.stringify([...JSON.parse(readFileSync(regionsFile, 'utf8')), ...extra], null, 2));
  build = siteBuild(dir, { BASE_PATH: '/' });
  if (build.status === 0) server = await serveStatic(join(dir, 'dist'), '/');
});
afterAll(async () => {
  await server?.close();
  removeCopy(dir);
});

/** Every built page (path relative to dist/) whose HTML holds the fixture's planted markup. */
function pagesWithFixtureText(): string[] {
  const dist = join(dir, 'dist');
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((p) => p.endsWith('.html') && readFileSync(join(dist, p), 'utf8').includes('window.__xss'))
    .map((p) => p.replace(/index\.html$/, ''));
}

describe('a build with editors’ valid variants and HTML in text', () => {
  test('builds: BOM, CRLF and 2020年11月6日 are accepted', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).toContain('内容检查通过');
  });

  test('the CRLF/BOM files show their fields cleanly and the Chinese date is normalised', async () => {
    const { page, errors } = await watchedPage(browser(), server.url);
    await page.goto(new URL('reports/fixture-report/', server.url).href);
    const h1 = await page.locator('h1').innerText();
    expect(h1).toBe('《测试用调研报告<script>window.__xss = 1</script>》');
    await expect(page.locator('main').innerText()).resolves.toContain('2020年11月6日');
    await page.goto(new URL('methods/fixture-method/', server.url).href);
    await expect(page.locator('h1').innerText()).resolves.toBe('测试方法（带 BOM 与 CRLF）');
    expect(await page.content()).not.toContain('\r');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a title with <script> and HTML shows as text and nothing runs, on every page that shows it', async () => {
    const pages = pagesWithFixtureText();
    expect(pages).toEqual(expect.arrayContaining(['cases/fixture-xss/', 'cases/', 'glossary/', 'reports/fixture-report/']));
    const { page, errors } = await watchedPage(browser(), server.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of pages) {
      await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
      const ran = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
      expect(ran, `planted script ran on /${path}`).toBeUndefined();
      // No element was created from the text: no <script>, <img onerror>, <svg onload> or <b onmouseover> of ours.
      const planted = await page.evaluate(
        () => [...document.querySelectorAll('script:not([src]):not([type="application/json"]):not([type="application/ld+json"]), img[onerror], svg[onload], b[onmouseover]')].length,
      );
      expect(planted, `elements built from text on /${path}`).toBe(0);
    }
    await page.goto(new URL('cases/fixture-xss/', server.url).href);
    await expect(page.locator('h1').innerText()).resolves.toContain('<script>window.__xss = 2</script><img src=x onerror="window.__xss = 3">');
    await expect(page.locator('main').innerText()).resolves.toContain('</td></tr></table><script>window.__xss = 6</script>');
    await expect(page.locator('main').innerText()).resolves.toContain('测试县<script>window.__xss = 10</script>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
