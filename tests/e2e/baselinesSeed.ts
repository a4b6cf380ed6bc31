import type { PlanDocument } from '../../shared/domain';
import {
  dailyActualsPlan,
  lastYearCampaign,
  lastYearFields,
  thisYearCampaign,
  thisYearFields,
  thisYearOutside,
  thisYearPhases,
} from '../fixtures/blackFridayPlans';

/**
 * The two 黑五 plans of docs/baselines.md's worked example, for the baselines e2e and the fit and
 * a11y walks: 2025 (peak 11-28, last year) and 2026 (peak 11-27) with days before and after.
 */
export function lastYearPlan(name: string): PlanDocument {
  return dailyActualsPlan(
    name,
    {
      ...lastYearFields,
      status: 'done',
      createdAt: '2025-09-01T00:00:00.000Z',
    },
    lastYearCampaign,
  );
}

/** This year's plan; with `source`, its review already holds one baseline of each kind. */
export function thisYearPlan(
  name: string,
  source?: PlanDocument,
  names = ['活动前 4 天', '去年同期', '长尾'],
): PlanDocument {
  return dailyActualsPlan(
    name,
    { ...thisYearFields, status: 'running', createdAt: '2026-09-01T00:00:00.000Z' },
    thisYearCampaign,
    thisYearOutside,
    thisYearPhases,
    (planId) =>
      source
        ? {
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
          }
        : null,
  );
}
