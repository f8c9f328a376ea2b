/**
 * A new deployment reaches a reader who has the site offline, and never as a mix of builds. Build A
 * is the e2e build; build B is a scratch copy with a changed case and changed CSS (so A's
 * stylesheet does not exist in B). The site is served from a folder that is swapped whole, as an
 * atomic deployment does.
 *
 * 1. The reader reads under A: the worker precaches A and keeps the case page.
 * 2. B is deployed. The next page the reader opens still comes whole from A (A's HTML with A's
 *    stylesheet, which B's server no longer has), while B's worker installs beside A's.
 * 3. The page after that comes from B, and B's worker takes over: B's HTML with B's stylesheet;
 *    the pages cache of A is gone, and the kept case page is there in B's version, offline too.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { siteBuild, copyProject, removeCopy } from './support/build';
import { useBrowser } from './support/browser';
import { cacheNames, controlled, kept, readerContext, stylesLoaded, workerWaiting } from './support/offline';
import { serveStatic, type RunningServer } from './support/static-server';

const distA = inject('distDir');
const browser = useBrowser();
const MARK = '（本条为更新测试改写）';
const CASE = 'haishu-jiangdong-louyu';

let project: string;
let site: string;
let server: RunningServer;

/** The stylesheets a page links, by path. */
const stylesheets = (page: Page) => page.$$eval('link[rel="stylesheet"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
/** Whether every path (below the root) is a file of the build in `dir`. */
const allIn = (paths: string[], dir: string) => paths.length > 0 && paths.every((p) => existsSync(join(dir, p)));
/** Serves `dir` from now on: the served folder is a symbolic link, replaced in one rename. */
function deploy(dir: string) {
  const next = `${site}.next`;
  symlinkSync(dir, next);
  renameSync(next, site);
}

beforeAll(() => {
  project = copyProject();
  const file = join(project, 'content/cases', `${CASE}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/m, (_, s: string) => `summary: ${s}${MARK}`));
  writeFileSync(join(project, 'src/styles/global.css'), `${readFileSync(join(project, 'src/styles/global.css'), 'utf8')}\n.update-test-b { color: #123456; }\n`);
  const { status, output } = siteBuild(project);
  if (status !== 0) throw new Error(`build B failed:\n${output.slice(-3000)}`);
  site = join(mkdtempSync(join(tmpdir(), 'liangxin-deploy-')), 'site');
  cpSync(distA, `${site}-a`, { recursive: true });
  symlinkSync(`${site}-a`, site);
});

afterAll(async () => {
  await server?.close();
  removeCopy(project);
  rmSync(join(site, '..'), { recursive: true, force: true });
});

describe('a new build reaches an offline reader whole', () => {
  test('pages come from the old build until the new worker takes over at the next page, then all from the new build', async () => {
    server = await serveStatic(site, '/');
    const at = (path: string) => new URL(path, server.url).href;
    const context = await readerContext(browser());
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });

    // 1. Reading under build A.
    await page.goto(at(''));
    await controlled(page);
    await page.goto(at(`cases/${CASE}/`));
    await kept(page, at(`cases/${CASE}/`));
    const cachesA = await cacheNames(page);
    const distB = join(project, 'dist');
    expect(await page.locator('main').innerText()).not.toContain(MARK);

    // 2. Build B is deployed; A's main stylesheet is no longer on the server.
    deploy(distB);
    await page.goto(at('cases/'));
    const cssA = await stylesheets(page);
    expect(allIn(cssA, distA), `the next page still comes whole from A: ${cssA}`).toBe(true);
    expect(cssA.some((p) => !existsSync(join(distB, p)))).toBe(true);
    expect((await fetch(at(cssA[0]!.slice(1)))).status).toBe(404);
    expect(await stylesLoaded(page)).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain(MARK);
    await workerWaiting(page, true);

    // 3. The page after that: B's, and B's worker takes over.
    await page.goto(at('cases/'));
    const cssB = await stylesheets(page);
    expect(allIn(cssB, distB), `then whole from B: ${cssB}`).toBe(true);
    expect(cssB).not.toEqual(cssA);
    expect(await stylesLoaded(page)).toBe(true);
    expect(await page.locator('main').innerText()).toContain(MARK);
    await workerWaiting(page, false);

    const cachesB = await cacheNames(page);
    const pagesA = cachesA.filter((n) => n.startsWith('liangxin-pages-'));
    expect(pagesA).toHaveLength(1);
    expect(cachesB.filter((n) => n.startsWith('liangxin-pages-'))).not.toContain(pagesA[0]);

    // Offline: the kept case page in B's version, with B's stylesheet.
    await context.setOffline(true);
    await page.goto(at(`cases/${CASE}/`));
    expect(await page.locator('main').innerText()).toContain(MARK);
    expect(allIn(await stylesheets(page), distB)).toBe(true);
    expect(await stylesLoaded(page)).toBe(true);
    expect(failed).toEqual([]);
    await context.close();
  });
});
