import { comparePlans } from '../../../shared/compare/compare';
import { addDays, type ActualId, type PlanDocument } from '../../../shared/domain';
import { generateLargePlan } from '../fixtures/generatePlan';
import { median, round, type BenchRow, type BenchSuite } from '../types';

/**
 * Compare bench (issue 14.8): `compare.4plans` — the whole comparison of four 2,000-task plans
 * with 60 days of actuals each, from the stored documents: the figures engine on each plan
 * (forecast, budget, attainment, daily and phase GMV) and the rows, deltas and aligned curves.
 */
function withActuals(doc: PlanDocument, seed: number): PlanDocument {
  const actuals = Array.from({ length: 60 }, (_, i) => ({
    id: `actual-${seed}-${i}` as ActualId,
    planId: doc.plan.id,
    period: 'campaign' as const,
    date: addDays(doc.plan.peakDate, i - 50),
    channelId: null,
    uv: 10_000 + ((i * 7919 * seed) % 5_000),
    pv: null,
    buyers: 300 + ((i * 104_729 * seed) % 200),
    orders: 320 + ((i * 15_485_863 * seed) % 200),
    gmvMinor: 3_000_000 + ((i * 32_452_843 * seed) % 2_000_000),
    spendMinor: 200_000,
    couponsClaimed: null,
    couponsRedeemed: null,
    refundsMinor: 50_000,
    newCustomers: null,
  }));
  return { ...doc, actuals };
}

const suite: BenchSuite = async () => {
  const docs = [1, 2, 3, 4].map((seed) =>
    withActuals(generateLargePlan({ tasks: 2_000, links: 1_500, seed }), seed),
  );
  for (let i = 0; i < 3; i++) comparePlans(docs);
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    comparePlans(docs);
    times.push(performance.now() - t0);
  }
  const rows: BenchRow[] = [
    { name: 'compare.4plans', value: round(median(times), 1), unit: 'ms', budget: 200 },
  ];
  return Promise.resolve(rows);
};

export default suite;
