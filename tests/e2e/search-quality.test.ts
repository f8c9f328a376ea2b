/**
 * Search finds the page a Party worker means: each query of tests/e2e/search-queries.json is
 * typed into the real search page (Chromium, built site, real Pagefind index), and its expected
 * page must be among the first three results. Two sets: `queries` ask for a page by its name
 * (recall@3 ≥ 95%), `asked` ask as people do — questions, other names, figures, slips, pinyin
 * (recall@3 ≥ 90%). MRR is reported for each, and recall per kind of query.
 *
 * A query by name counts only when its page exists in the build and holds the typed words (a page
 * still a stub cannot be found by them); an asked query, whose words the page need not hold, only
 * when its page exists. Such queries are listed. With fewer queries left than the set needs, the
 * content is not written yet, and the test is skipped, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { fold, parseQuery } from '../../src/lib/search/query';
import { useBrowser, watchedPage } from './support/browser';
import { resultsFor } from './support/search';

type Query = { q: string; expect: string | string[]; kind: string };
const { queries, asked } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as { queries: Query[]; asked: Query[] };

const SETS = [
  { name: 'queries', what: 'by name', list: queries, least: 40, recall: 0.95, wordsOnPage: true },
  { name: 'asked', what: 'as people ask', list: asked, least: 30, recall: 0.9, wordsOnPage: false },
] as const;

const baseUrl = inject('baseUrl');
const basePath = new URL(baseUrl).pathname;
const browser = useBrowser();

const expected = (query: Query) => (Array.isArray(query.expect) ? query.expect : [query.expect]);

/** Why a query cannot count on this build, or null when it can. */
function notApplicable(query: Query, wordsOnPage: boolean): string | null {
  const why: string[] = [];
  for (const page of expected(query)) {
    const [path, anchor] = page.split('#');
    const file = join(inject('distDir'), path!, 'index.html');
    if (!existsSync(file)) {
      why.push(`no page ${path}`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    if (anchor && !html.includes(`id="${anchor}"`)) {
      why.push(`no #${anchor} on ${path}`);
      continue;
    }
    if (!wordsOnPage) return null;
    const text = fold(html.replace(/<[^>]*>/g, ''));
    const missing = parseQuery(query.q).parts.filter((p) => !text.includes(p));
    if (missing.length === 0) return null;
    why.push(`${path} does not contain ${missing.join('、')}`);
  }
  return why.join('; ');
}

const percent = (found: number, of: number) => `${found}/${of} = ${((found / of) * 100).toFixed(1)}%`;

describe('search quality', () => {
  test('the query sets hold at least 40 queries by name and 30 as people ask, each naming pages below the base', () => {
    for (const set of SETS) {
      expect(set.list.length, set.name).toBeGreaterThanOrEqual(set.least);
      for (const query of set.list) {
        expect(query.q.trim(), 'a query').not.toBe('');
        for (const page of expected(query)) expect(page, `expected page of ${query.q}`).toMatch(/^[a-z0-9-]+\/([a-z0-9-]+\/){0,2}(#[a-z0-9-]+)?$/);
      }
    }
  });

  for (const set of SETS) {
    test(`queries ${set.what}: the expected page is in the first three results for at least ${set.recall * 100}% of them`, async (ctx) => {
      const skipped = set.list.map((query) => ({ query, why: notApplicable(query, set.wordsOnPage) })).filter((x) => x.why);
      const counted = set.list.filter((query) => !skipped.some((s) => s.query === query));
      if (skipped.length) console.info(`${set.name}: queries not counted (their page is missing or lacks the words):\n${skipped.map((s) => `  ${s.query.q}: ${s.why}`).join('\n')}`);
      if (counted.length < set.least) {
        ctx.skip(`only ${counted.length} of ${set.list.length} queries have their page written; search quality needs the content`);
      }
      const { page, errors } = await watchedPage(browser(), baseUrl);
      await page.goto(new URL('search/', baseUrl).href);
      const misses: string[] = [];
      const lower: string[] = [];
      const kinds = new Map<string, { found: number; of: number }>();
      let found = 0;
      let reciprocal = 0;
      for (const query of counted) {
        const results = await resultsFor(page, query.q, basePath);
        // A result on the expected page counts, also when it links to a heading there (a chart of a
        // dataset); an expected heading (a glossary term) must be linked itself.
        const ranks = expected(query)
          .map((p) => results.findIndex((r) => r === p || (!p.includes('#') && r.split('#')[0] === p)) + 1)
          .filter((r) => r > 0);
        const rank = ranks.length ? Math.min(...ranks) : 0;
        const kind = kinds.get(query.kind) ?? { found: 0, of: 0 };
        kinds.set(query.kind, kind);
        kind.of++;
        if (rank >= 1 && rank <= 3) {
          found++;
          kind.found++;
        }
        if (rank >= 1) reciprocal += 1 / rank;
        if (rank !== 1) {
          (rank >= 1 && rank <= 3 ? lower : misses).push(`  ${query.q} → ${expected(query).join(' | ')}: rank ${rank || '—'}; first ${results.slice(0, 3).join(', ')}`);
        }
      }
      const recall = found / counted.length;
      console.info(
        `search quality, ${set.name} (${set.what}): recall@3 ${percent(found, counted.length)}, MRR ${(reciprocal / counted.length).toFixed(3)}` +
          `\n  by kind: ${[...kinds].map(([k, v]) => `${k} ${percent(v.found, v.of)}`).join('; ')}` +
          (lower.length ? `\nfound at rank 2–3:\n${lower.join('\n')}` : '') +
          (misses.length ? `\nnot in the first three:\n${misses.join('\n')}` : ''),
      );
      expect(errors).toEqual([]);
      expect(recall, `pages not in the first three results:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(set.recall);
      await page.context().close();
    }, 300_000);
  }
});
