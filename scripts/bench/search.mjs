/**
 * Search cost in a real browser: bytes transferred and time for a first query and a warm one, with
 * the Pagefind JS API called on a content page (what any search UI does underneath), and — when the
 * site's /search/ page loads Pagefind itself — the same for that page with `?q=`.
 *
 * Transfer counts each response as a compressing host would send it: the smaller of its raw and
 * gzipped size (Pagefind's index files are already compressed; its JS is not).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz, walk } from './measure.mjs';

/**
 * A first and a warm query with words the content uses often, as a reader's would; and, on a fresh
 * page, a rare word (two name characters that appear on few pages), to show the range.
 */
const QUERIES = { first: '楼宇党建', warm: '流动党员', rare: '丰乐' };

/**
 * Time to first results on the search page opened with `?q=`: queries by name, and queries as Party
 * workers ask (a question, a figure, a one-character slip). Each is opened `RUNS` times in a fresh
 * browser context (nothing cached), and the median is reported.
 */
const FIRST_RESULTS = {
  named: ['楼宇党建', '双同步', '临浦镇'],
  asked: ['骨干每年培训几次', '杭州流动党员有多少', '双同部'],
};
const RUNS = 5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Milliseconds from navigation start to the moment the search page shows its answer for `q` (the
 * results list gets the query's state, with results or with “nothing found”).
 */
async function firstResultsMs(browser, searchUrl, q) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const state = `?${new URLSearchParams({ q })}`;
  await page.addInitScript((state) => {
    new MutationObserver((records, observer) => {
      for (const r of records) {
        if (r.target instanceof Element && r.target.matches('[data-search-results]') && r.target.getAttribute('data-state') === state) {
          window.__firstResults = performance.now();
          observer.disconnect();
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  }, state);
  await page.goto(`${searchUrl}${state}`);
  await page.waitForFunction(() => window.__firstResults !== undefined, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__firstResults);
  await context.close();
  return ms;
}

/** The search UI's own data (dist/search/*.json): each file's bytes, raw and gzipped. */
function searchDataSizes(dist) {
  const files = walk(dist)
    .filter((f) => /^search\/.+\.json$/.test(f.path))
    .map((f) => ({ path: f.path, bytes: f.bytes, gz: gz(readFileSync(join(dist, f.path))) }));
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gz: files.reduce((s, f) => s + f.gz, 0) };
}

/** Median time to first results per query and per group of queries. */
async function measureFirstResults(browser, searchUrl) {
  const out = {};
  for (const [group, queries] of Object.entries(FIRST_RESULTS)) {
    const perQuery = [];
    for (const q of queries) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstResultsMs(browser, searchUrl, q));
      perQuery.push({ q, runs, medianMs: median(runs) });
    }
    out[group] = { queries: perQuery, medianMs: median(perQuery.flatMap((x) => x.runs)) };
  }
  return out;
}

/** A phone on a slow mobile network (Chrome DevTools' "Slow 4G": 150 ms RTT, 1.6 Mbit/s down). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

function recorder(page) {
  const responses = [];
  let on = false;
  page.on('response', async (response) => {
    if (!on) return;
    const entry = { url: response.url(), bytes: 0, transfer: 0 };
    responses.push(entry);
    entry.done = response
      .body()
      .then((body) => {
        entry.bytes = body.length;
        entry.transfer = Math.min(body.length, gz(body));
      })
      .catch(() => {});
  });
  return {
    start() {
      on = true;
      responses.length = 0;
    },
    async stop() {
      on = false;
      await Promise.all(responses.map((r) => r.done));
      const list = responses.map(({ url, bytes, transfer }) => ({ url, bytes, transfer }));
      return { requests: list.length, bytes: list.reduce((s, r) => s + r.bytes, 0), transfer: list.reduce((s, r) => s + r.transfer, 0), files: list };
    },
  };
}

/** Transfer without the HTML document itself (what the page adds for search). */
function withoutDocument(t, documentPath) {
  const files = t.files.filter((f) => new URL(f.url).pathname !== documentPath);
  return { requests: files.length, bytes: files.reduce((s, f) => s + f.bytes, 0), transfer: files.reduce((s, f) => s + f.transfer, 0), files };
}

/**
 * Runs `query` with the Pagefind API in the page, as the site's search does: the bundles merged
 * once (`merge`: URLs and options), the query cut into the index's words (`terms`). Returns time,
 * hit count and the first titles.
 */
async function apiQuery(page, bundleUrl, merge, query) {
  return page.evaluate(
    async ({ bundleUrl, merge, query }) => {
      const t0 = performance.now();
      const pagefind = await import(bundleUrl);
      if (!window.__benchMerged) {
        for (const { url, options } of merge) await pagefind.mergeIndex(url, options);
        window.__benchMerged = true;
      }
      const search = await pagefind.search(query);
      const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return { ms: performance.now() - t0, hits: search.results.length, top: top.map((d) => d.meta?.title ?? d.url) };
    },
    { bundleUrl, merge, query },
  );
}

/**
 * How the site searches its index: with a bundle manifest (`src/lib/search/bundles.ts`), every
 * bundle merged with the site's options and the query cut by `indexTerms`; without one (an older
 * build), the bundle and `merge` as given and the query as typed.
 */
async function siteSearch(projectRoot, dist, bundle, merge, base) {
  const lib = (file) => import(join(projectRoot, 'src/lib/search', file));
  if (!existsSync(join(projectRoot, 'src/lib/search/bundles.ts'))) return { merge: merge.map((url) => ({ url })), terms: (q) => q };
  const { BUNDLES_FILE, mergeOptions } = await lib('bundles.ts');
  const { indexTerms } = await lib('index-terms.ts');
  const manifest = join(dist, bundle, BUNDLES_FILE);
  if (!existsSync(manifest)) return { merge: merge.map((url) => ({ url })), terms: (q) => q };
  const { bundles } = JSON.parse(readFileSync(manifest, 'utf8'));
  return { merge: bundles.map((b) => ({ path: `${bundle}${b.path}`, options: mergeOptions(base) })), terms: indexTerms };
}

/**
 * Measures search on the built site in `dist` (served at `base`) with Chromium, using the Pagefind
 * bundle at `bundle` (and merging the bundles in `merge`). Returns null when there is no bundle.
 */
export async function measureSearch({ projectRoot, dist, base = '/', contentPath, bundle = 'pagefind/', merge = [] }) {
  if (!existsSync(join(dist, bundle, 'pagefind.js'))) return null;
  const { serveStatic } = await import(join(projectRoot, 'tests/e2e/support/static-server.ts'));
  const { launchBrowser } = await import(join(projectRoot, 'tests/e2e/support/browser.ts'));
  const server = await serveStatic(dist, base);
  const browser = await launchBrowser();
  const bundleUrl = new URL(`${bundle}pagefind.js`, server.url).href;
  const site = await siteSearch(projectRoot, dist, bundle, merge, base);
  const mergeUrls = site.merge.map((m) => ({ url: new URL(m.path ?? m.url, server.url).href, options: m.options }));
  const q = (text) => site.terms(text);
  const pageUrl = new URL(contentPath, server.url).href;
  try {
    // 1. The API on a content page, on the loopback network: bytes, and time without network cost.
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const rec = recorder(page);
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    rec.start();
    const first = await apiQuery(page, bundleUrl, mergeUrls, q(QUERIES.first));
    const firstTransfer = await rec.stop();
    rec.start();
    const warm = await apiQuery(page, bundleUrl, mergeUrls, q(QUERIES.warm));
    const warmTransfer = await rec.stop();
    await context.close();

    // 1b. A rare word as the first query of a fresh page.
    const rareContext = await browser.newContext({ locale: 'zh-CN' });
    const rarePage = await rareContext.newPage();
    const rareRec = recorder(rarePage);
    await rarePage.goto(pageUrl, { waitUntil: 'networkidle' });
    rareRec.start();
    const rare = await apiQuery(rarePage, bundleUrl, mergeUrls, q(QUERIES.rare));
    const rareTransfer = await rareRec.stop();
    await rareContext.close();

    // 2. The same first query on a slow mobile network.
    const slowContext = await browser.newContext({ locale: 'zh-CN' });
    const slowPage = await slowContext.newPage();
    await slowPage.goto(pageUrl, { waitUntil: 'networkidle' });
    const cdp = await slowContext.newCDPSession(slowPage);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    const slow = await apiQuery(slowPage, bundleUrl, mergeUrls, q(QUERIES.first));
    await slowContext.close();

    // 3. The site's own search page, if it loads Pagefind by itself when given ?q=.
    const uiContext = await browser.newContext({ locale: 'zh-CN' });
    const uiPage = await uiContext.newPage();
    const uiRec = recorder(uiPage);
    uiRec.start();
    const t0 = performance.now();
    await uiPage.goto(new URL(`search/?q=${encodeURIComponent(QUERIES.first)}`, server.url).href, { waitUntil: 'networkidle' });
    const uiMs = performance.now() - t0;
    const ui = await uiRec.stop();
    await uiContext.close();
    const uiLoadsPagefind = ui.files.some((f) => f.url.includes('/pagefind/'));

    // 4. Time to first results on the search page, by name and as asked.
    const firstResults = uiLoadsPagefind ? await measureFirstResults(browser, new URL('search/', server.url).href) : null;

    const summary = (t) => ({ requests: t.requests, bytes: t.bytes, transfer: t.transfer, largest: [...t.files].sort((a, b) => b.transfer - a.transfer) });
    return {
      queries: QUERIES,
      page: contentPath,
      first: { ms: first.ms, hits: first.hits, top: first.top, ...summary(firstTransfer) },
      warm: { ms: warm.ms, hits: warm.hits, ...summary(warmTransfer) },
      rareFirst: { ms: rare.ms, hits: rare.hits, ...summary(rareTransfer) },
      firstSlow4g: { ms: slow.ms, hits: slow.hits },
      searchPage: uiLoadsPagefind ? { ms: uiMs, ...summary(withoutDocument(ui, new URL('search/', server.url).pathname)) } : null,
      firstResults,
      data: searchDataSizes(dist),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
