/**
 * Open statistics in a real browser: every dataset page draws its charts, its tables hold the
 * numbers of its JSON download, the CSV download opens in Excel, and pages without charts load no
 * chart code.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser, watchedPage } from './support/browser';
import { chartCode } from './support/chart-code';

const baseUrl = inject('baseUrl');
/** The output being served: dist/ at the root, dist-base/ under /portal/ (e2e-base). */
const DIST = inject('distDir');
const at = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();

type Observation = { indicator: string; region: string; period: string; value: number | null; status?: string };
type Index = { datasets: { id: string; title: string; csv: string; json: string; observations: number }[] };

const index = async (): Promise<Index> => (await fetch(at('data/index.json'))).json() as Promise<Index>;
const dataset = async (id: string) => (await (await fetch(at(`data/${id}.json`))).json()) as { observations: Observation[] };
const key = (o: { indicator?: string; region?: string; period?: string }) => `${o.indicator}|${o.region}|${o.period}`;

/** The number a cell shows: `约4,800名` → 4800, `16.2%（推算）` → 16.2, `未披露` → null. */
function shownNumber(text: string): number | null {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** Scrolls each chart into view (charts draw only then) and waits until all are drawn. */
async function drawAllCharts(page: Page): Promise<number> {
  const figures = page.locator('[data-chart-figure]');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await page.locator('[data-chart-figure]').nth(i).and(page.locator('[data-chart-state="drawn"]')).waitFor({ timeout: 10_000 });
  }
  return count;
}

/** Share of each canvas's pixels that are painted (a blank canvas is 0). */
const inkPerCanvas = (page: Page) =>
  page.$$eval('[data-chart-figure] canvas', (canvases) =>
    (canvases as HTMLCanvasElement[]).map((c) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted / (c.width * c.height);
    }),
  );

