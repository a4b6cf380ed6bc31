import { newId, planDocumentSchema, type PlanDocument, type PlanId } from '../../shared/domain';

/**
 * The two 黑五 plans of docs/baselines.md's worked example, for the baselines e2e and the fit and
 * a11y walks: 2025 (peak 11-28, last year) and 2026 (peak 11-27) with days before and after.
 */
type Day = [date: string, uv: number, buyers: number, orders: number, gmvYuan: number, newCustomers?: number];

function blackFriday(
  name: string,
  year: 2025 | 2026,
  campaign: Day[],
  outside: Day[],
  review: PlanDocument['review'] | ((planId: PlanId) => PlanDocument['review']) = null,
): PlanDocument {
  const planId = newId<PlanId>();
  const row = (period: string) => (d: Day) => ({
    id: newId(),
    planId,
    period,
    date: d[0],
    uv: d[1],
    buyers: d[2],
    orders: d[3],
    gmvMinor: d[4] * 100,
    newCustomers: d[5] ?? null,
  });
  const peak = year === 2026 ? '2026-11-27' : '2025-11-28';
  const phase = (kind: string, startDate: string, endDate: string, order: number) => ({
    id: newId(),
    planId,
    name: kind,
    kind,
    startDate,
    endDate,
    order,
  });
  return planDocumentSchema.parse({
    plan: {
      id: planId,
      name,
      type: 'blackFriday',
      platforms: ['tmall'],
      startDate: year === 2026 ? '2026-11-20' : '2025-11-21',
      endDate: year === 2026 ? '2026-12-03' : '2025-12-01',
      peakDate: peak,
      status: year === 2026 ? 'running' : 'done',
      createdAt: `${year}-09-01T00:00:00.000Z`,
      updatedAt: `${year}-09-01T00:00:00.000Z`,
    },
    phases:
      year === 2026
        ? [
            phase('warmup', '2026-11-20', '2026-11-25', 0),
            phase('burst', '2026-11-26', '2026-11-27', 1),
            phase('encore', '2026-11-28', '2026-11-30', 2),
            phase('review', '2026-12-01', '2026-12-03', 3),
          ]
        : [],
    actuals: [...campaign.map(row('campaign')), ...outside.map(row('baseline'))],
    review: typeof review === 'function' ? review(planId) : review,
  });
}

export function lastYearPlan(name: string): PlanDocument {
  return blackFriday(
    name,
    2025,
    [
      ['2025-11-26', 2000, 40, 44, 10_000],
      ['2025-11-27', 2500, 75, 80, 20_000],
      ['2025-11-28', 7500, 300, 330, 90_000],
      ['2025-11-29', 2000, 75, 80, 20_000],
    ],
    [],
  );
}

/** This year's plan; with `source`, its review already holds one baseline of each kind. */
export function thisYearPlan(
  name: string,
  source?: PlanDocument,
  names = ['活动前 4 天', '去年同期', '长尾'],
): PlanDocument {
  return blackFriday(
    name,
    2026,
    [
      ['2026-11-26', 3000, 90, 100, 27_000],
      ['2026-11-27', 9000, 360, 400, 108_000],
      ['2026-11-28', 3000, 150, 160, 45_000],
    ],
    [
      ['2026-11-12', 1000, 20, 22, 5_000],
      ['2026-11-13', 1200, 30, 32, 7_000],
      ['2026-11-14', 800, 20, 22, 4_000],
      ['2026-11-15', 1000, 30, 32, 8_000],
      ['2026-12-01', 1500, 40, 42, 9_000, 10],
      ['2026-12-03', 1300, 35, 36, 8_000, 5],
      ['2026-12-09', 1100, 30, 31, 6_600, 6],
    ],
    source
      ? (planId) => ({
          planId,
          method: 'direct',
          indicators: [],
          ahpMatrix: null,
          useFuzzy: false,
          summary: '',
          baselineLabel: '',
          goalActuals: [],
          baselines: [
            { id: 'b-before', kind: 'before', name: names[0]!, from: null, to: null },
            { id: 'b-last', kind: 'lastYear', name: names[1]!, sourcePlanId: source.plan.id },
            { id: 'b-tail', kind: 'longTail', name: names[2]!, weeks: 2, compareWithId: null },
          ],
        })
      : null,
  );
}
