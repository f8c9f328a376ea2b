/**
 * The benchmark's targets (reported, never tested: timings vary by machine) and its text report.
 * Sizes are in KB = 1,024 bytes, MB = 1,024 KB, GiB = 1,024 MB.
 */
import { PAGE_TYPES } from './measure.mjs';

const KB = 1024;
const GiB = 1024 ** 3;

const TARGETS = {
  starlight: { pages: 1000, ratio: 0.6, label: '1,000 页构建时间 ≤ 同一轮 Starlight（同样内容）的 0.6 倍' },
  phases1000: { pages: 1000, wallMs: 8_000, label: '1,000 页：除 Pagefind 外各阶段合计 ≤ 8 s' },
  warm1000: { pages: 1000, wallMs: 12_000, label: '1,000 页：改一个文件后的热构建 ≤ 12 s' },
  memory10000: { pages: 10000, peakBytes: 4 * GiB, label: '10,000 页峰值内存 ≤ 4 GiB' },
  build30000: { pages: 30000, wallMs: 15 * 60_000, peakBytes: 8 * GiB, label: '30,000 页构建 ≤ 15 min，峰值内存 ≤ 8 GiB' },
  scaling: { ratio: 1.2, label: '10,000 页时每页耗时 ≤ 1,000 页时的 1.2 倍' },
  search10000: { pages: 10000, transfer: 800 * KB, rare: 200 * KB, label: '10,000 页首次搜索“楼宇党建” ≤ 800 KB，生僻词 ≤ 200 KB' },
  checkBundled: { wallMs: 3_000, label: '自带内容 npm run check ≤ 3 s' },
  check1000: { pages: 1000, wallMs: 15_000, label: '1,000 页 npm run check ≤ 15 s' },
};

const msPerPage = (r) => r.build.wallMs / r.build.htmlPages;

/** Time of a build outside Pagefind: what the target "every phase but Pagefind" measures. */
export const withoutPagefind = (run) => run.wallMs - (run.phases.pagefindMs ?? 0);

/** Each target that applies to this run (and to the other runs found), with its verdict. */
export function checkTargets(result, others = {}) {
  const out = [];
  if (result.check) {
    const { bundled, generated } = result.check;
    // Wall time is the target; the CPU time of the command's own processes says what it would take on an idle machine.
    const value = (c) => `${s(c.medianMs)}（中位数，最快 ${s(c.bestMs)}；本命令 CPU ${c.runs.map((r) => r.cpuSeconds?.toFixed(1)).join('/')} s）`;
    out.push({ target: TARGETS.checkBundled.label, value: value(bundled), met: bundled.medianMs <= TARGETS.checkBundled.wallMs });
    if (result.pages === TARGETS.check1000.pages) {
      out.push({ target: TARGETS.check1000.label, value: value(generated), met: generated.medianMs <= TARGETS.check1000.wallMs });
    }
  }
  if (!result.build) return out;
  const b = result.build;
  const load = (run) => `load ${run.loadBefore?.toFixed(1) ?? '—'}`;
  if (result.pages === TARGETS.starlight.pages && result.starlight) {
    const ratios = result.coldRuns.map((run, i) => run.wallMs / result.starlight.runs[i].wallMs);
    out.push({
      target: TARGETS.starlight.label,
      value: ratios.map((r, i) => `${s(result.coldRuns[i].wallMs)} / ${s(result.starlight.runs[i].wallMs)} = ${r.toFixed(2)}`).join('；'),
      met: ratios.every((r) => r <= TARGETS.starlight.ratio),
    });
  }
  if (result.pages === TARGETS.phases1000.pages) {
    const runs = result.coldRuns ?? [b];
    out.push({
      target: TARGETS.phases1000.label,
      value: runs.map((run) => `${s(withoutPagefind(run))}（${load(run)}）`).join('；'),
      met: runs.every((run) => withoutPagefind(run) <= TARGETS.phases1000.wallMs),
    });
    if (result.warm) {
      const w = result.warm.edited;
      out.push({ target: TARGETS.warm1000.label, value: `${s(w.wallMs)}（${load(w)}）`, met: w.wallMs <= TARGETS.warm1000.wallMs });
    }
  }
  if (result.pages === TARGETS.memory10000.pages) {
    out.push({ target: TARGETS.memory10000.label, value: gib(b.peakBytes), met: b.peakBytes <= TARGETS.memory10000.peakBytes });
    if (result.search) {
      const { first, rareFirst } = result.search;
      out.push({
        target: TARGETS.search10000.label,
        value: `${kb(first.transfer)}，${kb(rareFirst.transfer)}`,
        met: first.transfer <= TARGETS.search10000.transfer && rareFirst.transfer <= TARGETS.search10000.rare,
      });
    }
  }
  if (result.pages === TARGETS.build30000.pages) {
    out.push({
      target: TARGETS.build30000.label,
      value: `${s(b.wallMs)}，${gib(b.peakBytes)}（${load(b)}）`,
      met: b.wallMs <= TARGETS.build30000.wallMs && b.peakBytes <= TARGETS.build30000.peakBytes,
    });
  }
  const small = result.pages === 1000 ? result : others[1000];
  const large = result.pages === 10000 ? result : others[10000];
  if (small?.build?.htmlPages && large?.build?.htmlPages) {
    const ratio = msPerPage(large) / msPerPage(small);
    out.push({
      target: TARGETS.scaling.label,
      value: `${msPerPage(small).toFixed(1)} → ${msPerPage(large).toFixed(1)} ms/页，${ratio.toFixed(2)} 倍（${load(small.build)} / ${load(large.build)}）`,
      met: ratio <= TARGETS.scaling.ratio,
    });
  }
  return out;
}

