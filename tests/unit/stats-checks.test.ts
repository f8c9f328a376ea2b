/**
 * Each check the statistics build makes, with a bad fixture from tests/fixtures/stats/bad: the
 * build stops and the message names the file and the JSON path of the mistake, in Chinese, with a fix.
 */
import { describe, expect, test } from 'vitest';
import { buildStats } from '../../src/lib/stats';
import { baseSources, buildBase, buildError, expectOneIssue, withBadDataset } from './support/stats';
import { readFileSync } from 'node:fs';
import { FIXTURES } from './support/stats';

const file = (name: string) => `data/datasets/${name}.json`;
const bad = (name: string, path: string) => expectOneIssue(withBadDataset(name), file(name), path);

describe('the statistics build', () => {
  test('accepts the valid fixture project', () => {
    expect(() => buildBase()).not.toThrow();
  });

  test('stops on a file that is not valid JSON, naming the line and column', () => {
    const [problem, ...more] = buildError(withBadDataset('invalid-json')).problems;
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ file: 'data/datasets/invalid-json.json', line: 17, column: 6 });
    expect(problem!.message).toContain('不是有效的 JSON：最后一项后面多了一个逗号');
  });

  test('stops on a region that is not in the registry', () => {
    expect(bad('unknown-region', 'observations[1].region').message).toContain('atlantis');
  });

  test('stops on an indicator that is not defined', () => {
    expect(bad('unknown-indicator', 'observations[0].indicator').message).toContain('orgz');
  });

  test('stops on a duplicate observation, naming the first one', () => {
    expect(bad('duplicate-observation', 'observations[2]').message).toContain('observations[0]');
  });

  test('stops on a value that is not a number', () => {
    expect(bad('value-not-number', 'observations[1].value').message).toContain('文字“1000”');
  });

  test('stops on a negative count', () => {
    expect(bad('negative-count', 'observations[1].value').message).toContain('-5');
  });

  test('stops on a rate outside 0–100', () => {
    expect(bad('rate-out-of-range', 'observations[1].value').message).toContain('0–100');
  });

  test('stops on a numerator larger than its denominator, naming both', () => {
    const issue = bad('numerator-over-denominator', 'observations[1].value');
    expect(issue.message).toContain('300');
    expect(issue.message).toContain('200');
    expect(issue.message).toContain('observations[0]');
  });

  test('stops on a malformed period', () => {
    expect(bad('malformed-period', 'observations[1].period').message).toContain('2011年9月');
  });

  test('stops on a date that does not exist', () => {
    expect(bad('impossible-date', 'observations[1].period').message).toContain('2011-02-30');
  });

  test('stops on a source id that is not a report', () => {
    expect(bad('unknown-source', 'source').message).toContain('no-such-report');
  });

  test('stops on a reported rate more than 0.05 points from its numerator ÷ denominator, naming both', () => {
    const issue = bad('rate-mismatch', 'observations[2].value');
    expect(issue.message).toContain('30.1%');
    expect(issue.message).toContain('30%');
    expect(issue.message).toContain('300家');
    expect(issue.message).toContain('1,000家');
  });

  test('stops on a missing value without a status (an undisclosed number is null with a status)', () => {
    expect(bad('null-without-status', 'observations[1].status').message).toContain('null');
  });

  test('stops on a 0 written for a masked number (a value with a status)', () => {
    bad('zero-with-status', 'observations[1].status');
  });

  test('stops on a derived value that does not say how it was derived', () => {
    bad('derived-without-derivation', 'observations[1].derivation');
  });

  test('stops on a change that disagrees with the two values it links', () => {
    const issue = bad('change-mismatch', 'observations[1].value');
    expect(issue.message).toContain('150家');
    expect(issue.message).toContain('200家');
  });

  test('stops on a change whose period is not an interval', () => {
    bad('change-without-interval', 'observations[1].period');
  });

  test('stops on a total that is not the sum of its parts', () => {
    const issue = bad('sum-mismatch', 'observations[0].value');
    expect(issue.message).toContain('48个');
    expect(issue.message).toContain('46个');
  });

  test('stops on a count that is not a whole number', () => {
    bad('count-not-whole', 'observations[1].value');
  });

  test('stops on a misspelt field', () => {
    expect(bad('unknown-field', 'observations[0].vaule').message).toContain('vaule');
  });

  test('stops on a chart that mixes units', () => {
    bad('chart-mixed-units', 'charts[0].indicators');
  });

  test('stops on a chart whose data has several periods and no period chosen', () => {
    bad('chart-ambiguous-period', 'charts[0].period');
  });

  test('stops on a highlight that matches no observation', () => {
    bad('highlight-missing', 'highlights[0]');
  });

  test('stops on an indicator whose numerator is not defined', () => {
    const sources = baseSources();
    const text = readFileSync(`${FIXTURES}bad/indicators-unknown-numerator.json`, 'utf8');
    expectOneIssue({ ...sources, indicators: { path: 'data/indicators.json', text } }, 'data/indicators.json', '[2].numerator');
  });

  test('reports every problem of a run at once, across files', () => {
    const base = baseSources();
    const a = withBadDataset('negative-count');
    const b = withBadDataset('unknown-region');
    const error = buildError({ ...base, datasets: [...a.datasets, b.datasets.at(-1)!] });
    expect(error.problems.map((i) => i.file)).toEqual(['data/datasets/negative-count.json', 'data/datasets/unknown-region.json']);
    expect(error.message).toMatch(/^统计数据检查发现 2 处错误/);
  });

  test('accepts a file saved with a byte-order mark', () => {
    const sources = baseSources();
    const [ds] = sources.datasets;
    expect(() => buildStats({ ...sources, datasets: [{ ...ds!, text: `\uFEFF${ds!.text}` }] })).not.toThrow();
  });
});
