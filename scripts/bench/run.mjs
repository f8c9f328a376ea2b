#!/usr/bin/env node
/**
 * `npm run bench -- --pages N`: generates about N pages of Chinese content into a scratch copy of
 * the project (bench-out/site-N/), runs the real build (`scripts/build.mjs`, as `npm run build`:
 * `astro build`, then the search index and the link check), cold, and reports build time, phases,
 * peak memory of the whole process tree, dist/ size, pages per second, per page type the bytes a
 * reader downloads, and search cost. Writes bench-out/N.json.
 *
 * Options:
 *   --pages N             pages to generate (default 1000)
 *   --seed S              content seed (default liangxin-bench-1)
 *   --keep                keep bench-out/site-N/ (with its dist/) afterwards
 *   --no-search           skip the Chromium search measurement
 *   --no-check            skip the `npm run check` timings
 *   --warm                two more builds in the same copy: one with nothing changed, one after
 *                         editing one entry (Astro's content cache and the last good dist/ kept)
 *   --compare starlight   the same content as a default Starlight site (scripts/bench/starlight.mjs),
 *                         installed in bench-out/starlight/; the two sites are built cold in turn,
 *                         twice, and the time ratio reported
 *   --check-only          time `npm run check` (bundled site and generated site) and stop: no build
 *   --bundled             measure search on the project's own dist/ (run `npm run build` first) and
 *                         stop: no content generated, nothing built; writes bench-out/bundled.json
 *   --dist PATH           with --bundled: measure this built site instead of dist/ (e.g. a copy kept
 *                         from before a change, to compare the two under the same machine load)
 *
 * Unless --no-check, every run first times `npm run check` (the content check without Astro) on the
 * bundled site and on the generated one, three runs each. Each build records the 1-minute load
 * average when it started: on a shared machine, compare builds taken at a similar load.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeCheck } from './check.mjs';
import { DEFAULT_SEED, generateContent } from './generate.mjs';
import { parsePhases, runMeasured, siteSizes, walk } from './measure.mjs';
import { coldStart, prepareScratch } from './scratch.mjs';
import { measureSearch } from './search.mjs';
import { prepareStarlight } from './starlight.mjs';
import { checkTargets, formatBundledSearch, formatCheck, formatReport } from './report.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function parseArgs(argv) {
  const args = { pages: 1000, seed: DEFAULT_SEED, keep: false, search: true, check: true, warm: false, compare: null, checkOnly: false, bundled: false, dist: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pages') args.pages = Number(argv[++i]);
    else if (a === '--seed') args.seed = argv[++i];
    else if (a === '--keep') args.keep = true;
    else if (a === '--no-search') args.search = false;
    else if (a === '--no-check') args.check = false;
    else if (a === '--compare') args.compare = argv[++i];
    else if (a === '--warm') args.warm = true;
    else if (a === '--check-only') args.checkOnly = true;
    else if (a === '--bundled') args.bundled = true;
    else if (a === '--dist') args.dist = argv[++i];
    else throw new Error(`未知参数 ${a}。用法：npm run bench -- --pages 1000 [--seed S] [--keep] [--no-search] [--no-check] [--warm] [--compare starlight] [--check-only] [--bundled [--dist PATH]]`);
  }
  if (args.compare !== null && args.compare !== 'starlight') throw new Error('--compare 目前只支持 starlight');
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

const BUILD_ENV = { FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };

/** A build, measured: `command` in `cwd`, its log kept in bench-out/<name>.log. */
async function measured(outDir, name, command, cwd) {
  const loadBefore = os.loadavg()[0];
  const run = await runMeasured(process.execPath, command, { cwd, env: { ...process.env, ...BUILD_ENV } });
  writeFileSync(join(outDir, `${name}.log`), run.lines.map((l) => `${(l.t / 1000).toFixed(2).padStart(8)} ${l.text}`).join('\n'));
  if (run.code !== 0) {
    const tail = run.lines.slice(-40).map((l) => l.text).join('\n');
    throw new Error(`构建失败（退出码 ${run.code}）。日志：bench-out/${name}.log\n${tail}`);
  }
  const { wallMs, peakBytes, peakAtMs, peakProcesses, cpuSeconds, otherCpuSeconds } = run;
  return { loadBefore, wallMs, peakBytes, peakAtMs, peakProcesses, cpuSeconds, otherCpuSeconds, phases: parsePhases(run.lines, run.wallMs) };
}

