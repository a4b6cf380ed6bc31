import { useMemo } from 'react';
import {
  baselineComparisonChart,
  budgetByCategoryChart,
  channelChart,
  dailyTrendChart,
  funnelChart,
  targetVsActualChart,
} from '../../../../shared/charts/reviewCharts';
import type { PlanDocument } from '../../../../shared/domain';
import { sumActuals } from '../../../../shared/review/actualsTotals';
import type { GoalAttainment } from '../../../../shared/review/attainment';
import { categoryDisplayName } from '../../../../shared/budget/categories';
import { languageOf, useLocale, useMessages } from '../../i18n';
import { messages } from './messages';
import { dailyActuals } from '../../../../shared/figures/dailyActuals';

/** Every review chart's data, built by shared/charts/reviewCharts with the screen's language. */
export function useReviewCharts(doc: PlanDocument, attainments: GoalAttainment[]) {
  const m = useMessages(messages).charts;
  const locale = useLocale();
  return useMemo(() => {
    const language = languageOf(locale);
    const names = new Map(
      doc.budgetCategories.map((c) => [c.id as string, categoryDisplayName(c, language)]),
    );
    return {
      daily: dailyTrendChart(doc, { gmv: m.gmv, uv: m.uv }),
      targetVsActual: targetVsActualChart(attainments, { actual: m.actual, target: m.target }),
      channels: channelChart(doc, { spend: m.spend, gmv: m.gmv, roas: m.roas }),
      funnel: funnelChart(sumActuals(dailyActuals(doc), 'campaign'), {
        uv: m.uv,
        buyers: m.buyers,
        orders: m.orders,
        label: m.funnelSeries,
      }),
      baseline: baselineComparisonChart(doc, {
        campaign: m.campaignSeries,
        baseline: m.baselineSeries,
        dayLabel: m.day,
      }),
      budget: budgetByCategoryChart(doc, {
        planned: m.planned,
        actual: m.actualSpend,
        uncategorised: m.uncategorised,
        categoryName: (id) => names.get(id) ?? id,
      }),
    };
  }, [doc, attainments, m, locale]);
}

export type ReviewCharts = ReturnType<typeof useReviewCharts>;
