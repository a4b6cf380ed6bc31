import type { PlanDocument } from '../domain';
import { categoryDisplayName } from '../budget/categories';
import type { PlanFigures } from './engine';
import { coverageReason } from './coverage';

/**
 * The figures as `cli figures --json` prints them (docs/figures.md "cli figures"): money in
 * minor units, rates as fractions, null when unknown.
 */
export function figuresJson(figures: PlanFigures, language: 'zh' | 'en' = 'zh') {
  const { recomputed, actual } = figures;
  const doc: PlanDocument = recomputed.doc;
  const s = recomputed.summary;
  const t = recomputed.forecast.totals;
  const categories = new Map(doc.budgetCategories.map((c) => [c.id as string, c]));
  const phases = new Map(doc.phases.map((p) => [p.id as string, p.name]));
  const none = language === 'zh' ? '（未分类）' : '(Uncategorised)';
  const reasons: string[] = [];
  if (actual.isProfitProvisional) reasons.push(coverageReason(actual.coverage, doc.plan.currency, language));
  if (actual.isRoasProvisional)
    reasons.push(coverageReason(actual.mediaCoverage, doc.plan.currency, language));
  return {
    plan: { id: doc.plan.id, name: doc.plan.name, currency: doc.plan.currency },
    budget: {
      plannedMinor: s.total.plannedMinor,
      committedMinor: s.total.committedMinor,
      actualMinor: s.total.actualMinor,
      varianceMinor: s.total.varianceMinor,
      actualCoverage: figures.budgetCoverage.share,
      capMinor: s.capMinor,
      reserveMinor: s.reserveMinor,
      headroomMinor: s.headroomMinor,
      byCategory: s.byCategory.map((g) => {
        const c = g.key === null ? undefined : categories.get(g.key);
        return {
          name: c ? categoryDisplayName(c, language) : none,
          plannedMinor: g.plannedMinor,
          committedMinor: g.committedMinor,
          actualMinor: g.actualMinor,
          varianceMinor: g.varianceMinor,
        };
      }),
    },
    promotions: figures.promotions.map((p) => ({ name: p.name, costMinor: p.costMinor, basis: p.basis })),
    forecast: {
      uv: t.uv,
      orders: t.orders,
      gmvMinor: t.gmvMinor,
      discountMinor: t.discountMinor,
      cogsMinor: t.cogsMinor,
      cogsSource: t.marginSource,
      grossProfitMinor: t.profitMinor,
      campaignCostMinor: t.totalCostMinor,
      profitRoi: t.profitRoi,
      roas: t.roas,
      byPhase: t.byPhase.map((p) => ({
        name: phases.get(p.phaseId) ?? p.phaseId,
        gmvMinor: p.gmvMinor,
        uv: p.uv,
        orders: p.orders,
      })),
    },
    actual: {
      gmvMinor: actual.gmvMinor,
      refundsMinor: actual.refundsMinor,
      discountMinor: actual.discountMinor,
      cogsMinor: actual.cogsMinor,
      grossProfitMinor: actual.grossProfitMinor,
      campaignCostMinor: actual.campaignCostMinor,
      profitRoi: actual.profitRoi,
      roas: actual.roas,
      coverage: actual.coverage.share,
      mediaCoverage: actual.mediaCoverage.share,
      provisional: actual.provisional,
      provisionalReasons: reasons,
    },
    goals: figures.goals.map((g) => ({
      name: g.goal.title || g.goal.metric || '',
      metric: g.goal.metric,
      direction: (g.goal as { direction?: string }).direction ?? 'higher',
      target: g.target,
      forecast: recomputed.forecast.goals.find((f) => f.goalId === g.goal.id)?.forecast ?? null,
      actual: g.actual,
      attainment: g.attainment,
      met: g.status === 'unknown' ? null : g.status === 'met',
      provisional: g.isProvisional,
    })),
    score: {
      total: figures.score?.score ?? null,
      consistencyRatio: figures.score?.ahp?.cr ?? null,
    },
  };
}
