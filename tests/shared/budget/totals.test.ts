import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeBudgetSummary } from '../../../shared/budget/totals';
import type { BudgetCategoryId, ChannelId, PhaseId } from '../../../shared/domain';
import { category, channel, line, makeDoc, phase } from './fixture';

const A = 'cat-ads' as BudgetCategoryId;
const B = 'cat-kol' as BudgetCategoryId;
const C1 = 'ch-1' as ChannelId;
const P1 = 'ph-1' as PhaseId;

function sample(plan: Parameters<typeof makeDoc>[1] = {}) {
  return makeDoc(
    {
      budgetCategories: [category('cat-ads', 'advertising', 0), category('cat-kol', 'kol', 1)],
      channels: [channel('ch-1')],
      phases: [phase('ph-1', '2026-11-01', '2026-11-11')],
      budgetLines: [
        line('L1', {
          categoryId: A,
          channelId: C1,
          phaseId: P1,
          plannedMinor: 100_000,
          committedMinor: 50_000,
          actualMinor: 120_000,
        }),
        line('L2', { categoryId: A, phaseId: P1, plannedMinor: 50_000, actualMinor: 54_000 }),
        line('L3', { categoryId: B, channelId: C1, plannedMinor: 30_000 }),
        line('L4', { plannedMinor: 20_000, actualMinor: 22_000 }),
      ],
    },
    plan,
  );
}

describe('computeBudgetSummary', () => {
  it('totals planned, committed, actual, variance (lines with actuals) and burn', () => {
    const s = computeBudgetSummary(sample());
    expect(s.total.plannedMinor).toBe(200_000);
    expect(s.total.committedMinor).toBe(50_000);
    expect(s.total.actualMinor).toBe(196_000);
    // (120,000 − 100,000) + (54,000 − 50,000) + (22,000 − 20,000); L3 has no actual yet
    expect(s.total.varianceMinor).toBe(26_000);
    expect(s.total.burn).toBeCloseTo(0.98, 12); // 196,000 ÷ 200,000
  });

  it('subtotals by category, channel and phase, with the lines that have none last', () => {
    const s = computeBudgetSummary(sample());
    expect(s.byCategory.map((g) => [g.key, g.plannedMinor, g.actualMinor, g.varianceMinor])).toEqual([
      [A, 150_000, 174_000, 24_000],
      [B, 30_000, 0, 0],
      [null, 20_000, 22_000, 2_000],
    ]);
    expect(s.byChannel.map((g) => [g.key, g.plannedMinor])).toEqual([
      [C1, 130_000],
      [null, 70_000],
    ]);
    expect(s.byPhase.map((g) => [g.key, g.plannedMinor, g.lineCount])).toEqual([
      [P1, 150_000, 2],
      [null, 50_000, 2],
    ]);
    expect(s.byCategory[1]?.burn).toBe(0);
  });

  it('warns when a line’s actual is more than 10 % over its plan (exactly 10 % is fine)', () => {
    const s = computeBudgetSummary(sample());
    const over = s.warnings.filter((w) => w.kind === 'lineOverPlan');
    // L1 is 20 % over; L2 8 %; L4 exactly 10 %
    expect(over).toEqual([
      {
        kind: 'lineOverPlan',
        lineId: 'L1',
        item: 'L1',
        plannedMinor: 100_000,
        actualMinor: 120_000,
        overMinor: 20_000,
        overRate: 0.2,
      },
    ]);
  });

  it('keeps a percentage contingency out of the cap and warns when allocations eat into it', () => {
    // cap ¥2,100 with 10 % reserve = ¥210 → ¥1,890 allocatable; ¥2,000 planned is ¥110 into it
    const s = computeBudgetSummary(
      sample({ budgetCapMinor: 210_000, contingency: { kind: 'percent', rate: 0.1 } }),
    );
    expect(s.reserveMinor).toBe(21_000);
    expect(s.allocatableMinor).toBe(189_000);
    expect(s.headroomMinor).toBe(-11_000);
    expect(s.warnings[0]).toEqual({
      kind: 'intoReserve',
      plannedMinor: 200_000,
      capMinor: 210_000,
      reserveMinor: 21_000,
      availableMinor: 189_000,
      overMinor: 11_000,
    });
  });

  it('warns when planned and actual spending pass the cap', () => {
    const s = computeBudgetSummary(
      sample({ budgetCapMinor: 190_000, contingency: { kind: 'amount', amountMinor: 5_000 } }),
    );
    expect(s.reserveMinor).toBe(5_000);
    expect(s.warnings.slice(0, 2)).toEqual([
      { kind: 'overCap', plannedMinor: 200_000, capMinor: 190_000, overMinor: 10_000 },
      { kind: 'actualOverCap', actualMinor: 196_000, capMinor: 190_000, overMinor: 6_000 },
    ]);
  });

  it('without a cap, a percentage reserve is taken of the planned total', () => {
    const s = computeBudgetSummary(sample({ contingency: { kind: 'percent', rate: 0.05 } }));
    expect(s.reserveMinor).toBe(10_000);
    expect(s.allocatableMinor).toBeNull();
    expect(s.warnings.every((w) => w.kind === 'lineOverPlan')).toBe(true);
  });

  it('always has groups that sum to the total (property)', () => {
    const ids = ['a', 'b', 'c', null] as const;
    const arbLine = fc.record({
      cat: fc.constantFrom(...ids),
      ch: fc.constantFrom(...ids),
      ph: fc.constantFrom(...ids),
      planned: fc.integer({ min: 0, max: 1e10 }),
      committed: fc.integer({ min: 0, max: 1e10 }),
      actual: fc.option(fc.integer({ min: 0, max: 1e10 })),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 60 }), (specs) => {
        const doc = makeDoc({
          budgetLines: specs.map((s, i) =>
            line(`l${i}`, {
              categoryId: s.cat as BudgetCategoryId | null,
              channelId: s.ch as ChannelId | null,
              phaseId: s.ph as PhaseId | null,
              plannedMinor: s.planned,
              committedMinor: s.committed,
              actualMinor: s.actual,
            }),
          ),
        });
        const summary = computeBudgetSummary(doc);
        for (const groups of [summary.byCategory, summary.byChannel, summary.byPhase]) {
          for (const field of [
            'plannedMinor',
            'committedMinor',
            'actualMinor',
            'varianceMinor',
            'lineCount',
          ] as const) {
            expect(groups.reduce((sum, g) => sum + g[field], 0)).toBe(summary.total[field]);
          }
        }
      }),
    );
  });
});
