/**
 * What the benchmark measures apart from search: a process tree's peak memory, the build log's
 * phases, and the built site's sizes per page type.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/* ---------------------------------------------------------------------------------------------- */
/* Processes                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

/** Parent of every process now running, from /proc/<pid>/stat. */
function parents() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (2nd field) is in parentheses and may hold spaces: parse after its ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function rssKiB(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, in clock ticks) a process has used so far. */
function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted from the state field (3rd) here.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Busy CPU time of the whole machine, in clock ticks, from /proc/stat. */
function machineBusyTicks() {
  const [, ...v] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = v.map(Number);
  return user + nice + system + irq + softirq + steal;
}

/** `pid` and all its descendants. */
function tree(root) {
  const ppid = parents();
  const children = new Map();
  for (const [pid, parent] of ppid) {
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(pid);
  }
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Runs a command and measures it: wall time, every output line with the time it arrived, and the
 * peak of the summed resident memory (VmRSS) of the process and all its descendants, polled every
 * `intervalMs`. (A sum of RSS counts shared pages once per process, so it errs high, never low.)
 */
export function runMeasured(command, args, { cwd, env, intervalMs = 100, echo = false } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let peakKiB = 0;
    let peakAt = 0;
    let peakProcesses = 0;
    const busyStart = machineBusyTicks();
    /** Highest CPU time seen per process of the tree (a process's time stays once it exits). */
    const ownTicks = new Map();
    const poll = () => {
      const pids = tree(child.pid);
      for (const pid of pids) ownTicks.set(pid, Math.max(ownTicks.get(pid) ?? 0, cpuTicks(pid)));
      const total = pids.reduce((s, pid) => s + rssKiB(pid), 0);
      if (total > peakKiB) {
        peakKiB = total;
        peakAt = performance.now() - started;
        peakProcesses = pids.length;
      }
    };
    const timer = setInterval(poll, intervalMs);
    const collect = (stream, name) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const t = performance.now() - started;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        for (const text of parts) {
          lines.push({ t, stream: name, text });
          if (echo) process.stderr.write(`${text}\n`);
        }
      });
      stream.on('end', () => rest && lines.push({ t: performance.now() - started, stream: name, text: rest }));
    };
    collect(child.stdout, 'stdout');
    collect(child.stderr, 'stderr');
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      // Clock ticks are 1/100 s on Linux. What the machine did besides this command shows how much
      // other work on it may have slowed the measurement.
      const own = [...ownTicks.values()].reduce((s, t) => s + t, 0) / 100;
      const others = Math.max(0, (machineBusyTicks() - busyStart) / 100 - own);
      resolve({ code, wallMs, lines, peakBytes: peakKiB * 1024, peakAtMs: peakAt, peakProcesses, cpuSeconds: own, otherCpuSeconds: others });
    });
  });
}

/* ---------------------------------------------------------------------------------------------- */
/* Build log                                                                                       */
/* ---------------------------------------------------------------------------------------------- */

/** Astro prints `12:34:56 [build] …`; strip the clock and ANSI colours. */
const clean = (text) => text.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\d{2}:\d{2}:\d{2}\s+/, '').trim();

const toMs = (value, unit) => (unit === 's' ? Number(value) * 1000 : unit === 'm' ? Number(value) * 60_000 : Number(value));

/** How an integration's `(<n> ms)` line is counted: Pagefind, data exports, or other. */
function integrationKind(name) {
  if (/pagefind|search/i.test(name)) return 'pagefind';
  if (/data|export|stats|csv/i.test(name)) return 'data';
  return 'other';
}

/**
 * The phases of a build (`npm run build`: `astro build`, then the steps after Astro), from its log
 * lines (each with the time it arrived): start-up, content sync (Markdown parsed, validated and
 * rendered), bundling, page rendering, Astro's own after-build integrations, and the steps after
 * Astro's process has exited (search index and link check, which run side by side). Lines of the
 * form `[<step>] … (<n> ms)` are attributed to their step; Pagefind and data exports are recognised
 * by name. A phase whose marker line is missing is `null` (shown as —).
 */
