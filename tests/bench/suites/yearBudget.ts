import { computeYearRollup } from '../../../shared/figures';
import { yearBudgetSchema, type PlanId } from '../../../shared/domain';
import { median, round, type BenchRow, type BenchSuite } from '../types';
import { generateBudgetPlan } from './budget';

/**
 * Annual budget bench (issue 14 point 8): `yearBudget.rollup.30x500` — the roll-up of a year of
 * 30 plans with 500 budget lines each (and each plan's 33 promotions and 300 SKUs, which the
 * figures engine works through per plan), as the annual budget screen computes it.
 */
const suite: BenchSuite = async () => {
  const docs = Array.from({ length: 30 }, (_, i) => {
    const doc = generateBudgetPlan(500, i + 1);
    return { ...doc, plan: { ...doc.plan, id: `plan-year-${i}` as PlanId, name: `2026 活动 ${i + 1}` } };
  });
  const budget = yearBudgetSchema.parse({ id: 'year-2026', year: 2026, capMinor: 50_000_000_000 });
  const check = computeYearRollup(docs, 2026, budget);
  if (check.campaigns.length !== 30 || check.lines.length !== 15_000)
    throw new Error(`expected 30 plans × 500 lines, got ${check.campaigns.length} / ${check.lines.length}`);
  for (let i = 0; i < 3; i++) computeYearRollup(docs, 2026, budget);
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    computeYearRollup(docs, 2026, budget);
    times.push(performance.now() - t0);
  }
  await Promise.resolve();
  const rows: BenchRow[] = [
    { name: 'yearBudget.rollup.30x500', value: round(median(times), 1), unit: 'ms', budget: 100 },
  ];
  return rows;
};

export default suite;
