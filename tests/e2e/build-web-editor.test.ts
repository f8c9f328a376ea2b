/**
 * The web editor in a published build: absent from the default build; with a publishing backend in
 * the site settings (`cms`, here a self-hosted Gitea), `/admin/` is built with Decap's files from
 * the project and its own Content-Security-Policy, and no public page loads any of it — nor does the
 * service worker, which neither precaches, keeps nor answers anything of the editor. Prints what
 * `/admin/` loads up to its login screen, in KB gzipped (served from the build, in Chromium).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { adminCsp, ADMIN_CSP_HEADER, CSP_HEADER } from '../../src/lib/csp';
import { useBrowser } from './support/browser';
import { copyProject, removeCopy, siteBuild } from './support/build';
import { cacheNames, controlled, readerContext } from './support/offline';
import { serveStatic } from './support/static-server';

const GITEA = 'https://git.example.gov.cn';
const browser = useBrowser();
const dir = copyProject();
const dist = join(dir, 'dist');
let server: { url: string; close: () => Promise<void> | void };

beforeAll(() => {
  const settings = join(dir, 'site.config.yaml');
  writeFileSync(
    settings,
    readFileSync(settings, 'utf8').replace(/^cms:.*$/m, `cms:\n  backend: gitea\n  repo: dangjian/liangxin-portal\n  server: ${GITEA}\n  appId: test-client-id`),
  );
  const { status, output } = siteBuild(dir, { SITE_URL: 'https://portal.example.org' });
  expect(status, output.slice(-4000)).toBe(0);
}, 600_000);

afterAll(async () => {
  await server?.close();
  removeCopy(dir);
});

const files = () => readdirSync(dist, { recursive: true }) as string[];
const publicPages = () => files().filter((p) => p.endsWith('.html') && !p.startsWith('admin/'));
/** What a page refers to: src and href attributes. */
const references = (html: string) => [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);

describe('the web editor in a build', () => {
  test('the default build (no cms in the site settings) has no /admin/', () => {
    const defaultDist = inject('distDir');
    expect(existsSync(join(defaultDist, 'admin'))).toBe(false);
    expect(readFileSync(join(defaultDist, '_headers'), 'utf8')).not.toContain('admin');
  });

  test('with a publishing backend, /admin/ is built: Decap from the project, its own policy narrowed to the git host', () => {
    const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(admin).toContain(`<meta http-equiv="Content-Security-Policy" content="${adminCsp([GITEA])}">`);
    expect(admin).toContain('noindex');
    expect(existsSync(join(dist, 'admin/decap/decap-cms.js'))).toBe(true);
    // Nothing from another origin: the page's own script, which loads Decap from admin/decap/.
    expect(references(admin).filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toContain(`/admin/*\n  Content-Security-Policy: ${ADMIN_CSP_HEADER}\n`);
    expect(headers).toContain(`/cases/*\n  Content-Security-Policy: ${CSP_HEADER}\n`);
  });

  test('no public page loads any of it, and neither the sitemap nor the search index lists it', () => {
    const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    const adminScripts = references(admin).filter((r) => r.includes('/_astro/'));
    expect(adminScripts.length).toBeGreaterThan(0);
    const found = publicPages().flatMap((page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      return references(html)
        .filter((r) => /\/admin\//.test(r) || adminScripts.includes(r))
        .map((r) => `${page}: ${r}`);
    });
    expect(found).toEqual([]);
    const sitemaps = files().filter((p) => /^sitemap.*\.xml$/.test(p));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const s of sitemaps) expect(readFileSync(join(dist, s), 'utf8')).not.toContain('/admin/');
    // Pagefind indexes only data-pagefind-body; the build's own index check counts what it holds.
    expect(admin).not.toContain('data-pagefind-body');
  });

  test('the service worker precaches nothing of the editor', () => {
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    const adminScripts = references(admin).filter((r) => r.includes('/_astro/'));
    expect(worker).toContain('/_astro/');
    for (const file of [...adminScripts, '/admin/']) expect(worker).not.toContain(`"${file}`);
  });

  test('with the service worker in charge, /admin/ and its files come from the network, and no cache keeps any of them', async () => {
    server ??= await serveStatic(dist, '/');
    const context = await readerContext(browser());
    const page = await context.newPage();
    await page.goto(server.url);
    await controlled(page);
    const fromWorker: string[] = [];
    page.on('response', (r) => {
      if (r.fromServiceWorker() && new URL(r.url()).pathname.startsWith('/admin/')) fromWorker.push(r.url());
    });
    const response = await page.goto(`${server.url}admin/`);
    expect(response?.fromServiceWorker()).toBe(false);
    await page.getByRole('button', { name: /登录/ }).waitFor({ timeout: 120_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(fromWorker).toEqual([]);
    const kept = await page.evaluate(async (names) => {
      const urls: string[] = [];
      for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    }, await cacheNames(page));
    expect(kept.length).toBeGreaterThan(0);
    const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    const adminFiles = [...references(admin).filter((r) => r.includes('/_astro/')), '/admin/'];
    expect(kept.filter((url) => adminFiles.some((f) => new URL(url).pathname.startsWith(f)))).toEqual([]);
    await context.close();
  });

  test('what /admin/ loads up to its login screen (printed in KB gzipped), all from the site itself', async () => {
    server ??= await serveStatic(dist, '/');
    const page = await browser().newPage({ locale: 'zh-CN' });
    const loaded: { url: string; bytes: Buffer }[] = [];
    const pending: Promise<unknown>[] = [];
    page.on('response', (r) => pending.push(r.body().then((bytes) => loaded.push({ url: r.url(), bytes }), () => undefined)));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}admin/`);
    await page.getByRole('button', { name: /登录/ }).waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await page.close();
    expect(errors).toEqual([]);
    expect(loaded.filter((l) => !l.url.startsWith(server.url)).map((l) => l.url)).toEqual([]);
    const kb = (n: number) => (n / 1024).toFixed(1);
    const rows = loaded.map((l) => ({ path: new URL(l.url).pathname, raw: l.bytes.length, gz: gzipSync(l.bytes).length }));
    const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz }), { raw: 0, gz: 0 });
    console.log(
      `/admin/ loads ${rows.length} files, ${kb(total.raw)} KB (${kb(total.gz)} KB gzipped):\n${rows.map((r) => `  ${r.path}: ${kb(r.raw)} KB, ${kb(r.gz)} KB gz`).join('\n')}`,
    );
    expect(rows.some((r) => r.path.endsWith('/admin/decap/decap-cms.js'))).toBe(true);
  });
});