const s = (ms) => (ms == null ? '—' : ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${((ms % 60_000) / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`);
const kb = (b) => (b == null ? '—' : `${(b / KB).toFixed(1)} KB`);
const mb = (b) => `${(b / KB / KB).toFixed(1)} MB`;
const gib = (b) => `${(b / GiB).toFixed(2)} GiB`;

function table(rows) {
  const width = (str) => [...String(str)].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = rows[0].length;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => width(r[c]))));
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => (c === 0 ? String(cell) + ' '.repeat(widths[c] - width(cell)) : ' '.repeat(widths[c] - width(cell)) + String(cell))).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/**
 * The `npm run check` timings: each run's wall time, the check's own time as it reports it (without
 * start-up), the CPU time of the command's processes, and the CPU other processes used meanwhile
 * (a busy machine slows the wall time, not the CPU time).
 */
function checkRows(check) {
  const row = (name, c) => [
    name,
    String(c.files ?? '—'),
    c.runs.map((r) => s(r.wallMs)).join(' / '),
    s(c.medianMs),
    c.runs.map((r) => (r.checkMs != null ? s(r.checkMs) : '—')).join(' / '),
    c.runs.map((r) => (r.cpuSeconds != null ? `${r.cpuSeconds.toFixed(1)}` : '—')).join(' / '),
    c.runs.map((r) => (r.otherCpuSeconds != null ? `${r.otherCpuSeconds.toFixed(1)}` : '—')).join(' / '),
  ];
  return table([['npm run check', 'files', 'runs (wall)', 'median', 'check itself', 'CPU s', 'other CPU s'], row('bundled site', check.bundled), row('generated site', check.generated)]);
}

/** The search section of a report: transfer and times of the Pagefind API, and of the search page. */
function searchLines(r) {
  const lines = [];
  if (r.search) {
    const q = r.search;
    lines.push(`搜索（Pagefind JS API，按本站的方式：合并每个分包、按索引的词切分查询；在 /${q.page} 上；查询“${q.queries.first}”后“${q.queries.warm}”）${r.benchPagefind ? '——索引由 bench 生成' : ''}`);
    const searchRows = [
      ['query', 'transfer', 'raw bytes', 'requests', 'time (loopback)', 'hits'],
      ['first', kb(q.first.transfer), kb(q.first.bytes), q.first.requests, `${q.first.ms.toFixed(0)} ms`, q.first.hits],
      ['warm', kb(q.warm.transfer), kb(q.warm.bytes), q.warm.requests, `${q.warm.ms.toFixed(0)} ms`, q.warm.hits],
      ['first, Slow 4G', '', '', '', `${q.firstSlow4g.ms.toFixed(0)} ms`, q.firstSlow4g.hits],
      ...(q.rareFirst ? [[`first, rare word “${q.queries.rare}”`, kb(q.rareFirst.transfer), kb(q.rareFirst.bytes), q.rareFirst.requests, `${q.rareFirst.ms.toFixed(0)} ms`, q.rareFirst.hits]] : []),
    ];
    if (q.searchPage) searchRows.push(['/search/?q= page', kb(q.searchPage.transfer), kb(q.searchPage.bytes), q.searchPage.requests, `${q.searchPage.ms.toFixed(0)} ms`, '']);
    lines.push(table(searchRows));
    if (q.firstResults) {
      lines.push(`搜索页首次出结果（打开 /search/?q=…，每个查询 ${q.firstResults.named.queries[0].runs.length} 次，新浏览器上下文，中位数）`);
      const rows = [['queries', 'median', 'per query (median)']];
      for (const [group, g] of Object.entries(q.firstResults)) {
        rows.push([group, `${g.medianMs.toFixed(0)} ms`, g.queries.map((x) => `${x.q} ${x.medianMs.toFixed(0)} ms`).join('，')]);
      }
      lines.push(table(rows));
    }
    if (q.data?.files.length) {
      lines.push(`搜索数据（dist/search/，只在搜索页或聚焦搜索框后加载）：共 ${kb(q.data.bytes)}，gzip ${kb(q.data.gz)}；${q.data.files.map((f) => `${f.path} ${kb(f.bytes)} / gz ${kb(f.gz)}`).join('，')}`);
    }
    lines.push(`首次查询最大的文件：${q.first.largest.slice(0, 8).map((f) => `${new URL(f.url).pathname.replace(/^.*\/pagefind\//, 'pagefind/')} ${kb(f.transfer)}`).join('，')}`);
  } else {
    lines.push('搜索：— （dist/ 中没有 pagefind/）');
  }
  return lines;
}

/** The report of `--bundled`: search on the project's own build. */
export function formatBundledSearch(r) {
  const m = r.machine;
  const lines = ['', `liangxin-portal 基准测试 · 搜索（${r.dist}） · ${m.branch}@${m.commit}${m.dirty ? '+修改' : ''}`];
  lines.push(`${m.cpus} CPU (${m.cpuModel}), ${gib(m.memoryBytes)}, Node ${m.node}；开始时 load average ${m.loadBefore?.toFixed(2)}`, '');
  lines.push(...searchLines(r), '');
  return `${lines.join('\n')}\n`;
}

/** The report of `--check-only`. */
export function formatCheck(r) {
  const m = r.machine;
  const lines = ['', `liangxin-portal 基准测试 · npm run check · ${r.pages.toLocaleString('en')} 页 · seed ${r.seed}`];
  lines.push(`${m.cpus} CPU (${m.cpuModel}), ${gib(m.memoryBytes)}, Node ${m.node}, ${m.branch}@${m.commit}${m.dirty ? '+修改' : ''}；开始时 load average ${m.loadBefore?.toFixed(2)}`);
  lines.push('', checkRows(r.check), '');
  lines.push('目标（报告，不作测试）');
  lines.push(table([['target', 'measured', 'met'], ...r.targets.map((t) => [t.target, t.value, t.met ? '是' : '否'])]), '');
  return `${lines.join('\n')}\n`;
}

/** The phases of one build: Astro's, then the steps after Astro. */
function phaseRows(run) {
  const p = run.phases;
  const approx = (ms, approximate) => (ms == null ? '—' : `${approximate ? '≈ ' : ''}${s(ms)}`);
  const astroDone = p.afterAstroMs == null ? null : run.wallMs - p.afterAstroMs;
  return table([
    ['阶段 phase', 'time'],
    ['start-up, config', s(p.startupMs)],
    ...p.integrations.filter((x) => x.beforeSync).map((x) => [`  [${x.name}]`, `≈ ${s(x.ms)}`]),
    ['content sync (parse, validate, render Markdown)', s(p.contentSyncMs)],
    ['bundle (Vite)', s(p.bundleMs)],
    ['render pages (Astro)', s(p.renderMs)],
    ['Astro after render (exports, sitemap, headers)', astroDone == null || p.afterRenderMs == null ? '—' : s(p.afterRenderMs - p.afterAstroMs)],
    ['  data exports', approx(p.dataExportsMs, p.dataExportsApproximate)],
    ...p.integrations.filter((x) => x.kind === 'other' && !x.beforeSync && x.approximate).map((x) => [`  [${x.name}]`, approx(x.ms, true)]),
    ['after Astro: search index ∥ link check', s(p.afterAstroMs)],
    ['  Pagefind (in bundles)', approx(p.pagefindMs, p.pagefindApproximate)],
    ...p.integrations.filter((x) => x.kind === 'other' && !x.approximate).map((x) => [`  [${x.name}]（与 Pagefind 同时）`, s(x.ms)]),
    ['every phase but Pagefind', s(withoutPagefind(run))],
  ]);
}

/** Every build of the run: the cold ones, and the warm ones with what they reused. */
function buildRows(r) {
  const row = (label, run) => [
    label,
    s(run.wallMs),
    s(withoutPagefind(run)),
    s(run.phases.contentSyncMs),
    s(run.phases.pagefindMs),
    `${run.cpuSeconds.toFixed(0)} s`,
    gib(run.peakBytes),
    run.loadBefore?.toFixed(1) ?? '—',
  ];
  const rows = [['build', 'wall', 'all but Pagefind', 'content sync', 'Pagefind', 'CPU', 'peak memory', 'load']];
  (r.coldRuns ?? [r.build]).forEach((run, i) => rows.push(row(`cold ${i + 1}`, run)));
  if (r.warm) {
    rows.push(row('warm, nothing changed', r.warm.unchanged));
    rows.push(row(`warm, ${r.warm.edited.file} edited`, r.warm.edited));
  }
  return table(rows);
}

/** This site and Starlight on the same content, built in turn. */
function starlightRows(r) {
  const st = r.starlight;
  const rows = [['round', 'this site', 'CPU', 'peak', 'load', 'Starlight', 'CPU', 'peak', 'load', 'ratio']];
  st.runs.forEach((run, i) => {
    const ours = r.coldRuns[i];
    rows.push([
      String(i + 1),
      s(ours.wallMs),
      `${ours.cpuSeconds.toFixed(0)} s`,
      gib(ours.peakBytes),
      ours.loadBefore.toFixed(1),
      s(run.wallMs),
      `${run.cpuSeconds.toFixed(0)} s`,
      gib(run.peakBytes),
      run.loadBefore.toFixed(1),
      (ours.wallMs / run.wallMs).toFixed(2),
    ]);
  });
  return [
    `同样内容的 Starlight ${st.starlight}（Astro ${st.astro}，Pagefind ${st.pagefind}，zh-CN 根语言，默认侧栏）：本站 ${r.build.htmlPages} 个 HTML 页面，Starlight ${st.runs[0].htmlPages} 个；两站轮流冷构建`,
    table(rows),
  ].join('\n');
}

/** The report printed to the terminal (and quoted in BENCHMARKS.md). */
export function formatReport(r) {
  const m = r.machine;
  const b = r.build;
  const p = b.phases;
  const lines = [];
  lines.push('');
  lines.push(`liangxin-portal 基准测试 · ${r.pages.toLocaleString('en')} 页 · seed ${r.seed}`);
  lines.push(`${m.cpus} CPU (${m.cpuModel}), ${gib(m.memoryBytes)}, Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}, ${m.branch}@${m.commit}${m.dirty ? '+修改' : ''}`);
  if (b.otherCpuSeconds != null) {
    const share = b.otherCpuSeconds / ((b.wallMs / 1000) * m.cpus);
    lines.push(
      `构建期间：本构建用 CPU ${b.cpuSeconds.toFixed(0)} s；其他进程用 CPU ${b.otherCpuSeconds.toFixed(0)} s（占机器 ${(share * 100).toFixed(0)}%）` +
        `${share > 0.1 ? '——机器上有其他负载，计时偏慢' : ''}；构建开始时 load average ${b.loadBefore?.toFixed(2)}`,
    );
  }
  lines.push(`生成：${Object.entries(r.generated.counts).map(([k, v]) => `${k} ${v}`).join('，')}；${(r.generated.characters / 1e6).toFixed(2)} M 汉字；${s(r.generated.ms)}`);
  if (r.generated.datasetsNote) lines.push(`数据集：${r.generated.datasetsNote}`);
  lines.push('');
  if (r.check) lines.push(checkRows(r.check), '');
  lines.push(
    table([
      ['构建 build', ''],
      ['wall time', s(b.wallMs)],
      ['CPU time (process tree)', b.cpuSeconds != null ? `${b.cpuSeconds.toFixed(0)} s` : '—'],
      ['Astro 自报', `${s(p.astroReportedMs)}，${p.astroReportedPages ?? '—'} 页`],
      ['HTML pages in dist/', String(b.htmlPages)],
      ['pages / s', b.pagesPerSecond.toFixed(1)],
      ['ms / page', b.msPerPage.toFixed(1)],
      ['peak memory (process tree)', `${gib(b.peakBytes)} at ${s(b.peakAtMs)}, ${b.peakProcesses} processes`],
      ['dist/', `${mb(r.dist.bytes)} in ${r.dist.files} files (${mb(r.dist.diskBytes)} on disk)`],
      ['pagefind/', r.dist.pagefindFiles ? `${mb(r.dist.pagefindBytes)} in ${r.dist.pagefindFiles} files, ${r.dist.pagefindIndexChunks} index chunks` : '—'],
    ]),
  );
  lines.push('');
  lines.push(phaseRows(b));
  lines.push('');
  if (r.coldRuns?.length > 1 || r.warm) lines.push(buildRows(r), '');
  if (r.starlight) lines.push(starlightRows(r), '');

  lines.push('');
  const typeRows = [['page type', 'pages', 'HTML', 'HTML gz', 'CSS gz', 'JS gz', 'HTML+CSS gz', 'largest HTML', 'largest gz']];
  for (const type of PAGE_TYPES) {
    const t = r.dist.types[type];
    if (!t) continue;
    const x = t.typical;
    typeRows.push([type, t.pages, kb(x.htmlBytes), kb(x.htmlGz), kb(x.cssGz), x.jsGz ? kb(x.jsGz) : '0', kb(x.htmlGz + x.cssGz), kb(t.largest.htmlBytes), kb(t.largest.htmlGz)]);
  }
  lines.push('每类页面（typical = HTML 大小的中位数页面；gz = gzip -6；JS = 页面加载时引用的脚本及其静态 import）');
  lines.push(table(typeRows));
  lines.push('');
  lines.push(...searchLines(r));
  lines.push('');
  if (r.targets.length > 0) {
    lines.push('目标（报告，不作测试）');
    lines.push(table([['target', 'measured', 'met'], ...r.targets.map((t) => [t.target, t.value, t.met ? '是' : '否'])]));
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
