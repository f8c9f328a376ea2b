#!/usr/bin/env node
/**
 * `npm run bench:pagefind -- --pages N`: Pagefind configurations compared on a site the benchmark
 * kept (`npm run bench -- --pages N --keep` first). Each variant indexes bench-out/site-N/dist/ with
 * the Pagefind CLI into dist/_pf/<variant>/ and reports indexing time, peak memory, bundle size and
 * the transfer of a first, warm and rare query in Chromium. Results: bench-out/pagefind-N.json.
 *
 * Variants:
 *   default       what an integration does today: every page, default settings
 *   chunk-5000    PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=5000 (default 20000 word positions a chunk)
 *   detail-only   only entry pages (policies, program, cases, methods, reports): list pages and the
 *                 glossary repeat text that is on the entry pages
 *   sections      one index per section, built one after the other, merged in the browser
 *                 (`mergeIndex`): memory is bounded by the largest section
 *   summary-only  the Markdown body (`.prose`) left out: titles, summaries and facts only
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured, walk } from './measure.mjs';
import { measureSearch } from './search.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs');
const GiB = 1024 ** 3;

const SECTIONS = ['cases', 'policies', 'reports', 'methods', 'program'];
const DETAIL_GLOB = `{${SECTIONS.join(',')}}/*/index.html`;

const VARIANTS = {
  default: [{ args: [] }],
  'chunk-5000': [{ args: [], env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '5000' } }],
  'detail-only': [{ args: ['--glob', DETAIL_GLOB] }],
  sections: SECTIONS.map((s) => ({ name: s, args: ['--glob', `${s}/*/index.html`] })),
  'summary-only': [{ args: ['--exclude-selectors', '.prose'] }],
};

async function main() {
  const argv = process.argv.slice(2);
  const pages = Number(argv[argv.indexOf('--pages') + 1] || 10000);
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : Object.keys(VARIANTS);
  const dist = join(projectRoot, 'bench-out', `site-${pages}`, 'dist');
  if (!existsSync(dist)) throw new Error(`没有 ${dist}：先运行 npm run bench -- --pages ${pages} --keep`);
  const contentPath = walk(dist).find((f) => /^cases\/[^/]+\/index\.html$/.test(f.path)).path.replace(/index\.html$/, '');
  const results = {};
  for (const name of only) {
    const runs = VARIANTS[name];
    const out = join(dist, '_pf', name);
    rmSync(out, { recursive: true, force: true });
    let wallMs = 0;
    let peakBytes = 0;
    const bundles = [];
    for (const run of runs) {
      const bundle = run.name ? join(out, run.name) : out;
      process.stderr.write(`[pagefind] ${name}${run.name ? ` / ${run.name}` : ''} …\n`);
      const r = await runMeasured(process.execPath, [bin, '--site', dist, '--output-path', bundle, ...run.args], {
        cwd: dist,
        env: { ...process.env, ...(run.env ?? {}) },
      });
      if (r.code !== 0) throw new Error(r.lines.map((l) => l.text).join('\n'));
      wallMs += r.wallMs;
      peakBytes = Math.max(peakBytes, r.peakBytes);
      bundles.push(`${bundle.slice(dist.length + 1)}/`);
    }
    const files = walk(out);
    const search = await measureSearch({ projectRoot, dist, contentPath, bundle: bundles[0], merge: bundles.slice(1) });
    results[name] = {
      wallMs,
      peakBytes,
      bundleBytes: files.reduce((s, f) => s + f.bytes, 0),
      files: files.length,
      indexChunks: files.filter((f) => f.path.includes('/index/') || f.path.startsWith('index/')).length,
      search,
    };
    const q = search;
    process.stdout.write(
      `${name.padEnd(13)} ${(wallMs / 1000).toFixed(1).padStart(6)} s  peak ${(peakBytes / GiB).toFixed(2)} GiB  ` +
        `bundle ${(results[name].bundleBytes / 1024 / 1024).toFixed(1)} MB  ` +
        `first ${(q.first.transfer / 1024).toFixed(0)} KB (${q.first.hits} hits)  warm ${(q.warm.transfer / 1024).toFixed(0)} KB  ` +
        `rare ${(q.rareFirst.transfer / 1024).toFixed(0)} KB (${q.rareFirst.hits} hits)\n`,
    );
  }
  writeFileSync(join(projectRoot, 'bench-out', `pagefind-${pages}.json`), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