/** Every script URL a page requests, after its charts (if any) are drawn. */
async function scriptsRequested(path: string): Promise<string[]> {
  const { page } = await watchedPage(browser(), baseUrl);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(at(path), { waitUntil: 'load' });
  await drawAllCharts(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.context().close();
  return scripts;
}



describe('open statistics', () => {
  test('every dataset page draws its charts, and its tables hold the numbers of its JSON download', async () => {
    const { datasets } = await index();
    expect(datasets.length).toBeGreaterThan(0);
    let charts = 0;
    for (const ds of datasets) {
      const { page, errors, foreignRequests, brokenResources } = await watchedPage(browser(), baseUrl);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(at(`data/${ds.id}/`));
      const count = await drawAllCharts(page);
      charts += count;
      const ink = await inkPerCanvas(page);
      expect(ink, `charts drawn on /data/${ds.id}/`).toHaveLength(count);
      for (const share of ink) expect(share, `painted share of a canvas on /data/${ds.id}/`).toBeGreaterThan(0.01);

      const { observations } = await dataset(ds.id);
      expect(observations).toHaveLength(ds.observations);
      const byKey = new Map(observations.map((o) => [key(o), o]));
      type Cell = { indicator?: string; region?: string; period?: string; value?: string; text: string; full: boolean };
      const cells: Cell[] = await page.$$eval('td[data-indicator]', (tds) =>
        (tds as HTMLElement[]).map((td) => ({ ...td.dataset, text: td.textContent ?? '', full: td.closest('table')!.hasAttribute('data-observations') })),
      );
      for (const cell of cells) {
        const o = byKey.get(key(cell));
        expect(o, `a table cell on /data/${ds.id}/ for ${key(cell)}`).toBeDefined();
        expect(cell.value).toBe(o!.value === null ? '' : String(o!.value));
        expect(shownNumber(cell.text), `shown number for ${key(cell)}: ${cell.text}`).toBe(o!.value);
        if (o!.value === null) expect(cell.text).toContain(o!.status === 'undisclosed' ? '未披露' : '未给出');
      }
      // The full table lists every observation of the download exactly once.
      expect(cells.filter((c) => c.full).map(key).sort()).toEqual([...byKey.keys()].sort());
      expect(errors, `console errors on /data/${ds.id}/`).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(brokenResources).toEqual([]);
      await page.context().close();
    }
    expect(charts, 'charts across all dataset pages').toBeGreaterThan(0);
  });

  test('the data home page shows a drawn chart for each dataset that has one', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(at('data/'));
    const count = await drawAllCharts(page);
    expect(count).toBeGreaterThan(0);
    for (const share of await inkPerCanvas(page)) expect(share).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a case or method page written in MDX draws a chart of its own figures from a dataset', async () => {
    const pages = ['cases', 'methods'].flatMap((section) =>
      readdirSync(join(DIST, section), { withFileTypes: true })
        .map((e) => join(DIST, section, e.name, 'index.html'))
        .filter((file) => existsSync(file) && readFileSync(file, 'utf8').includes('data-chart-figure'))
        .map((file) => file.slice(join(DIST, section).length + 1, -'/index.html'.length))
        .map((name) => `${section}/${name}/`),
    );
    expect(pages.length, 'case or method pages with a <DatasetChart>').toBeGreaterThan(0);
    for (const path of pages) {
      const { page, errors } = await watchedPage(browser(), baseUrl);
      await page.goto(at(path));
      await drawAllCharts(page);
      for (const share of await inkPerCanvas(page)) expect(share, `painted share of a canvas on /${path}`).toBeGreaterThan(0.01);
      // Its download links point at the dataset the numbers come from, and the numbers match it.
      const csv = await page.locator('[data-chart-figure] a[download]').first().getAttribute('href');
      const id = /data\/([\w-]+)\.csv$/.exec(csv ?? '')?.[1];
      expect(id, `dataset of the chart on /${path}`).toBeTruthy();
      const byKey = new Map((await dataset(id!)).observations.map((o) => [key(o), o]));
      const cells = await page.$$eval('[data-chart-figure] td[data-indicator]', (tds) => (tds as HTMLElement[]).map((td) => ({ ...td.dataset })));
      for (const cell of cells) expect(String(byKey.get(key(cell))?.value ?? '')).toBe(cell.value);
      // The chart itself; the page around it is the content pages' own business.
      expect(await axeViolations(page, '[data-chart-figure]'), `axe violations in the chart on /${path}`).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('the CSV download opens in Excel: UTF-8 with a BOM, Chinese-and-id headers, one row per number', async () => {
    const { datasets } = await index();
    const ds = datasets[0]!;
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(at(`data/${ds.id}/`));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main a[download]').first().click()]);
    expect(download.suggestedFilename()).toBe(`${ds.id}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^指标 indicator,指标名称 indicator_name,地区 region,地区名称 region_name,时间 period,数值 value,单位 unit,状态 status,/);
    expect(lines).toHaveLength(1 + ds.observations);
    await page.context().close();
  });

  test('pages without charts request no chart code; a chart page does', async () => {
    const { files } = chartCode(DIST);
    const chartFiles = files.map((f) => `_astro/${f}`);
    const isChartCode = (path: string) => chartFiles.some((f) => path.endsWith(f));
    // All of it but the PNG export, which loads when a reader asks for a picture.
    const onLoad = chartFiles.filter((f) => !f.includes('chart-export'));
    expect(onLoad.length).toBe(chartFiles.length - 1);
    expect((await scriptsRequested('data/')).filter(isChartCode).length, 'chart code on /data/').toBe(onLoad.length);
    const chartless = ['', 'cases/', 'glossary/', 'about/'];
    // Dataset pages whose sources give nothing to draw have no chart either.
    for (const ds of (await index()).datasets) {
      if (!readFileSync(join(DIST, 'data', ds.id, 'index.html'), 'utf8').includes('data-chart-figure')) chartless.push(`data/${ds.id}/`);
    }
    for (const path of chartless) {
      expect((await scriptsRequested(path)).filter(isChartCode), `chart code requested by /${path}`).toEqual([]);
    }
  });

  test('chart pages carry no inline executable script (ready for a CSP without unsafe-inline)', () => {
    const pages = [join(DIST, 'data', 'index.html')];
    for (const entry of readdirSync(join(DIST, 'data'), { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(DIST, 'data', entry.name, 'index.html'))) pages.push(join(DIST, 'data', entry.name, 'index.html'));
    }
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        const external = /\ssrc=/.test(tag);
        const data = /type="application\/(?:ld\+)?json"/.test(tag);
        expect(external || data, `${file}: ${tag}`).toBe(true);
      }
    }
  });

  test('without JavaScript a chart is its table: no empty canvas is shown', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { javaScript: false });
    await page.goto(at('data/'));
    expect(await page.locator('[data-chart-figure] canvas').first().isVisible()).toBe(false);
    expect(await page.locator('[data-chart-figure] table').first().isVisible()).toBe(true);
    await page.context().close();
  });

  test('printed, a chart page shows its tables and sources, not its canvases', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(at('data/'));
    await drawAllCharts(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-chart-figure] canvas').first().isVisible()).toBe(false);
    expect(await page.locator('[data-chart-figure] table').first().isVisible()).toBe(true);
    expect(await page.locator('[data-chart-figure]').first().getByText('来源：').isVisible()).toBe(true);
    await page.context().close();
  });

  test('data pages pass axe (WCAG 2.1 A/AA) and fit a 360 px phone', async () => {
    const { datasets } = await index();
    const { page } = await watchedPage(browser(), baseUrl);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['', 'data/', ...datasets.map((d) => `data/${d.id}/`)]) {
      await page.goto(at(path));
      await drawAllCharts(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on /${path} at 360 px`).toBeLessThanOrEqual(0);
      const violations = await axeViolations(page);
      expect(violations, `axe violations on /${path}`).toEqual([]);
    }
    await page.context().close();
  });
});
