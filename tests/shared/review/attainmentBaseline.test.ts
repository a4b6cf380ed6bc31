import { describe, expect, it } from 'vitest';
import { goalSchema, reviewSchema, type PlanDocument } from '../../../shared/domain';
import { computeFigures } from '../../../shared/figures';
import {
  addNamedBaseline,
  chooseAttainmentBaseline,
  namedBaselinesOf,
  removeNamedBaseline,
} from '../../../shared/review/baselines';
import { lastYearPlan, thisYearPlan } from '../../e2e/baselinesSeed';

/**
 * docs/baselines.md "One baseline on the attainment table", by hand on the worked example's days:
 * campaign GMV ¥180,000 (3 days); days before the start 11-12 … 11-15 GMV ¥24,000, 11-13 … 11-15
 * ¥19,000. A GMV goal of ¥200,000 with a typed baseline of ¥150,000.
 */
function withGoal(doc: PlanDocument, review: PlanDocument['review']): PlanDocument {
  const goal = goalSchema.parse({
    id: 'g-gmv',
    planId: doc.plan.id,
    title: 'GMV',
    metric: 'gmv',
    unit: 'money',
    target: 20_000_000,
    baseline: 15_000_000,
  });
  return { ...doc, goals: [goal], review };
}

const gmvRow = (doc: PlanDocument) => computeFigures(doc).goals[0]!;

describe('the attainment table reads one named before-baseline', () => {
  const base = thisYearPlan('2026 黑五');
  const older = withGoal(base, reviewSchema.parse({ planId: base.plan.id, baselineLabel: '11 月上旬' }));

  it('an older review: its single baseline reads as a named one and shows what it showed, +650 %', () => {
    expect(namedBaselinesOf(older).map((b) => b.name)).toEqual(['11 月上旬']);
    const row = gmvRow(older);
    expect(row.actual).toBe(18_000_000);
    expect(row.baseline).toBe(2_400_000);
    expect(row.baselineSource).toBe('baselineActuals');
    expect(row.changeVsBaseline).toBeCloseTo(180_000 / 24_000 - 1, 9);
    // The derived figures' baseline column reads the same days: AOV ¥24,000 ÷ 100 buyers = ¥240.
    expect(computeFigures(older).baseline.derived.aovMinor).toBe(24_000);
  });

  it('a chosen baseline with a range: 11-13 … 11-15, ¥19,000, +847.4 %; the first is the default', () => {
    let doc = addNamedBaseline(older, {
      kind: 'before',
      name: '11-13 至 11-15',
      fields: { from: '2026-11-13', to: '2026-11-15' },
    });
    // Nothing chosen: the first of the list (the older review's own baseline).
    expect(gmvRow(doc).changeVsBaseline).toBeCloseTo(6.5, 9);
    const second = namedBaselinesOf(doc)[1]!;
    doc = chooseAttainmentBaseline(doc, second.id);
    expect(gmvRow(doc).baseline).toBe(1_900_000);
    expect(gmvRow(doc).changeVsBaseline).toBeCloseTo(8.473684, 6);
    // Removing the chosen one goes back to the first.
    doc = removeNamedBaseline(doc, second.id);
    expect(gmvRow(doc).changeVsBaseline).toBeCloseTo(6.5, 9);
  });

  it('a list without a before-baseline reads no baseline days: the goal’s typed ¥150,000, +20 %', () => {
    const last = lastYearPlan('2025 黑五');
    const doc = withGoal(
      base,
      reviewSchema.parse({
        planId: base.plan.id,
        baselines: [{ id: 'b-last', kind: 'lastYear', name: '2025 黑五', sourcePlanId: last.plan.id }],
      }),
    );
    const row = gmvRow(doc);
    expect(row.baseline).toBe(15_000_000);
    expect(row.baselineSource).toBe('goal');
    expect(row.changeVsBaseline).toBeCloseTo(0.2, 9);
  });
});
