/** Derived values: computed once, labelled as derived, and never computed from approximate or missing numbers. */
import { describe, expect, test } from 'vitest';
import { buildBase } from './support/stats';

const bundle = buildBase();
const ds = bundle.datasets.find((d) => d.id === 'ok')!;
const find = (indicator: string, region: string, period: string) =>
  ds.observations.find((o) => o.indicator === indicator && o.region === region && o.period === period);

describe('deriveDataset', () => {
  test('derives the earlier value of a count from the later one and its change', () => {
    const o = find('orgs', 'city', '2010-12-31');
    expect(o).toMatchObject({ value: 200, basis: 'derived' });
    expect(o!.derivation).toContain('300家');
    expect(o!.derivation).toContain('100家');
  });

  test('derives an earlier rate from a change in points, rounded to the precision of its inputs', () => {
    // 30 − 12.34 in floating point is 17.659999…; the result keeps two decimals.
    expect(find('rate', 'city', '2010-12-31')).toMatchObject({ value: 17.66, basis: 'derived' });
  });

  test('derives a total from its parts', () => {
    expect(find('total', 'town', '2011')).toMatchObject({ value: 46, basis: 'derived' });
  });

  test('keeps a reported rate that agrees with numerator ÷ denominator, without a duplicate', () => {
    const rates = ds.observations.filter((o) => o.indicator === 'rate' && o.period === '2011-09-30');
    expect(rates).toHaveLength(1);
    expect(rates[0]).toMatchObject({ value: 30, basis: 'reported' });
  });

  test('computes nothing from an approximate or undisclosed value', () => {
    const derivedFromTowns = ds.observations.filter((o) => o.basis === 'derived' && (o.region === 'town' || o.region === 'town-b') && o.indicator !== 'total');
    expect(derivedFromTowns).toEqual([]);
  });

  test('keeps an undisclosed value as null with its status, never 0', () => {
    expect(find('orgs', 'town-b', '2011-09-30')).toMatchObject({ value: null, status: 'undisclosed' });
  });
});
