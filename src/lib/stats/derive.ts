/**
 * Derive: the arithmetic between observations, done once at build time.
 *
 * - **Ratio.** A `rate` with `numerator` and `denominator`: where both have a number for the same
 *   region and period, the rate is numerator ÷ denominator × 100 (2 decimals). A reported rate
 *   more than 0.05 points away from it is an error naming both.
 * - **Change.** A `change` indicator (e.g. 比去年底新增) over `a/b` links the values of its
 *   `changeOf` indicator at `a` and `b`: value(b) = value(a) + change. The missing one is derived;
 *   when all three are given they must agree.
 * - **Sum.** An indicator with `sumOf` equals the sum of its parts; a missing total is derived,
 *   a given one is checked.
 *
 * Approximate (多/余/近 …) and missing values are never used in arithmetic. A derived value that
 * breaks a rule (a negative count, a rate over 100) is an error at the observation it came from.
 */
import type { Indicator, Observation } from '../../schemas/stats';
import type { Problem } from '../problems';
import { formatValue } from './format';
import type { LoadedDataset } from './load';
import { formatPeriod, parsePeriod } from './periods';
import { observationContext, observationKey } from './validate';

/** An observation after derivation: `basis` is always set; derived ones say how in `derivation`. */
export type ResolvedObservation = Observation & {
  /** Index in the file's `observations`, for messages; absent for values derived by the build. */
  index?: number;
};

/** Largest allowed gap between a reported rate and the one computed from its parts (points). */
const RATE_TOLERANCE = 0.05;

const decimals = (n: number) => {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
};
const round = (n: number, places: number) => Number(n.toFixed(places));

/** Tolerance when checking a relation: rounding of percentages, none for whole numbers. */
function tolerance(ind: Indicator): number {
  return ind.kind === 'rate' || ind.unit.includes('百分点') ? RATE_TOLERANCE : 1e-9;
}

export function deriveDataset(
  ds: LoadedDataset,
  indicators: ReadonlyMap<string, Indicator>,
): { observations: ResolvedObservation[]; issues: Problem[] } {
  const derivation = new Derivation(ds, indicators);
  derivation.run();
  return { observations: derivation.observations, issues: derivation.issues };
}

type Cell = Pick<Observation, 'indicator' | 'region' | 'period'>;
type Exact = ResolvedObservation & { value: number };

/** The observations of one dataset as derivation goes on, with the problems found. */
class Derivation {
  readonly observations: ResolvedObservation[];
  readonly issues: Problem[] = [];
  private readonly byKey: Map<string, ResolvedObservation>;
  /** Cells already reported as contradicting a derivation: each is reported once. */
  private readonly flagged = new Set<string>();

  constructor(
    private readonly ds: LoadedDataset,
    private readonly indicators: ReadonlyMap<string, Indicator>,
  ) {
    this.observations = ds.data.observations.map((o, index) => ({ ...o, index }));
    this.byKey = new Map(this.observations.map((o) => [observationKey(o), o]));
  }

  /**
   * Derived values can feed further derivations (a derived count into a ratio): repeat until
   * nothing new appears. Each pass adds at least one observation, so this ends.
   */
  run() {
    for (let pass = 0; pass < 10; pass++) {
      let added = false;
      for (const ind of this.indicators.values()) {
        if (ind.kind === 'change' && ind.changeOf) added = this.change(ind) || added;
        if (ind.sumOf) added = this.sum(ind) || added;
        if (ind.numerator && ind.denominator) added = this.ratio(ind) || added;
      }
      if (!added) break;
    }
  }

  private name = (id: string) => this.indicators.get(id)?.name ?? id;
  private show = (o: ResolvedObservation) => formatValue(o, this.indicators.get(o.indicator)?.unit ?? '');
  private get = (cell: Cell) => this.byKey.get(observationKey(cell));

  /** Adds a derived value, or checks it against the one already there. */
  private settle(target: Cell, computed: number, derivation: string, blame: ResolvedObservation): boolean {
    const ind = this.indicators.get(target.indicator)!;
    const existing = this.get(target);
    if (existing) {
      if (exact(existing) && Math.abs(existing.value - computed) > tolerance(ind)) this.contradiction(ind, existing, computed, derivation);
      return false;
    }
    const badRange = (ind.kind === 'count' || ind.kind === 'amount' || ind.kind === 'rate') && computed < 0 ? '负数' : ind.kind === 'rate' && computed > 100 ? '超过 100 的比率' : '';
    if (badRange) {
      this.issues.push({
        file: this.ds.file,
        path: `${at(blame)}.value`,
        message: `${derivation}，得到${badRange} ${formatValue({ value: computed }, ind.unit)}（${ind.name}${observationContext(target)}），数字之间有矛盾。`,
        fix: '核对参与计算的各个数字是否抄错、单位是否一致。',
      });
      return false;
    }
    const obs: ResolvedObservation = { ...target, value: computed, basis: 'derived', derivation: `${derivation}。` };
    this.observations.push(obs);
    this.byKey.set(observationKey(target), obs);
    return true;
  }

