import type { Forecast } from '../forecast/funnel';
import { budgetPalette, type BudgetChartData } from './budgetCharts';

/**
 * Forecast vs goal: one stacked bar of forecast GMV by channel beside one bar of the GMV goal
 * (the first goal whose metric is GMV). Minor units; labels come in translated.
 */
export function buildForecastVsGoalChart(
  forecast: Forecast,
  labels: { forecast: string; goal: string },
): BudgetChartData & { goalMinor: number | null } {
  const gmvGoal = forecast.goals.find((g) => g.metric === 'gmv');
  const goalMinor = gmvGoal ? gmvGoal.target : null;
  const datasets = forecast.channels.map((c, i) => {
    const color = budgetPalette[i % budgetPalette.length] as string;
    return { label: c.name, data: [c.gmvMinor, null], backgroundColor: color, borderColor: color };
  });
  datasets.push({
    label: labels.goal,
    data: [null, goalMinor],
    backgroundColor: '#868e96',
    borderColor: '#868e96',
  });
  return { labels: [labels.forecast, labels.goal], datasets, goalMinor };
}

/** GMV, spend and 投产比 per channel, for the what-if view. */
export function buildChannelGmvSpendChart(
  forecast: Forecast,
  labels: { gmv: string; spend: string },
): BudgetChartData {
  return {
    labels: forecast.channels.map((c) => c.name),
    datasets: [
      {
        label: labels.gmv,
        data: forecast.channels.map((c) => c.gmvMinor),
        backgroundColor: '#4263eb',
        borderColor: '#4263eb',
      },
      {
        label: labels.spend,
        data: forecast.channels.map((c) => c.spendMinor),
        backgroundColor: '#f76707',
        borderColor: '#f76707',
      },
    ],
  };
}
