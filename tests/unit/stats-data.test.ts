/**
 * The project's own statistics (data/): they build, every dataset cites a source, and what the
 * sources mask stays undisclosed. Expectations come from the data files themselves.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildStats } from '../../src/lib/stats';
import { readStatsSources } from '../../src/lib/stats/files';

const root = new URL('../../', import.meta.url).pathname;
const bundle = buildStats(readStatsSources(root));

describe('data/', () => {
  test('every dataset file builds into a dataset', () => {
    const files = readdirSync(`${root}data/datasets`).filter((f) => f.endsWith('.json'));
    expect(bundle.datasets.map((d) => `${d.id}.json`).sort()).toEqual(files.sort());
  });

  test('every quoted masked figure (with “*”) is null and undisclosed, never a number', () => {
    for (const ds of bundle.datasets) {
      for (const o of ds.observations) {
        if (o.quote && /\*(个|家|名|项|%)/.test(o.quote) && o.basis === 'reported') {
          expect(o, `${ds.id}: ${o.quote}`).toMatchObject({ value: null, status: 'undisclosed' });
        }
      }
    }
  });

  test('every approximate figure in the source (多/余/近) is flagged as approximate', () => {
    for (const ds of bundle.datasets) {
      for (const o of ds.observations) {
        const m = o.quote && /(\d[\d.]*)(多|余)|近(\d+)/.exec(o.quote);
        if (m && o.value !== null && String(o.value) === (m[1] ?? m[3])) expect(o.approx, `${ds.id}: ${o.quote}`).toBeDefined();
      }
    }
  });

  test('every derived value says how it was derived', () => {
    for (const ds of bundle.datasets) {
      for (const o of ds.observations.filter((x) => x.basis === 'derived')) expect(o.derivation, `${ds.id}: ${o.indicator}`).toBeTruthy();
    }
  });

  test('every dataset names a source report that exists, with its title', () => {
    for (const ds of bundle.datasets) {
      expect(readFileSync(`${root}content/reports/${ds.source.id}.md`, 'utf8')).toContain(ds.source.title);
    }
  });
});