/** The portal's build, as `npm run build` runs it, in the scratch copy. */
const portalBuild = (outDir, site, name) => measured(outDir, name, [join(site, 'scripts/build.mjs')], site);

/** Appends a paragraph to one entry: what an editor's save does before a warm build. */
function editOneEntry(site) {
  const file = join(site, 'content/cases', readdirSync(join(site, 'content/cases')).sort()[0]);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n编辑后补充的一段：这一段用于测量只改了一个文件时的构建时间。\n`);
  return file.slice(site.length + 1);
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

  let check = null;
  if (args.check || args.checkOnly) {
    log('npm run check（自带内容与生成的内容，各 3 次）…');
    check = { bundled: await timeCheck(projectRoot), generated: await timeCheck(site) };
  }
  if (args.checkOnly) {
    const result = { pages: args.pages, seed: args.seed, date: new Date().toISOString(), machine: { ...machine(), loadBefore }, generated: { ...generated, ms: generateMs }, check };
    result.targets = checkTargets(result);
    writeFileSync(join(outDir, `${args.pages}.check.json`), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(formatCheck(result));
    if (!args.keep) rmSync(site, { recursive: true, force: true });
    return;
  }

  // Cold builds: this site, and with --compare the same content in Starlight, in turn, twice.
  let starlight = null;
  const starlightDir = join(outDir, 'starlight');
  if (args.compare) {
    log(`准备 Starlight 对照站点 ${starlightDir}（npm install 到该目录，不进入项目依赖）…`);
    starlight = { ...prepareStarlight(projectRoot, starlightDir, join(site, 'content')), runs: [] };
  }
  const coldRuns = [];
  for (let round = 1; round <= (args.compare ? 2 : 1); round++) {
    coldStart(site);
    log(`构建（冷启动${args.compare ? `，第 ${round} 轮` : ''}）…`);
    coldRuns.push(await portalBuild(outDir, site, `${args.pages}.build${round > 1 ? `-${round}` : ''}`));
    if (args.compare) {
      coldStart(starlightDir);
      log(`Starlight 构建（冷启动，第 ${round} 轮）…`);
      const run = await measured(outDir, `${args.pages}.starlight-${round}`, [join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build'], starlightDir);
      starlight.runs.push({ ...run, htmlPages: walk(join(starlightDir, 'dist')).filter((f) => f.path.endsWith('.html')).length });
    }
  }
  const build = coldRuns[0];
  const dist = join(site, 'dist');

  log('测量 dist/ …');
  const sizes = siteSizes(dist);
  const contentPath = sizes.types.case?.typical.path.replace(/index\.html$/, '') ?? '';
  let search = null;
  if (args.search) {
    log('Chromium 搜索测量 …');
    search = await measureSearch({ projectRoot, dist, contentPath });
  }

  // Warm builds: Astro's content cache and the last good dist/ kept, as on an editor's machine.
  let warm = null;
  if (args.warm) {
    log('构建（第二次，内容未改）…');
    const unchanged = await portalBuild(outDir, site, `${args.pages}.warm`);
    const edited = editOneEntry(site);
    log(`构建（第三次，改了 ${edited}）…`);
    warm = { unchanged, edited: { ...(await portalBuild(outDir, site, `${args.pages}.warm-edited`)), file: edited } };
  }

  const perPage = (run) => ({ htmlPages: sizes.htmlPages, pagesPerSecond: sizes.htmlPages / (run.wallMs / 1000), msPerPage: run.wallMs / sizes.htmlPages });
  const result = {
    pages: args.pages,
    seed: args.seed,
    date: new Date().toISOString(),
    machine: { ...machine(), loadBefore },
    generated: { ...generated, ms: generateMs },
    check,
    build: { ...build, ...perPage(build) },
    coldRuns: coldRuns.map((run) => ({ ...run, ...perPage(run) })),
    starlight,
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
