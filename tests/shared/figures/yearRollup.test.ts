import { describe, expect, it } from 'vitest';
import { setCapByQuarter, setYearCap, workspaceSchema, yearBudgetOf } from '../../../shared/domain';
import { computeYearRollup, type YearRow } from '../../../shared/figures';
import { workedYear } from './workedYear';

/** docs/year-budget.md "The worked year": every number below is the doc's, worked by hand. */
const yuan = (v: number) => v * 100;

function figures(row: YearRow | undefined) {
  return row && [row.plannedMinor, row.committedMinor, row.actualMinor, row.varianceMinor];
}

describe('the annual roll-up of the worked year (docs/year-budget.md)', () => {
  const { docs, budget } = workedYear();
  const r = computeYearRollup(docs, 2026, budget);

  it('counts the plans whose peak day is in 2026, leaving the 2025 双12 out', () => {
    expect(r.campaigns.map((c) => c.label.zh)).toEqual(['2026 618', '2026 双11']);
  });

  it('by campaign: planned, committed, actual, variance and coverage', () => {
    expect(figures(r.campaigns[0])).toEqual([yuan(180_000), yuan(130_000), yuan(126_000), yuan(-4_000)]);
    expect(r.campaigns[0]?.coverage).toBeCloseTo(130 / 180, 10);
    expect(r.campaigns[0]?.isProvisional).toBe(true);
    expect(figures(r.campaigns[1])).toEqual([yuan(220_000), yuan(170_000), yuan(200_000), yuan(-20_000)]);
    expect(r.campaigns[1]?.coverage).toBe(1);
    expect(figures(r.total)).toEqual([yuan(400_000), yuan(300_000), yuan(326_000), yuan(-24_000)]);
    expect(r.total.coverage).toBe(0.875);
    expect(r.total.isProvisional).toBe(false);
  });

  it('by category: built-in categories are one row across plans; a row without actuals has no variance', () => {
    const by = Object.fromEntries(r.byCategory.map((row) => [row.label.zh, row]));
    expect(Object.keys(by)).toEqual(['推广/广告投放', '达人/KOL', '物料/设计']);
    expect(figures(by['推广/广告投放'])).toEqual([
      yuan(330_000),
      yuan(230_000),
      yuan(306_000),
      yuan(-24_000),
    ]);
    expect(figures(by['达人/KOL'])).toEqual([yuan(50_000), yuan(50_000), 0, null]);
    expect(by['达人/KOL']?.coverage).toBe(0);
    expect(figures(by['物料/设计'])).toEqual([yuan(20_000), yuan(20_000), yuan(20_000), 0]);
    expect(by['推广/广告投放']?.label.en).toBe('Advertising');
  });

  it('by channel: channels matched by name across plans, lines without one in their own row', () => {
    const by = Object.fromEntries(r.byChannel.map((row) => [row.label.en, row]));
    expect(figures(by['天猫'])).toEqual([yuan(300_000), yuan(230_000), yuan(270_000), yuan(-30_000)]);
    expect(figures(by['抖音'])).toEqual([yuan(80_000), yuan(50_000), yuan(36_000), yuan(6_000)]);
    expect(by['抖音']?.coverage).toBe(0.375);
    expect(figures(by['(No channel)'])).toEqual([yuan(20_000), yuan(20_000), yuan(20_000), 0]);
  });

  it('by month: the month the line’s phase starts in, else the peak day’s', () => {
    expect(r.byMonth.map((m) => [m.key, m.plannedMinor, m.varianceMinor])).toEqual([
      ['2026-05', yuan(100_000), yuan(-10_000)],
      ['2026-06', yuan(80_000), yuan(6_000)],
      ['2026-10', yuan(200_000), yuan(-20_000)],
      ['2026-11', yuan(20_000), 0],
    ]);
  });

  it('cap left for the year and each quarter', () => {
    expect(r.capLeftMinor).toBe(yuan(600_000));
    expect(r.quarters.map((q) => q.leftMinor)).toEqual([
      yuan(200_000),
      yuan(120_000),
      yuan(200_000),
      yuan(80_000),
    ]);
  });

  it('leaves a plan in another currency out of every sum and names it', () => {
    const usd = { ...docs[1]!, plan: { ...docs[1]!.plan, currency: 'USD' } };
    const other = computeYearRollup([docs[2]!, usd], 2026, budget);
    expect(other.campaigns.map((c) => c.label.zh)).toEqual(['2026 618']);
    expect(other.otherCurrency.map((p) => p.name)).toEqual(['2026 双11']);
    expect(other.total.plannedMinor).toBe(yuan(180_000));
  });

  it('without a cap for the year there is no cap left, and a trashed plan counts nowhere', () => {
    const trashed = { ...docs[1]!, plan: { ...docs[1]!.plan, deletedAt: '2026-12-01T00:00:00.000Z' } };
    const none = computeYearRollup([docs[2]!, trashed], 2026, null);
    expect(none.capLeftMinor).toBeNull();
    expect(none.quarters.every((q) => q.leftMinor === null)).toBe(true);
    expect(none.total.plannedMinor).toBe(yuan(180_000));
  });

  it('a cap field emptied, or quarters switched on with none typed, shows no cap left (not −¥400,000.00)', () => {
    let w = workspaceSchema.parse({ yearBudgets: [budget] });
    w = setYearCap(w, { year: 2026, currency: 'CNY', slot: 'year', capMinor: null });
    w = setCapByQuarter(w, { year: 2026, currency: 'CNY', on: false });
    w = setCapByQuarter(w, { year: 2026, currency: 'CNY', on: true });
    w = setCapByQuarter(w, { year: 2026, currency: 'CNY', on: false });
    // Quarter caps were the doc's ¥200,000 / ¥300,000 / ¥200,000 / ¥300,000; a year with none at all:
    const fresh = setCapByQuarter(workspaceSchema.parse({}), { year: 2026, currency: 'CNY', on: true });
    const r0 = computeYearRollup(docs, 2026, yearBudgetOf(fresh, 2026));
    expect(r0.capMinor).toBeNull();
    expect(r0.capLeftMinor).toBeNull();
    expect(r0.quarters.map((q) => [q.capMinor, q.leftMinor])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    const cleared = computeYearRollup(docs, 2026, yearBudgetOf(w, 2026));
    expect(cleared.capLeftMinor).toBeNull();
    // Switched back on, the quarters have their caps again: Q2 left ¥300,000 − ¥180,000.
    const back = setCapByQuarter(w, { year: 2026, currency: 'CNY', on: true });
    const r2 = computeYearRollup(docs, 2026, yearBudgetOf(back, 2026));
    expect(r2.quarters[1]?.leftMinor).toBe(yuan(120_000));
  });
});