  /** A given value that disagrees with what its parts give: reported once, naming both. */
  private contradiction(ind: Indicator, existing: Exact, computed: number, derivation: string) {
    const key = observationKey(existing);
    if (this.flagged.has(key)) return;
    this.flagged.add(key);
    const gap = formatValue({ value: round(Math.abs(existing.value - computed), 4) });
    this.issues.push({
      file: this.ds.file,
      path: `${at(existing)}.value`,
      message:
        `${existing.basis === 'derived' ? '记录' : '报告'}的“${ind.name}”为 ${this.show(existing)}，而${derivation}得 ${formatValue({ value: computed }, ind.unit)}，` +
        `相差 ${gap}${ind.kind === 'rate' ? ' 个百分点' : ind.unit}${ind.kind === 'rate' ? `（允许 ${RATE_TOLERANCE}）` : ''}${observationContext(existing)}。`,
      fix: '核对这几个数是否抄错；若来源本身不一致，照录来源并在 note 中说明，同时删去或改正引起矛盾的那个数。',
    });
  }

  /** A rate from its numerator and denominator. */
  private ratio(ind: Indicator): boolean {
    let added = false;
    for (const num of [...this.observations]) {
      if (num.indicator !== ind.numerator || !exact(num)) continue;
      const den = this.get({ ...num, indicator: ind.denominator! });
      if (!exact(den) || den.value === 0) continue;
      const computed = round((num.value / den.value) * 100, 2);
      const how = `按${this.name(num.indicator)} ${this.show(num)} ÷ ${this.name(den.indicator)} ${this.show(den)} × 100 计算`;
      added = this.settle({ indicator: ind.id, region: num.region, period: num.period }, computed, how, num) || added;
    }
    return added;
  }

  /** value(b) = value(a) + change over `a/b`: the missing end from the other and the change. */
  private change(ind: Indicator): boolean {
    let added = false;
    const base = ind.changeOf!;
    for (const delta of [...this.observations]) {
      if (delta.indicator !== ind.id || !exact(delta)) continue;
      const p = parsePeriod(delta.period);
      if ('error' in p || p.kind !== 'interval') continue;
      const from = this.get({ indicator: base, region: delta.region, period: p.start });
      const to = this.get({ indicator: base, region: delta.region, period: p.end });
      const places = (a: number) => Math.max(decimals(a), decimals(delta.value));
      const deltaText = `${this.name(ind.id)} ${this.show(delta)}（${formatPeriod(delta.period)}）`;
      if (exact(to)) {
        const how = `按${formatPeriod(p.end)}的${this.name(base)} ${this.show(to)} 减去${deltaText}推算`;
        added = this.settle({ indicator: base, region: delta.region, period: p.start }, round(to.value - delta.value, places(to.value)), how, delta) || added;
      } else if (exact(from)) {
        const how = `按${formatPeriod(p.start)}的${this.name(base)} ${this.show(from)} 加上${deltaText}推算`;
        added = this.settle({ indicator: base, region: delta.region, period: p.end }, round(from.value + delta.value, places(from.value)), how, delta) || added;
      }
    }
    return added;
  }

  /** A total from its parts, for every region and period that has all of them. */
  private sum(ind: Indicator): boolean {
    let added = false;
    const parts = ind.sumOf!;
    const cells = new Map<string, { region: string; period: string }>();
    for (const o of this.observations) {
      if (parts.includes(o.indicator)) cells.set(`${o.region}|${o.period}`, { region: o.region, period: o.period });
    }
    for (const { region, period } of cells.values()) {
      const values = parts.map((part) => this.get({ indicator: part, region, period }));
      if (!values.every(exact)) continue;
      const total = values.reduce((s, v) => s + v.value, 0);
      const places = Math.max(...values.map((v) => decimals(v.value)));
      const how = `按${values.map((v) => `${this.name(v.indicator)} ${this.show(v)}`).join(' + ')} 相加`;
      added = this.settle({ indicator: ind.id, region, period }, round(total, places), how, values[0]!) || added;
    }
    return added;
  }
}

const at = (o: ResolvedObservation | undefined) => (o?.index !== undefined ? `observations[${o.index}]` : '');
const exact = (o: ResolvedObservation | undefined): o is Exact => o !== undefined && o.value !== null && o.approx === undefined;
