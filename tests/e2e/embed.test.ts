/**
 * Embeddable charts, as another site uses them: the site served by nginx with its generated
 * configuration (support/nginx.ts) on 127.0.0.1, and a page of "another site" on 127.0.0.2 that
 * pastes the 嵌入 code copied from a dataset page. In Chromium the chart draws inside the frame on
 * the other origin, with its table, unit, source and link back and nothing else; a page that is not
 * under /embed/ refuses to be framed there (frame-ancestors 'self'). The 图片 button saves the
 * drawn chart as a PNG (kept in `test-artifacts/embed/<project>/`, git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { projectRoot } from './support/build';
import { startNginx, type RunningNginx } from './support/nginx';

const basePath = inject('basePath');
const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
const dist = inject('distDir');
const SITE = process.env.SITE_URL!;
const DATASET = 'linpu-pilot-2011';
const CHART = 'liangxin-zuzhi';
const browser = useBrowser();
const artifacts = join(projectRoot, 'test-artifacts/embed', base === '/' ? 'e2e' : 'e2e-base');

let nginx: RunningNginx;
let other: Server;
let otherOrigin: string;
/** The 嵌入 code as the dataset page shows it, pointing at the local nginx instead of the public URL. */
let snippet: string;

const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

beforeAll(async () => {
  nginx = await startNginx([{ base, root: dist }]);
  const page = readFileSync(join(dist, 'data', DATASET, 'index.html'), 'utf8');
  const code = page.match(new RegExp(`<textarea id="chart-${DATASET}-${CHART}-embed"[^>]*>([\\s\\S]*?)</textarea>`))?.[1];
  snippet = unescape(code ?? '').replace(new URL(SITE).origin, nginx.origin);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>另一个网站</title></head><body>
    <h1>另一个网站的文章</h1>${snippet}
    <iframe id="not-embeddable" src="${nginx.origin}${base}data/${DATASET}/" title="数据集页面" width="600" height="300"></iframe></body></html>`;
  other = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.2', resolve));
  otherOrigin = `http://127.0.0.2:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await nginx?.close();
  await new Promise((resolve) => other?.close(resolve));
});

/** A browser context that records console messages; every request goes to this machine. */
async function context(b: Browser): Promise<{ ctx: BrowserContext; console: string[] }> {
  const ctx = await b.newContext({ locale: 'zh-CN', acceptDownloads: true });
  const messages: string[] = [];
  ctx.on('console', (m) => messages.push(m.text()));
  return { ctx, console: messages };
}

describe('embeddable charts', () => {
  test('the dataset page gives an <iframe> of the chart’s /embed/ page on the public URL', () => {
    expect(snippet).toMatch(new RegExp(`^<iframe src="${nginx.origin}${base}embed/${DATASET}/${CHART}/" title="[^"]+" width="100%" height="\\d+" loading="lazy" style="border:0"></iframe>$`));
  });

  test('pasted into a page of another origin (127.0.0.2), the chart draws with its table, unit, source and link back, and nothing else', async () => {
    const { ctx, console } = await context(browser());
    const page = await ctx.newPage();
    await page.goto(otherOrigin, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe[src*="/embed/"]');
    await frame.locator('figure[data-chart-state="drawn"]').waitFor({ timeout: 15_000 });
    // Painted: a good share of the canvas is not blank.
    const painted = await frame.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n / (c.width * c.height);
    });
    expect(painted).toBeGreaterThan(0.02);
    const text = await frame.locator('body').innerText();
    expect(text).toMatch(/单位：家/);
    expect(text).toContain('来源：《');
    await expect(frame.locator('details[data-embed-table] table').count()).resolves.toBe(1);
    await expect(frame.locator(`a[href="${base}data/${DATASET}/"][target="_blank"]`).count()).resolves.toBe(1);
    await expect(frame.locator('header, nav, footer, form, [data-chart-png], details.chart-embed').count()).resolves.toBe(0);
    // The whole figure fits the frame the code asks for.
    const height = Number(snippet.match(/height="(\d+)"/)![1]);
    await expect(frame.locator('html').evaluate((h) => h.scrollHeight)).resolves.toBeLessThanOrEqual(height);

    // Any other page of the site refuses to be framed by another origin.
    const blocked = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
    await expect.poll(() => console.some((m) => m.includes("frame-ancestors 'self'")), { timeout: 5_000 }).toBe(true);
    // Chromium replaces the refused page by its error page.
    expect(blocked!.url()).toMatch(/^chrome-error:/);
    expect(await blocked!.locator('main').count()).toBe(0);
    await ctx.close();
  });

  test('the embed page on its own: valid for assistive technology, its table the chart without JavaScript', async () => {
    const { ctx } = await context(browser());
    const page = await ctx.newPage();
    await page.goto(`${nginx.origin}${base}embed/${DATASET}/${CHART}/`, { waitUntil: 'networkidle' });
    await page.locator('figure[data-chart-state="drawn"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${nginx.origin}${base}embed/${DATASET}/${CHART}/`);
    await expect(plain.locator('details[data-embed-table] table').isVisible()).resolves.toBe(true);
    await noJs.close();
  });

  test('图片 saves the drawn chart as a PNG with its title and source', async () => {
    const { ctx } = await context(browser());
    const page = await ctx.newPage();
    await page.goto(`${nginx.origin}${base}data/${DATASET}/`, { waitUntil: 'networkidle' });
    const figure = page.locator(`#chart-${DATASET}-${CHART}`);
    await figure.scrollIntoViewIfNeeded();
    await page.locator(`#chart-${DATASET}-${CHART}[data-chart-state="drawn"]`).waitFor();
    const button = figure.getByRole('button', { name: '图片（PNG）' });
    await expect(button.isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`${DATASET}-${CHART}.png`);
    // Kept with the other artifacts (git-ignored) for people to look at.
    mkdirSync(artifacts, { recursive: true });
    await download.saveAs(join(artifacts, download.suggestedFilename()));
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const canvasWidth = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(canvasWidth);
    await ctx.close();
  });
});
