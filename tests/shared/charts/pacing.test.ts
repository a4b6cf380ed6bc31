import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetLine, BudgetLineId, Phase, PhaseId, Plan, PlanId } from '../../../shared/domain';
import { buildSpendPacing } from '../../../shared/charts/pacing';

const plan = {
  id: 'plan-1' as PlanId,
  startDate: '2026-10-01',
  endDate: '2026-10-05',
  peakDate: '2026-10-05',
  keyMoments: [],
} as unknown as Plan;

const warmup: Phase = {
  id: 'phase-warmup' as PhaseId,
  planId: plan.id,
  name: '预热期',
  kind: 'warmup',
  startDate: '2026-10-02',
  endDate: '2026-10-04',
  color: '#ffd43b',
  purpose: '',
  order: 0,
};

function line(id: string, extra: Partial<BudgetLine>): BudgetLine {
  return {
    id: id as BudgetLineId,
    planId: plan.id,
    categoryId: null,
    channelId: null,
    phaseId: null,
    item: id,
    unitPriceMinor: null,
    quantity: null,
    plannedMinor: 0,
    committedMinor: 0,
    actualMinor: null,
    vendor: '',
    paymentDate: null,
    notes: '',
    promotionId: null,
    isOverridden: false,
    order: 0,
    ...extra,
  };
}

describe('buildSpendPacing', () => {
  it('spreads phase money evenly, places the rest on payment dates or the plan start', () => {
    const lines = [
      // ¥10.00 over the 3 days of 预热期: 334 + 333 + 333 fen; ¥9.00 actually paid on 10-03.
      line('kol', { phaseId: warmup.id, plannedMinor: 1000, actualMinor: 900, paymentDate: '2026-10-03' }),
      // ¥5.00 paid on 10-05, nothing recorded yet.
      line('ads', { plannedMinor: 500, paymentDate: '2026-10-05' }),
      // ¥2.00 with no phase and no date lands on the plan start; ¥2.50 actual there too.
      line('misc', { plannedMinor: 200, actualMinor: 250 }),
    ];
    expect(buildSpendPacing({ lines, phases: [warmup], plan })).toEqual({
      dates: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'],
      plannedCumulativeMinor: [200, 534, 867, 1200, 1700],
      actualCumulativeMinor: [250, 250, 1150, null, null],
    });
  });

  it('widens the axis to money outside the plan dates, or follows a given axis', () => {
    const lines = [
      line('deposit', { plannedMinor: 300, paymentDate: '2026-09-29' }),
      line('late', { plannedMinor: 100, paymentDate: '2026-10-07' }),
    ];
    const wide = buildSpendPacing({ lines, phases: [], plan });
    expect(wide.dates[0]).toBe('2026-09-29');
    expect(wide.dates.at(-1)).toBe('2026-10-07');
    expect(wide.plannedCumulativeMinor.at(-1)).toBe(400);
    expect(wide.actualCumulativeMinor.every((value) => value === null)).toBe(true);

    const narrow = buildSpendPacing({ lines, phases: [], plan }, { from: '2026-10-01', to: '2026-10-03' });
    expect(narrow.dates).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(narrow.plannedCumulativeMinor).toEqual([300, 300, 300]);
  });

  it('ends on exactly the planned sum, whatever the lines', () => {
    const phases: Phase[] = [0, 1, 2].map((index) => ({
      ...warmup,
      id: `phase-${index}` as PhaseId,
      startDate: `2026-10-0${1 + index}`,
      endDate: `2026-10-${String(3 + index * 7).padStart(2, '0')}`,
    }));
    const arbitraryLine = fc.record({
      plannedMinor: fc.integer({ min: -1_000_000, max: 10_000_000_000 }),
      phase: fc.option(fc.integer({ min: 0, max: 3 })), // 3 = a phase that no longer exists
      paymentDay: fc.option(fc.integer({ min: 1, max: 28 })),
      actualMinor: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
    });
    fc.assert(
      fc.property(fc.array(arbitraryLine, { maxLength: 30 }), (specs) => {
        const lines = specs.map((spec, index) =>
          line(`l${index}`, {
            plannedMinor: spec.plannedMinor,
            phaseId: spec.phase === null ? null : (`phase-${spec.phase}` as PhaseId),
            paymentDate:
              spec.paymentDay === null ? null : `2026-10-${String(spec.paymentDay).padStart(2, '0')}`,
            actualMinor: spec.actualMinor,
          }),
        );
        const pacing = buildSpendPacing({ lines, phases, plan });
        const planned = specs.reduce((sum, spec) => sum + spec.plannedMinor, 0);
        expect(pacing.plannedCumulativeMinor.at(-1)).toBe(planned);
        expect(pacing.plannedCumulativeMinor.every(Number.isInteger)).toBe(true);
        expect(pacing.dates).toHaveLength(pacing.plannedCumulativeMinor.length);
        const actual = specs.reduce((sum, spec) => sum + (spec.actualMinor ?? 0), 0);
        const recorded = pacing.actualCumulativeMinor.filter((value) => value !== null);
        if (specs.some((spec) => spec.actualMinor !== null)) expect(recorded.at(-1)).toBe(actual);
        else expect(recorded).toEqual([]);
      }),
    );
  });
});
