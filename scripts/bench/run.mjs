#!/usr/bin/env node
/**
 * `npm run bench -- --pages N`: generates about N pages of Chinese content into a scratch copy of
 * the project (bench-out/site-N/), runs the real `astro build` with every integration the site has,
 * and reports build time, phases, peak memory of the whole process tree, dist/ size, pages per
 * second, per page type the bytes a reader downloads, and search cost. Writes bench-out/N.json.
 *
 * Options:
 *   --pages N        pages to generate (default 1000)
 *   --seed S         content seed (default liangxin-bench-1)
 *   --keep           keep bench-out/site-N/ (with its dist/) afterwards
 *   --no-search      skip the Chromium search measurement
 *   --no-pagefind    when the site has no Pagefind integration, do not index dist/ here either
 *   --warm           build a second time in the same copy, with Astro's content cache
 *                    (node_modules/.astro) from the first: what a CI that keeps that folder gets
 *   --check-only     time `npm run check` (bundled site and generated site) and stop: no build
 *   --bundled        measure search on the project's own dist/ (run `npm run build` first) and stop:
 *                    no content generated, nothing built; writes bench-out/bundled.json
 *   --dist PATH      with --bundled: measure this built site instead of dist/ (e.g. a copy kept from
 *                    before a change, to compare the two under the same machine load)
 *
 * Every run also times `npm run check` (the content check without Astro) on the bundled site and on
 * the generated one, three runs each, before the build.
 *
 * When the site has no Pagefind integration yet, the benchmark indexes dist/ with the Pagefind CLI
 * itself, times it separately (marked “bench”, not part of the build) and measures search on that
 * index, so search figures exist before the integration lands.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeCheck } from './check.mjs';
import { DEFAULT_SEED, generateContent } from './generate.mjs';
import { parsePhases, runMeasured, siteSizes } from './measure.mjs';
import { prepareScratch } from './scratch.mjs';
import { measureSearch } from './search.mjs';
import { checkTargets, formatBundledSearch, formatCheck, formatReport } from './report.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function parseArgs(argv) {
  const args = { pages: 1000, seed: DEFAULT_SEED, keep: false, search: true, pagefind: true, warm: false, checkOnly: false, bundled: false, dist: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pages') args.pages = Number(argv[++i]);
    else if (a === '--seed') args.seed = argv[++i];
    else if (a === '--keep') args.keep = true;
    else if (a === '--no-search') args.search = false;
    else if (a === '--no-pagefind') args.pagefind = false;
    else if (a === '--warm') args.warm = true;
    else if (a === '--check-only') args.checkOnly = true;
    else if (a === '--bundled') args.bundled = true;
    else if (a === '--dist') args.dist = argv[++i];
    else throw new Error(`未知参数 ${a}。用法：npm run bench -- --pages 1000 [--seed S] [--keep] [--no-search] [--no-pagefind] [--warm] [--check-only] [--bundled]`);
  }
  if (!Number.isInteger(args.pages) || args.pages < 20) throw new Error('--pages 应为不小于 20 的整数');
  return args;
}

const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function machine() {
  return {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryBytes: os.totalmem(),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    platform: `${os.type()} ${os.release()}`,
    commit: git('rev-parse', '--short', 'HEAD'),
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
    dirty: Boolean(git('status', '--porcelain', '--untracked-files=no')),
  };
}

/** `--bundled`: search measured on the project's own build, as it is in dist/. */
async function benchBundled(outDir, loadBefore, distArg) {
  const dist = distArg ? resolve(projectRoot, distArg) : join(projectRoot, 'dist');
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) throw new Error(`${dist} 中没有搜索索引：先运行 npm run build`);
  const sizes = siteSizes(dist);
  const contentPath = sizes.types.case?.typical.path.replace(/index\.html$/, '') ?? '';
  const result = { date: new Date().toISOString(), dist, machine: { ...machine(), loadBefore }, search: await measureSearch({ projectRoot, dist, contentPath }) };
  writeFileSync(join(outDir, distArg ? `bundled-${basename(dist)}.json` : 'bundled.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(formatBundledSearch(result));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const loadBefore = os.loadavg()[0];
  const outDir = join(projectRoot, 'bench-out');
  if (args.bundled) {
    mkdirSync(outDir, { recursive: true });
    return benchBundled(outDir, loadBefore, args.dist);
  }
  const site = join(outDir, `site-${args.pages}`);
  mkdirSync(outDir, { recursive: true });
  const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

  log(`准备 ${site}（项目副本，node_modules 以链接共享）`);
  prepareScratch(projectRoot, site);
  const genStart = performance.now();
  const generated = await generateContent({ projectRoot, siteRoot: site, pages: args.pages, seed: args.seed });
  const generateMs = performance.now() - genStart;
  log(`生成内容 ${JSON.stringify(generated.counts)}，${(generateMs / 1000).toFixed(1)} s${generated.datasetsNote ? `；${generated.datasetsNote}` : ''}`);

  log('npm run check（自带内容与生成的内容，各 3 次）…');
  const check = { bundled: await timeCheck(projectRoot), generated: await timeCheck(site) };
  if (args.checkOnly) {
    const result = { pages: args.pages, seed: args.seed, date: new Date().toISOString(), machine: { ...machine(), loadBefore }, generated: { ...generated, ms: generateMs }, check };
    result.targets = checkTargets(result);
    writeFileSync(join(outDir, `${args.pages}.check.json`), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(formatCheck(result));
    if (!args.keep) rmSync(site, { recursive: true, force: true });
    return;
  }

  log('astro build …');
  const build = await runMeasured(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  writeFileSync(join(outDir, `${args.pages}.build.log`), build.lines.map((l) => `${(l.t / 1000).toFixed(2).padStart(8)} ${l.text}`).join('\n'));
  if (build.code !== 0) {
    const tail = build.lines.slice(-40).map((l) => l.text).join('\n');
    throw new Error(`astro build 失败（退出码 ${build.code}）。日志：bench-out/${args.pages}.build.log\n${tail}`);
  }
  const phases = parsePhases(build.lines, build.wallMs);
  const dist = join(site, 'dist');
  const integrated = existsSync(join(dist, 'pagefind/pagefind.js'));

  // A second build on the same content, with the content cache the first one left.
  let warm = null;
  if (args.warm) {
    log('astro build（第二次，带内容缓存）…');
    const again = await runMeasured(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: site,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (again.code !== 0) throw new Error(`第二次 astro build 失败（退出码 ${again.code}）`);
    warm = { wallMs: again.wallMs, peakBytes: again.peakBytes, cpuSeconds: again.cpuSeconds, otherCpuSeconds: again.otherCpuSeconds, phases: parsePhases(again.lines, again.wallMs) };
  }

  // No Pagefind integration on this branch yet: index here, timed apart from the build.
  let benchPagefind = null;
  if (!integrated && args.pagefind) {
    log('站点没有 Pagefind 集成：由 bench 用 Pagefind CLI 建索引（单独计时，不计入构建）');
    const run = await runMeasured(process.execPath, [join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], { cwd: site });
    if (run.code !== 0) throw new Error(`pagefind 失败：\n${run.lines.map((l) => l.text).join('\n')}`);
    const pagesLine = run.lines.map((l) => l.text).find((t) => /Indexed \d+ page/.test(t));
    benchPagefind = { wallMs: run.wallMs, peakBytes: run.peakBytes, cpuSeconds: run.cpuSeconds, otherCpuSeconds: run.otherCpuSeconds, log: pagesLine ?? null };
  }

  log('测量 dist/ …');
  const sizes = siteSizes(dist);
  const contentPath = sizes.types.case?.typical.path.replace(/index\.html$/, '') ?? '';
  let search = null;
  if (args.search) {
    log('Chromium 搜索测量 …');
    search = await measureSearch({ projectRoot, dist, contentPath });
  }

  const result = {
    pages: args.pages,
    seed: args.seed,
    date: new Date().toISOString(),
    machine: { ...machine(), loadBefore },
    generated: { ...generated, ms: generateMs },
    check,
    build: {
      wallMs: build.wallMs,
      peakBytes: build.peakBytes,
      peakAtMs: build.peakAtMs,
      peakProcesses: build.peakProcesses,
      cpuSeconds: build.cpuSeconds,
      otherCpuSeconds: build.otherCpuSeconds,
      htmlPages: sizes.htmlPages,
      pagesPerSecond: sizes.htmlPages / (build.wallMs / 1000),
      msPerPage: build.wallMs / sizes.htmlPages,
      phases,
      pagefindIntegrated: integrated,
    },
    benchPagefind,
    warm,
    dist: sizes,
    search,
  };
  const others = Object.fromEntries(
    [1000, 10000]
      .filter((n) => n !== args.pages && existsSync(join(outDir, `${n}.json`)))
      .map((n) => [n, JSON.parse(readFileSync(join(outDir, `${n}.json`), 'utf8'))]),
  );
  result.targets = checkTargets(result, others);
  writeFileSync(join(outDir, `${args.pages}.json`), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(formatReport(result));
  log(`JSON：bench-out/${args.pages}.json；构建日志：bench-out/${args.pages}.build.log`);
  if (!args.keep) rmSync(site, { recursive: true, force: true });
}

main().catch((err) => {
  process.stderr.write(`[bench] ${err.stack ?? err}\n`);
  process.exit(1);
});