export function parsePhases(lines, wallMs) {
  const find = (re, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(clean(lines[i].text))) return i;
    return -1;
  };
  const at = (i) => (i >= 0 ? lines[i].t : null);
  const iSync = find(/^\[content\] Syncing content/);
  const iSynced = find(/^\[content\] Synced content/);
  const iBundle = find(/^\[build\] Building static entrypoints/);
  const iRoutes = find(/generating static routes/);
  const iRoutesDone = iRoutes >= 0 ? find(/^✓ Completed in/, iRoutes) : -1;
  const iTotal = find(/^\[build\] \d+ page\(s\) built in/);
  const iAstroDone = find(/^\[build\] Complete!/);
  const span = (a, b) => (a >= 0 && b >= 0 ? at(b) - at(a) : null);
  const renderOwn = iRoutesDone >= 0 ? clean(lines[iRoutesDone].text).match(/in ([\d.]+)(ms|s|m)/) : null;
  const pagesLine = iTotal >= 0 ? clean(lines[iTotal].text).match(/(\d+) page\(s\) built in ([\d.]+)(ms|s|m)/) : null;

  // Integrations log `[<name>] … (<n> ms)`. A line of an integration before the content sync or
  // after rendering without its own timing is credited with the time since the previous log line
  // (marked approximate).
  const integrations = [];
  lines.forEach((line, i) => {
    const text = clean(line.text);
    const named = text.match(/^\[([^\]]+)\]\s+(.*)$/);
    if (!named || ['build', 'vite', 'content', 'types', 'WARN', 'ERROR'].includes(named[1])) return;
    const timed = named[2].match(/^(.*)\((\d+(?:\.\d+)?)\s*ms\)\s*$/);
    if (timed) {
      integrations.push({ name: named[1], message: timed[1].trim(), ms: Number(timed[2]), kind: integrationKind(named[1]), approximate: false });
    } else if (iRoutesDone >= 0 && i > iRoutesDone && (iAstroDone < 0 || i <= iAstroDone)) {
      integrations.push({ name: named[1], message: named[2].trim(), ms: line.t - lines[i - 1].t, kind: integrationKind(named[1]), approximate: true });
    } else if (iSync >= 0 && i < iSync) {
      // Before the content sync (e.g. a content check in astro:config:setup): since the previous
      // line, or since the process started (so Astro's own start-up is included).
      integrations.push({ name: named[1], message: named[2].trim(), ms: line.t - (i > 0 ? lines[i - 1].t : 0), kind: integrationKind(named[1]), approximate: true, beforeSync: true });
    }
  });
  const sumKind = (kind) => {
    const hits = integrations.filter((x) => x.kind === kind);
    return hits.length > 0 ? hits.reduce((s, x) => s + x.ms, 0) : null;
  };
  const approximateKind = (kind) => integrations.some((x) => x.kind === kind && x.approximate);
  return {
    startupMs: at(iSync),
    contentSyncMs: span(iSync, iSynced),
    bundleMs: span(iBundle, iRoutes),
    renderMs: renderOwn ? toMs(renderOwn[1], renderOwn[2]) : span(iRoutes, iRoutesDone),
    afterRenderMs: iRoutesDone >= 0 ? wallMs - at(iRoutesDone) : null,
    /** From Astro's last line to the end: the steps after Astro (search index ∥ link check). */
    afterAstroMs: iAstroDone >= 0 ? wallMs - at(iAstroDone) : null,
    astroReportedMs: pagesLine ? toMs(pagesLine[2], pagesLine[3]) : null,
    astroReportedPages: pagesLine ? Number(pagesLine[1]) : null,
    pagefindMs: sumKind('pagefind'),
    pagefindApproximate: approximateKind('pagefind'),
    dataExportsMs: sumKind('data'),
    dataExportsApproximate: approximateKind('data'),
    integrations,
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Sizes                                                                                           */
/* ---------------------------------------------------------------------------------------------- */

/** Every file under `dir`, relative, with its size. */
export function walk(dir) {
  const out = [];
  const visit = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) {
        const s = statSync(full);
        out.push({ path: relative(dir, full).split('\\').join('/'), bytes: s.size, diskBytes: s.blocks * 512 });
      }
    }
  };
  visit(dir);
  return out;
}

/** gzip at level 6, what most web servers and CDNs use. */
export const gz = (buf) => gzipSync(buf, { level: 6 }).length;

/**
 * The page type of a built HTML file from its path (relative to dist/), or null for files that are
 * not reader-facing pages.
 */
function pageType(path) {
  if (path === 'index.html') return 'home';
  if (path === '404.html') return 'other';
  const parts = path.split('/');
  if (parts[parts.length - 1] !== 'index.html') return null;
  const [section, second, third] = parts;
  const list = ['policies', 'cases', 'methods', 'reports', 'program', 'data'];
  if (parts.length === 2) return section === 'glossary' ? 'glossary' : list.includes(section) ? 'list' : 'other';
  if (second === 'page' && /^\d+$/.test(third ?? '')) return 'list';
  // A list in another order: /cases/by-name/ and its later pages.
  if (list.includes(section) && second === 'by-name') return 'list';
  // Filter pages: /cases/<facet>/<value>/ and their later pages.
  if (list.includes(section) && parts.length >= 4) return 'list';
  if (parts.length !== 3) return 'other';
  return { policies: 'policy', cases: 'case', methods: 'method', reports: 'report', program: 'program', data: 'data' }[section] ?? 'other';
}

