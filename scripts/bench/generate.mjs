/**
 * Benchmark content: a deterministic, realistic Chinese site of about N pages, in every collection
 * (policies, the six program entries, cases, methods, glossary, reports) and, when the project has
 * the statistics format, datasets. Every entry is valid against src/schemas/* and every reference
 * (frontmatter and Markdown links) resolves. Content pages carry about 2,500 Chinese characters.
 *
 * Each entry draws from its own generator seeded by (seed, collection, index), so entry k has the
 * same text whatever N is; only the entries it references depend on N. The content is written into
 * a scratch copy of the project (see `scratch.mjs`); the bundled content/ is never touched.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rng } from './prng.mjs';
import * as V from './vocabulary.mjs';
import { generateDatasets, statsFormat } from './datasets.mjs';

export const DEFAULT_SEED = 'liangxin-bench-1';

/** Entries per list page, as the site paginates them (src/lib/pagination.ts). */
const LIST_PAGE_SIZE = 50;

/** Pages that exist whatever the content: home, about, 404, search, data, glossary, the six lists. */
const FIXED_PAGES = ['', 'about/', '404', 'search/', 'data/', 'glossary/', 'program/', 'policies/', 'cases/', 'methods/', 'reports/'];

/** Shares of the detail pages per collection: a province's portal is mostly cases and policies. */
const SHARES = { cases: 0.45, policies: 0.25, reports: 0.18, methods: 0.12 };

/**
 * The controlled vocabularies, from src/schemas/taxonomy.ts itself (Node 24 runs TypeScript that
 * only needs its types erased), so generated entries use exactly the values the schemas accept.
 */
async function taxonomy(projectRoot) {
  const T = await import(pathToFileURL(join(projectRoot, 'src/schemas/taxonomy.ts')).href);
  const t = {
    orgTypes: Object.keys(T.ORG_TYPES ?? {}),
    formations: Object.keys(T.FORMATIONS ?? {}),
    standards: Object.keys(T.SHOWCASE_STANDARDS ?? {}),
    honours: Object.keys(T.HONOURS ?? {}),
    levels: (T.POLICY_LEVELS ?? []).filter((l) => l !== '未知'),
    statuses: [...(T.POLICY_STATUSES ?? [])],
    topics: [...(T.TOPICS ?? [])],
    reportKinds: [...(T.REPORT_KINDS ?? [])],
  };
  for (const [k, v] of Object.entries(t)) {
    if (v.length === 0) throw new Error(`scripts/bench: src/schemas/taxonomy.ts has no values for ${k}; update taxonomy() in generate.mjs`);
  }
  return t;
}

/**
 * How many entries of each collection make about `pages` HTML pages, counting the fixed pages, the
 * six program entries, list pagination and (when generated) dataset pages.
 */
function planCounts(pages, { datasets = false } = {}) {
  const datasetCount = datasets ? Math.max(2, Math.round(pages * 0.01)) : 0;
  let details = Math.max(8, pages - FIXED_PAGES.length - 6 - datasetCount);
  let counts;
  for (let i = 0; i < 5; i++) {
    counts = {
      cases: Math.max(2, Math.round(details * SHARES.cases)),
      policies: Math.max(2, Math.round(details * SHARES.policies)),
      reports: Math.max(2, Math.round(details * SHARES.reports)),
      methods: Math.max(2, Math.round(details * SHARES.methods)),
    };
    const extraListPages = Object.values(counts).reduce((s, n) => s + Math.max(0, Math.ceil(n / LIST_PAGE_SIZE) - 1), 0);
    details = Math.max(8, pages - FIXED_PAGES.length - 6 - datasetCount - extraListPages);
  }
  return {
    ...counts,
    program: 6,
    // A field's glossary is bounded by its vocabulary: hundreds of terms, not thousands.
    glossary: Math.min(300, Math.max(3, Math.round(pages * 0.03))),
    datasets: datasetCount,
  };
}

