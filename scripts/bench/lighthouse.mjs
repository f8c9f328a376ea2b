#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: Lighthouse (the `lighthouse` npm package, its default mobile
 * configuration: a phone's screen, simulated slow 4G and a 4× slower CPU) on four pages of a built
 * site — the home page, a case, a data page and the search page with a query — in the system's
 * Chromium (never a downloaded browser), served from the build folder on 127.0.0.1. Reports the four
 * categories (performance, accessibility, best practices, SEO) as the median of `--runs`, and lists
 * every audit that lost points, with the number of runs it did, so a score below 100 says why.
 *
 *   npm run build && npm run bench:lighthouse                  # dist/, 3 runs a page
 *   npm run bench:lighthouse -- --dist dist-base --base /portal/
 *   npm run bench:lighthouse -- --runs 5 --json lighthouse.json
 *
 * Targets (issue 14): SEO 100 and best practices 100 on all four pages. Build with a public URL
 * (SITE_URL=… npm run build), as the site is published: canonical links need one. Figures go in
 * BENCHMARKS.md; a timing is never a test.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = [
  { name: '首页 home', path: '' },
  { name: '案例 case', path: 'cases/haishu-jiangdong-louyu/' },
  { name: '数据 data page', path: 'data/guangdong-liangzhangwang-2023/' },
  { name: '搜索 search', path: `search/?q=${encodeURIComponent('楼宇党建')}` },
];

function parseArgs(argv) {
  const args = { dist: 'dist', base: '/', runs: 3, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') args.dist = argv[++i];
    else if (argv[i] === '--base') args.base = argv[++i];
    else if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--json') args.json = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse run of `url` in a fresh Chromium: each category's score and the audits that lost points. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const lost = CATEGORIES.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    return { scores, lost };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dist = resolve(projectRoot, args.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const { serveStatic } = await import(join(projectRoot, 'tests/e2e/support/static-server.ts'));
  const server = await serveStatic(dist, args.base);
  const report = { dist: args.dist, runs: args.runs, pages: [] };
  try {
    for (const page of PAGES) {
      const runs = [];
      for (let i = 0; i < args.runs; i++) runs.push(await audit(new URL(page.path, server.url).href));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
      const counts = new Map();
      for (const id of runs.flatMap((r) => r.lost)) counts.set(id, (counts.get(id) ?? 0) + 1);
      const lost = [...counts].map(([id, n]) => `${id} (${n}/${runs.length} runs)`);
      report.pages.push({ name: page.name, path: `/${decodeURIComponent(page.path)}`, scores, lost });
      process.stderr.write(`${page.name}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}\n`);
    }
  } finally {
    await server.close();
  }
  const lines = [
    `Lighthouse (mobile) on ${args.dist}, median of ${args.runs} run(s) a page`,
    '',
    '| page | performance | accessibility | best practices | SEO |',
    '| --- | --- | --- | --- | --- |',
    ...report.pages.map((p) => `| ${p.name} \`${p.path}\` | ${CATEGORIES.map((c) => p.scores[c]).join(' | ')} |`),
    '',
    'Audits that lost points in any run:',
    ...report.pages.map((p) => `- ${p.name}: ${p.lost.length > 0 ? p.lost.join('; ') : 'none'}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (args.json) writeFileSync(resolve(projectRoot, args.json), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
