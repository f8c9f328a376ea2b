#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: Lighthouse (the `lighthouse` npm package, mobile: its default
 * configuration, with simulated slow-4G throttling and a 4× slower CPU) on four pages of the built
 * site — the home page, a case, a data page and the search page with a query — in the system's
 * Chromium (never a downloaded browser), served from `dist/` on 127.0.0.1 with gzip as a host
 * serves it. Reports the four categories (performance, accessibility, best practices, SEO) as the
 * median of `--runs` with the paint and layout metrics, lists every audit that lost points (with
 * the number of runs it did, so a score below 100 says why), and the time a first query takes to
 * show results on the search page under the same throttling (median of at least 5 runs: one run
 * swings by several hundred ms).
 *
 *   SITE_URL=https://… npm run build && npm run bench:lighthouse   # dist/, 3 runs a page
 *   npm run bench:lighthouse -- --dist bench-out/dist-main           # another build, e.g. main's
 *   npm run bench:lighthouse -- --dist dist-base --base /portal/
 *   npm run bench:lighthouse -- --runs 5 --json out.json
 *   npm run bench:lighthouse -- --search-only                          # the first-search times only
 *
 * Build with a public URL, as the site is published: canonical links (SEO) need one.
 * Targets: performance ≥ 95 and accessibility 100 (issue 15), best practices 100 and SEO 100
 * (issue 14) on all four pages; first results of a first query within 1 s. Timings, not tests: the
 * figures go in BENCHMARKS.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { chromium } from 'playwright-core';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PAGES = [
  { name: '首页 home', path: '' },
  { name: '案例 case', path: 'cases/haishu-jiangdong-louyu/' },
  { name: '数据 data page', path: 'data/guangdong-liangzhangwang-2023/' },
  { name: '搜索 search', path: `search/?q=${encodeURIComponent('楼宇党建')}` },
];
const QUERY = '双同步';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function parseArgs(argv) {
  const args = { dist: 'dist', base: '/', runs: 3, json: undefined, searchOnly: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') args.dist = argv[++i];
    else if (argv[i] === '--base') args.base = argv[++i];
    else if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--json') args.json = argv[++i];
    else if (argv[i] === '--search-only') args.searchOnly = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse run (mobile defaults) of `url` in a fresh Chromium: scores, metrics and the audits that lost points. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const { categories, audits } = result.lhr;
    const ms = (id) => Math.round(audits[id].numericValue);
    return {
      ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(categories[c].score * 100)])),
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
      cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      lost: CATEGORIES.flatMap((c) =>
        categories[c].auditRefs.filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1).map((ref) => `${c}: ${ref.id}`),
      ),
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * The search page under Lighthouse's mobile throttling, applied by the browser (CDP): `rttMs` as the
 * latency of each request (what Lighthouse simulates) and, for comparison, `requestLatencyMs` (the
 * larger latency Lighthouse uses when the browser itself throttles), with its throughput and CPU
 * slowdown. Measures the time from the reader's input to the first results shown: a query typed
 * into the page once it has loaded, and the page opened with a query in its address (from the
 * start of the navigation).
 */
async function searchTimes(baseUrl, latency, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await searchTimesOnce(baseUrl, latency));
  const summary = (kind) => {
    const xs = all.map((t) => t[kind]);
    return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  return { typed: summary('typed'), address: summary('address') };
}