const pad = (n) => String(n + 1).padStart(5, '0');
const ids = {
  reports: (i) => `baogao-${pad(i)}`,
  policies: (i) => `zhengce-${pad(i)}`,
  methods: (i) => `fangfa-${pad(i)}`,
  cases: (i) => `anli-${pad(i)}`,
  glossary: (i) => `shuyu-${pad(i)}`,
  program: (i) => `wugeyi-${i + 1}`,
};

const han = (s) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/** YAML frontmatter; every value as JSON (YAML's flow syntax accepts it), undefined fields left out. */
function frontmatter(data) {
  const lines = Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A date between `from` and `to` (years), as precise as `precision` says. */
function date(r, from, to, precision = r.pick(['day', 'day', 'month', 'year'])) {
  const y = r.int(from, to);
  if (precision === 'year') return String(y);
  const m = String(r.int(1, 12)).padStart(2, '0');
  if (precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function nameOf(r, length = 2) {
  let s = '';
  for (let i = 0; i < length; i++) s += r.pick(V.NAME_CHARS);
  return s;
}

/** A generated world: the entries' titles and ids, known before any body is written, so links resolve. */
async function makeWorld(projectRoot, counts, seed) {
  const t = await taxonomy(projectRoot);
  const regions = JSON.parse(readFileSync(join(projectRoot, 'data/regions.json'), 'utf8'));
  const regionIds = regions.map((r) => r.id);
  const regionName = new Map(regions.map((r) => [r.id, r.name]));
  const title = {
    reports: [],
    policies: [],
    methods: [],
    cases: [],
    glossary: [],
    program: ['开展一次集中组建', '开展一次骨干培训', '开展一个载体活动', '开展一次主题研讨', '开展一次规范提升', '建好一个平台'],
  };
  for (let i = 0; i < counts.reports; i++) {
    const r = rng(`${seed}:title:reports:${i}`);
    title.reports.push(`${nameOf(r)}${r.pick(['区', '县', '市', '镇'])}“两新”组织党建工作${r.pick(V.TITLE_PARTS.reportKind)}（${r.int(2005, 2024)}）`);
  }
  for (let i = 0; i < counts.policies; i++) {
    const r = rng(`${seed}:title:policies:${i}`);
    title.policies.push(`${r.pick(V.TITLE_PARTS.policyVerb)}${r.pick(V.TITLE_PARTS.policyObject)}${r.pick(V.TITLE_PARTS.policyKind)}（${nameOf(r)}${pad(i)}）`);
  }
  for (let i = 0; i < counts.methods; i++) {
    const r = rng(`${seed}:title:methods:${i}`);
    title.methods.push(`${nameOf(r)}${r.pick(V.TITLE_PARTS.method)}${r.pick(V.TITLE_PARTS.methodSuffix)}`);
  }
  for (let i = 0; i < counts.cases; i++) {
    const r = rng(`${seed}:title:cases:${i}`);
    const place = `${nameOf(r)}${r.pick(V.PLACE_SUFFIXES)}`;
    title.cases.push(`${regionName.get(r.pick(regionIds)).replace(/^\*/, '')}${place}${r.pick(V.TITLE_PARTS.method)}示范点`);
  }
  for (let i = 0; i < counts.glossary; i++) {
    const r = rng(`${seed}:title:glossary:${i}`);
    title.glossary.push(`${r.pick(V.TITLE_PARTS.method)}${nameOf(r, 1)}${i + 1}号`);
  }
  return { t, regions, regionIds, regionName, title, counts, seed };
}

/** Indices of `k` distinct entries among `n`, skewed to the first ones (a few are cited very often). */
function refs(r, n, k, exclude = -1) {
  const out = new Set();
  for (let tries = 0; out.size < Math.min(k, n - (exclude >= 0 ? 1 : 0)) && tries < 50; tries++) {
    const i = r.zipf(n);
    if (i !== exclude) out.add(i);
  }
  return [...out];
}

const link = (label, path) => `[${label}](/${path})`;

/** Fills a sentence template. */
function sentence(r, w, names) {
  const tpl = r.pick(V.TEMPLATES);
  const fill = {
    region: () => w.regionName.get(r.pick(w.regionIds)),
    place: () => r.pick(names.places),
    org: () => r.pick(names.orgs),
    actor: () => r.pick(V.ACTORS),
    action: () => r.pick(V.ACTIONS),
    action2: () => r.pick(V.ACTIONS),
    effect: () => r.pick(V.EFFECTS),
    problem: () => r.pick(V.PROBLEMS),
    role: () => r.pick(V.ROLES),
    orgType: () => r.pick(w.t.orgTypes),
    formation: () => r.pick(w.t.formations),
    topic: () => r.pick(w.t.topics),
    slogan: () => r.pick(V.SLOGANS),
    n: () => String(r.int(3, 300)),
    n2: () => String(r.int(2, 2000)),
    n3: () => String(r.int(10, 5000)),
    pct: () => String(r.int(40, 99)),
    pct2: () => (r.int(5, 120) / 10).toFixed(1),
    year: () => String(r.int(2005, 2024)),
  };
  return r.pick(V.OPENERS) + tpl.replace(/\{(\w+)\}/g, (_, k) => fill[k]());
}

/**
 * A Markdown body of about `target` Chinese characters: headed sections of paragraphs, a list, a
 * table of figures, and links to the entries in `linkTo` (each `[label, path]`).
 */
function body(r, w, kind, target, linkTo) {
  const names = {
    places: Array.from({ length: 3 }, () => `${nameOf(r)}${r.pick(V.PLACE_SUFFIXES)}`),
    orgs: Array.from({ length: 4 }, () =>
      r.chance(0.7)
        ? `${nameOf(r)}${r.pick(V.INDUSTRIES)}${r.pick(V.ORG_SUFFIXES.firm)}`
        : `${nameOf(r)}${r.pick(V.ORG_SUFFIXES.social)}`,
    ),
  };
  const sections = V.SECTIONS[kind];
  const perSection = target / sections.length;
  const links = [...linkTo];
  const out = [];
  let total = 0;
  sections.forEach((heading, s) => {
    out.push(`## ${heading}`);
    let inSection = 0;
    let paragraph = 0;
    while (inSection < perSection * 0.8 || paragraph === 0) {
      const sentences = [];
      for (let k = r.int(3, 5); k > 0; k--) sentences.push(sentence(r, w, names));
      // Draw whether or not a link is left, so the text does not depend on how many links there are.
      const withLink = r.chance(0.6);
      if (links.length > 0 && withLink) {
        const [label, path] = links.shift();
        sentences.push(`详见${link(label, path)}。`);
      }
      const text = sentences.join('');
      out.push(text);
      inSection += han(text);
      paragraph++;
    }
    if (s === 1) {
      const items = Array.from({ length: r.int(3, 5) }, () => `${r.pick(V.ACTORS)}${r.pick(V.ACTIONS)}，${r.pick(V.EFFECTS)}。`);
      out.push(items.map((x, i) => `${i + 1}. ${x}`).join('\n'));
      inSection += han(items.join(''));
    }
    if (s === 2) {
      const rows = Array.from({ length: r.int(3, 5) }, () => {
        const [label, unit] = r.pick(V.FIGURE_LABELS);
        return `| ${label} | ${unit === '%' ? r.int(40, 99) : r.int(3, 3000)}${unit} | ${r.int(2005, 2024)}年 |`;
      });
      out.push(['| 项目 | 数字 | 时间 |', '|---|---|---|', ...rows].join('\n'));
      inSection += han(rows.join(''));
    }
    total += inSection;
  });
  // Remaining links go into a closing line, so every chosen link appears exactly once.
  if (links.length > 0) out.push(`另见：${links.map(([label, path]) => link(label, path)).join('、')}。`);
  // Trim or extend towards the target: add sentences until it is reached.
  while (total < target * 0.97) {
    const text = sentence(r, w, names);
    out.push(text);
    total += han(text);
  }
  return `${out.join('\n\n')}\n`;
}

/** Characters per content page, ±4 %, fixed per entry. */
const TARGET_CHARS = 2500;
const targetFor = (r) => Math.round(TARGET_CHARS * (0.96 + r.next() * 0.08));

/*
 * Each entry draws its own text from `r` and the entries it references from `rr`. How many draws
 * a reference takes depends on N, so keeping the two apart keeps an entry's own text the same
 * whatever the size of the site.
 */
function report(w, i) {
  const r = rng(`${w.seed}:reports:${i}`);
  const rr = rng(`${w.seed}:reports:${i}:refs`);
  const region = r.pick(w.regionIds);
  const data = {
    title: w.title.reports[i],
    kind: r.pick(w.t.reportKinds),
    place: w.regionName.get(region),
    region,
    date: date(r, 2005, 2024),
    publisher: r.chance(0.7) ? r.pick(V.PUBLISHERS) : undefined,
    summary: `${w.regionName.get(region)}关于“两新”组织党建工作的${r.pick(V.TITLE_PARTS.reportKind)}，介绍${r.pick(V.ACTIONS)}等做法，并分析${r.pick(V.PROBLEMS)}等问题。`,
    drawnInto: Array.from({ length: r.int(2, 5) }, () => `${r.pick(V.ACTIONS)}的做法`),
  };
  const linkTo = refs(rr, w.counts.methods, 2).map((m) => [w.title.methods[m], `methods/${ids.methods(m)}/`]);
  return frontmatter(data) + '\n' + body(r, w, 'report', targetFor(r), linkTo);
}

function policy(w, i) {
  const r = rng(`${w.seed}:policies:${i}`);
  const rr = rng(`${w.seed}:policies:${i}:refs`);
  const year = r.int(2005, 2024);
  const full = i === 0 || r.chance(0.7);
  const data = {
    title: w.title.policies[i],
    issuer: r.pick(V.ISSUERS),
    docNumber: r.chance(0.8) ? `${r.pick(V.DOC_PREFIXES)}〔${year}〕${r.int(1, 120)}号` : undefined,
    issuedAt: date(r, year, year),
    publishedAt: r.chance(0.3) ? date(r, year, year, 'day') : undefined,
    level: r.pick(w.t.levels),
    region: r.chance(0.8) ? r.pick(w.regionIds) : undefined,
    topics: r.sample(w.t.topics, r.int(1, 4)),
    status: r.pick(w.t.statuses),
    supersedes: i > 0 && r.chance(0.1) ? ids.policies(rr.int(0, i - 1)) : undefined,
    text: full ? 'full' : 'mention',
    summary: `${r.pick(V.ACTORS)}就${r.pick(w.t.topics)}作出部署：${r.pick(V.ACTIONS)}，${r.pick(V.ACTIONS)}，推动${r.pick(V.EFFECTS)}。`,
    sources: refs(rr, w.counts.reports, r.int(1, 2)).map(ids.reports),
    // The first policy is the work plan the six program entries come from: phases and requirements.
    phases:
      i === 0
        ? [
            { name: '整体提升', quarters: [1, 2, 3], summary: '各县（市）区委组织部门查找问题，开展“五个一”主题活动，建好“一个平台”。' },
            { name: '典型申报', quarters: [4], summary: '对照示范点标准筛选先进党组织，严格考评，择优推荐。' },
            { name: '年度验收', quarters: [4], summary: '现场查看、查阅资料、走访调研，确定示范点并通报结果。' },
          ]
        : undefined,
    requirements: i === 0 ? [{ name: '压实工作责任', summary: '纳入“三单制”管理，把责任层层落实。' }] : undefined,
  };
  const linkTo = refs(rr, w.counts.methods, 2).map((m) => [w.title.methods[m], `methods/${ids.methods(m)}/`]);
  if (w.counts.glossary > 0) {
    const g = rr.int(0, w.counts.glossary - 1);
    linkTo.push([w.title.glossary[g], `glossary/#${ids.glossary(g)}`]);
  }
  return frontmatter(data) + '\n' + body(r, w, 'policy', full ? targetFor(r) : Math.round(targetFor(r) * 0.4), linkTo);
}

function method(w, i) {
  const r = rng(`${w.seed}:methods:${i}`);
  const rr = rng(`${w.seed}:methods:${i}:refs`);
  const data = {
    title: w.title.methods[i],
    aliases: r.chance(0.4) ? [`${nameOf(r)}经验`] : undefined,
    summary: `${r.pick(V.ACTIONS)}，${r.pick(V.ACTIONS)}，使${r.pick(V.EFFECTS)}。`,
    whenToUse: `${r.pick(V.PROBLEMS)}，需要${r.pick(V.ACTIONS)}的时候。`,
    steps: Array.from({ length: r.int(3, 6) }, () => `${r.pick(V.ACTIONS)}。`),
    origin: `${w.regionName.get(r.pick(w.regionIds))}${r.int(2005, 2022)}年的探索。`,
    topics: r.sample(w.t.topics, r.int(1, 3)),
    related: i > 0 ? refs(rr, i, r.int(0, 2)).map(ids.methods) : undefined,
    policies: refs(rr, w.counts.policies, r.int(0, 2)).map(ids.policies),
    sources: refs(rr, w.counts.reports, r.int(1, 2)).map(ids.reports),
  };
  const linkTo = refs(rr, w.counts.cases, 2).map((c) => [w.title.cases[c], `cases/${ids.cases(c)}/`]);
  return frontmatter(data) + '\n' + body(r, w, 'method', targetFor(r), linkTo);
}

function programItem(w, i) {
  const r = rng(`${w.seed}:program:${i}`);
  const rr = rng(`${w.seed}:program:${i}:refs`);
  const title = w.title.program[i];
  const data = {
    title,
    short: title.replace(/^(开展一[次个]|建好一个)/, ''),
    order: i + 1,
    kind: i === 5 ? 'platform' : 'activity',
    frequency: i === 5 ? '各县（市）区每年至少新建成一个' : '每年至少一次',
    responsible: '各县（市）区委组织部门',
    deliverables: Array.from({ length: r.int(2, 4) }, () => `${r.pick(V.ACTIONS)}的工作记录`),
    checkedBy: '市委组织部年度验收时现场查看、查阅资料。',
    steps: Array.from({ length: r.int(3, 5) }, () => `${r.pick(V.ACTIONS)}。`),
    summary: `${r.pick(V.ACTIONS)}，${r.pick(V.EFFECTS)}。`,
    policy: ids.policies(0),
    methods: refs(rr, w.counts.methods, r.int(1, 3)).map(ids.methods),
    sources: refs(rr, w.counts.reports, 1).map(ids.reports),
  };
  return frontmatter(data) + '\n' + body(r, w, 'policy', Math.round(targetFor(r) * 0.5), []);
}

function caseEntry(w, i) {
  const r = rng(`${w.seed}:cases:${i}`);
  const rr = rng(`${w.seed}:cases:${i}:refs`);
  const start = date(r, 2005, 2022);
  const data = {
    title: w.title.cases[i],
    region: r.pick(w.regionIds),
    place: r.chance(0.5) ? `${nameOf(r)}${r.pick(V.PLACE_SUFFIXES)}` : undefined,
    period: r.chance(0.4) ? { start, end: String(Number(start.slice(0, 4)) + r.int(1, 3)) } : { start },
    orgTypes: r.sample(w.t.orgTypes, r.int(1, 2)),
    formations: r.sample(w.t.formations, r.int(1, 3)),
    honours: r.chance(0.4) ? [r.pick(w.t.honours)] : undefined,
    figures: r.sample(V.FIGURE_LABELS, r.int(2, 5)).map(([label, unit]) => {
      return {
        label,
        value: r.chance(0.05) ? null : unit === '%' ? r.int(40, 100) : r.int(3, 3000),
        unit,
        precision: r.chance(0.15) ? 'about' : undefined,
        asOf: r.chance(0.7) ? date(r, 2005, 2024, 'year') : undefined,
      };
    }),
    methods: refs(rr, w.counts.methods, r.int(1, 3)).map(ids.methods),
    policies: refs(rr, w.counts.policies, r.int(0, 2)).map(ids.policies),
    standards: r.sample(w.t.standards, r.int(0, 4)),
    summary: `${r.pick(V.ACTIONS)}，${r.pick(V.ACTIONS)}，${r.pick(V.EFFECTS)}。`,
    featured: i < 6 ? true : undefined,
    sources: refs(rr, w.counts.reports, r.int(1, 2)).map(ids.reports),
  };
  const linkTo = data.methods.map((m) => [w.title.methods[Number(m.slice(-5)) - 1], `methods/${m}/`]);
  if (w.counts.glossary > 0) {
    const g = rr.int(0, w.counts.glossary - 1);
    linkTo.push([w.title.glossary[g], `glossary/#${ids.glossary(g)}`]);
  }
  return frontmatter(data) + '\n' + body(r, w, 'case', targetFor(r), linkTo);
}

function term(w, i) {
  const r = rng(`${w.seed}:glossary:${i}`);
  const rr = rng(`${w.seed}:glossary:${i}:refs`);
  const data = {
    term: w.title.glossary[i],
    aliases: r.chance(0.3) ? [`${nameOf(r)}${i + 1}`] : undefined,
    definition: `${r.pick(V.ACTORS)}${r.pick(V.ACTIONS)}的一种做法，目的是使${r.pick(V.EFFECTS)}。`,
    related: i > 0 && r.chance(0.5) ? [ids.glossary(rr.int(0, i - 1))] : undefined,
    methods: refs(rr, w.counts.methods, r.int(0, 2)).map(ids.methods),
    policies: r.chance(0.3) ? refs(rr, w.counts.policies, 1).map(ids.policies) : undefined,
    program: r.chance(0.1) ? [ids.program(rr.int(0, 5))] : undefined,
    cases: r.chance(0.3) ? refs(rr, w.counts.cases, 1).map(ids.cases) : undefined,
    sources: refs(rr, w.counts.reports, 1).map(ids.reports),
  };
  const sentences = Array.from({ length: 2 }, () => `${r.pick(V.OPENERS)}${r.pick(V.ACTORS)}${r.pick(V.ACTIONS)}，${r.pick(V.EFFECTS)}。`);
  return frontmatter(data) + '\n' + sentences.join('') + '\n';
}

/**
 * Writes the benchmark content into `siteRoot` (a scratch copy of the project): content/** for
 * every collection, and data/datasets/ when the project has the statistics format.
 * `glossary` overrides the number of glossary terms (3 % of the pages, at most 300, by default).
 * Returns what was generated.
 */
export async function generateContent({ projectRoot, siteRoot, pages, seed = DEFAULT_SEED, glossary }) {
  const stats = statsFormat(projectRoot);
  const counts = { ...planCounts(pages, { datasets: stats.supported }), ...(glossary ? { glossary } : {}) };
  const w = await makeWorld(projectRoot, counts, seed);
  const contentDir = join(siteRoot, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  const writers = { reports: report, policies: policy, methods: method, program: programItem, cases: caseEntry, glossary: term };
  let characters = 0;
  for (const [collection, write] of Object.entries(writers)) {
    const dir = join(contentDir, collection);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < counts[collection]; i++) {
      const text = write(w, i);
      characters += han(text);
      writeFileSync(join(dir, `${ids[collection](i)}.md`), text);
    }
  }
  let datasets = { generated: 0, reason: stats.reason };
  if (stats.supported) datasets = generateDatasets({ projectRoot, siteRoot, count: counts.datasets, seed, world: w, stats });
  return { counts: { ...counts, datasets: datasets.generated }, characters, datasetsNote: datasets.reason, seed };
}

/** The CLI: `node scripts/bench/generate.mjs --pages N --out DIR` (writes DIR/content, DIR/data/datasets). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const projectRoot = new URL('../../', import.meta.url).pathname;
  const out = arg('out');
  if (!out) {
    console.error('用法：node scripts/bench/generate.mjs --pages 1000 --out <目录>（写入 <目录>/content）');
    process.exit(2);
  }
  // Never into the project itself: its content/ is the bundled content.
  if (resolve(out) === resolve(projectRoot)) throw new Error('拒绝覆盖项目自己的 content/：请指定另一个目录');
  const result = await generateContent({ projectRoot, siteRoot: out, pages: Number(arg('pages', '1000')), seed: arg('seed', DEFAULT_SEED) });
  console.log(JSON.stringify(result, null, 2));
}