export const PAGE_TYPES = ['home', 'list', 'policy', 'program', 'case', 'method', 'glossary', 'report', 'data', 'other'];

/** Stylesheets and scripts an HTML page loads as it loads (not on interaction), relative to dist/. */
function assetsOf(html, base) {
  const local = (href) => {
    if (!href || /^[a-z]+:/i.test(href) || href.startsWith('//')) return null;
    const path = href.split(/[?#]/)[0];
    return path.startsWith(base) ? path.slice(base.length) : null;
  };
  const css = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi)]
    .map((m) => local(m[0].match(/href=["']?([^"' >]+)/i)?.[1]))
    .filter(Boolean);
  const js = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)[^>]*>/gi)].map((m) => local(m[1])),
    ...[...html.matchAll(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi)].map((m) => local(m[0].match(/href=["']?([^"' >]+)/i)?.[1])),
  ].filter(Boolean);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type=["']?application\/(ld\+)?json/i.test(m[1]))
    .map((m) => m[2]);
  // Module scripts inline may import files statically.
  return { css, js, inline };
}

/** Static imports of a JS module (not `import()`), relative to dist/. */
function staticImports(code, fromPath) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.')) out.push(posix.normalize(posix.join(posix.dirname(fromPath), spec)));
    else if (spec.startsWith('/')) out.push(spec.slice(1));
  }
  return out;
}

/** A script and everything it imports statically: what the browser fetches before running it. */
function scriptClosure(dist, entries, base) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length > 0) {
    const path = stack.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    try {
      const code = readFileSync(join(dist, path), 'utf8');
      stack.push(...staticImports(code, path).map((p) => (base !== '/' && p.startsWith(base.slice(1)) ? p.slice(base.length - 1) : p)));
    } catch {
      // A missing file is reported by the site's own tests, not here.
    }
  }
  return [...seen];
}

/**
 * @typedef {{ path: string, htmlBytes: number, htmlGz: number, cssBytes: number, cssGz: number, jsBytes: number, jsGz: number, inlineScriptBytes: number }} PageSize
 * @typedef {{ pages: number, typical: PageSize, largest: PageSize, medianHtmlGz: number | null }} TypeSizes
 */

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.floor((s.length - 1) / 2)];
};

/**
 * Sizes of the built site: dist/ totals, and per page type the HTML (bytes and gzipped), the CSS
 * and the JS each page loads as it loads (gzipped, files counted once per page), for the typical
 * (median) page and the largest one.
 */
export function siteSizes(dist, base = '/') {
  const files = walk(dist);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const gzCache = new Map();
  const gzOf = (path) => {
    if (!gzCache.has(path)) {
      try {
        const buf = readFileSync(join(dist, path));
        gzCache.set(path, { bytes: buf.length, gz: gz(buf) });
      } catch {
        gzCache.set(path, { bytes: 0, gz: 0 });
      }
    }
    return gzCache.get(path);
  };
  const byType = new Map(PAGE_TYPES.map((t) => [t, []]));
  for (const f of html) {
    const type = pageType(f.path);
    if (!type) continue;
    const buf = readFileSync(join(dist, f.path));
    const text = buf.toString('utf8');
    const assets = assetsOf(text, base);
    const css = assets.css.map(gzOf);
    const js = scriptClosure(dist, assets.js, base).map(gzOf);
    byType.get(type).push({
      path: f.path,
      htmlBytes: buf.length,
      htmlGz: gz(buf),
      cssBytes: css.reduce((s, x) => s + x.bytes, 0),
      cssGz: css.reduce((s, x) => s + x.gz, 0),
      jsBytes: js.reduce((s, x) => s + x.bytes, 0),
      jsGz: js.reduce((s, x) => s + x.gz, 0),
      inlineScriptBytes: assets.inline.reduce((s, x) => s + Buffer.byteLength(x), 0),
    });
  }
  /** @type {Record<string, TypeSizes>} */
  const types = {};
  for (const [type, pages] of byType) {
    if (pages.length === 0) continue;
    const sorted = [...pages].sort((a, b) => a.htmlBytes - b.htmlBytes);
    const typical = sorted[Math.floor((sorted.length - 1) / 2)];
    const largest = sorted[sorted.length - 1];
    types[type] = {
      pages: pages.length,
      typical,
      largest,
      medianHtmlGz: median(pages.map((p) => p.htmlGz)),
    };
  }
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  const under = (prefix) => files.filter((f) => f.path.startsWith(prefix));
  return {
    files: files.length,
    htmlPages: html.length,
    bytes: sum(files, 'bytes'),
    diskBytes: sum(files, 'diskBytes'),
    htmlBytes: sum(html, 'bytes'),
    pagefindBytes: sum(under('pagefind/'), 'bytes'),
    pagefindFiles: under('pagefind/').length,
    pagefindIndexChunks: under('pagefind/index/').length,
    types,
  };
}