async function searchTimesOnce(baseUrl, latency) {
  const profile = throttling.mobileSlow4G;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const times = {};
  try {
    for (const kind of ['typed', 'address']) {
      // Without the service worker: the browser's network throttling applies to the page's own
      // requests only, and the worker, once it controls the page, would fetch the index unthrottled
      // (about twice as fast as the throttled figure). A first visit is not controlled by it either.
      const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: latency,
        downloadThroughput: (profile.throughputKbps * 1024) / 8,
        uploadThroughput: (profile.uploadThroughputKbps * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdownMultiplier });
      if (kind === 'typed') {
        // The page has loaded and gone quiet (the search engine is loaded once the page is), as when a
        // reader taps into the box and types.
        await page.goto(new URL('search/', baseUrl).href, { waitUntil: 'networkidle' });
        const ms = await page.evaluate(async (q) => {
          const input = document.querySelector('#search-page-q');
          const list = document.querySelector('[data-search-results]');
          input.focus();
          input.value = q;
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((done) => {
            const check = () => (list.children.length > 0 ? done() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - start;
        }, QUERY);
        times.typed = Math.round(ms);
      } else {
        const started = Date.now();
        await page.goto(new URL(`search/?q=${encodeURIComponent(QUERY)}`, baseUrl).href, { waitUntil: 'commit' });
        await page.waitForSelector('[data-search-results] > li', { timeout: 60_000 });
        times.address = Date.now() - started;
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dist = resolve(projectRoot, args.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const { serveStatic } = await import(join(projectRoot, 'tests/e2e/support/static-server.ts'));
  const server = await serveStatic(dist, args.base, { gzip: true });
  const report = { dist: args.dist, runs: args.runs, pages: [], search: {} };
  try {
    for (const page of args.searchOnly ? [] : PAGES) {
      const url = new URL(page.path, server.url).href;
      const runs = [];
      for (let i = 0; i < args.runs; i++) runs.push(await audit(url));
      const pick = (key) => median(runs.map((r) => r[key]));
      const counts = new Map();
      for (const id of runs.flatMap((r) => r.lost)) counts.set(id, (counts.get(id) ?? 0) + 1);
      report.pages.push({
        name: page.name,
        path: `/${decodeURIComponent(page.path)}`,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, pick(c)])),
        scores: runs.map((r) => r.performance),
        fcp: pick('fcp'),
        lcp: pick('lcp'),
        tbt: pick('tbt'),
        cls: pick('cls'),
        lost: [...counts].map(([id, n]) => `${id} (${n}/${runs.length} runs)`),
      });
      process.stderr.write(`${page.name}: ${CATEGORIES.map((c) => `${c} ${pick(c)}`).join(', ')}\n`);
    }
    const profile = throttling.mobileSlow4G;
    const searchRuns = Math.max(5, args.runs);
    report.search = {
      query: QUERY,
      runs: searchRuns,
      simulated: await searchTimes(server.url, profile.rttMs, searchRuns),
      devtools: await searchTimes(server.url, profile.requestLatencyMs, searchRuns),
    };
  } finally {
    await server.close();
  }

  const lines = [`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, ${args.runs} run(s) a page (median), ${args.dist}`, ''];
  lines.push('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of report.pages) {
    lines.push(`| ${p.name} \`${p.path}\` | ${p.performance} (${p.scores.join(', ')}) | ${p.accessibility} | ${p['best-practices']} | ${p.seo} | ${p.fcp} ms | ${p.lcp} ms | ${p.tbt} ms | ${p.cls} |`);
  }
  lines.push('', 'Audits that lost points in any run:', ...report.pages.map((p) => `- ${p.name}: ${p.lost.length > 0 ? p.lost.join('; ') : 'none'}`));
  const s = report.search;
  const ms = (t) => `${t.median} ms (${t.min}–${t.max})`;
  lines.push(
    '',
    `Search “${s.query}”, first query, 360 px, CPU ×4, 1.6 Mbps, median (range) of ${s.runs} runs: typed into the loaded page → first results ` +
      `${ms(s.simulated.typed)} at a request latency of 150 ms / ${ms(s.devtools.typed)} at 562.5 ms; ` +
      `page opened with the query → first results ${ms(s.simulated.address)} / ${ms(s.devtools.address)}.`,
  );
  console.log(lines.join('\n'));
  if (args.json) writeFileSync(resolve(projectRoot, args.json), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
