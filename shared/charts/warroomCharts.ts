import type { Pacing } from '../warroom/pacing';
import { seriesColors, type ReviewChartData } from './reviewCharts';

/**
 * The war room's charts as data (docs/warroom.md "Charts"), built apart from drawing like the
 * review's: money in minor units, series labels passed in translated, so this stays language-free.
 * Both charts cover the 24 hours of the day of the last elapsed hour.
 */

const targetColor = seriesColors.baseline;

/** "2026-11-11T10:00" → "10:00", the category label of an hour. */
function hourLabel(hour: string): string {
  return hour.slice(11, 16);
}

/** Hourly bars: the shop's GMV of each elapsed hour against the hour's target. */
export function hourlyBarsChart(pacing: Pacing, text: { actual: string; target: string }): ReviewChartData {
  return {
    labels: pacing.hours.map((h) => hourLabel(h.hour)),
    datasets: [
      {
        label: text.actual,
        type: 'bar',
        data: pacing.hours.map((h) => h.gmvMinor),
        yAxisID: 'money',
        backgroundColor: seriesColors.actual,
        borderColor: seriesColors.actual,
      },
      {
        label: text.target,
        type: 'bar',
        data: pacing.hours.map((h) => h.targetMinor),
        yAxisID: 'money',
        backgroundColor: seriesColors.planned,
        borderColor: seriesColors.planned,
      },
    ],
  };
}

/**
 * Cumulative lines over the day: actual since 00:00 through the last elapsed hour (an elapsed hour
 * without data adds nothing; hours not yet elapsed are blank), and the target since 00:00 for every
 * hour, so the gap between the lines is the day's shortfall so far and the target line shows where
 * the day should end.
 */
export function cumulativeChart(pacing: Pacing, text: { actual: string; target: string }): ReviewChartData {
  let actual = 0;
  let target = 0;
  const actualSeries: (number | null)[] = [];
  const targetSeries: number[] = [];
  for (const h of pacing.hours) {
    target += h.targetMinor;
    targetSeries.push(target);
    if (h.hour <= pacing.lastHour) {
      actual += h.gmvMinor ?? 0;
      actualSeries.push(actual);
    } else actualSeries.push(null);
  }
  return {
    labels: pacing.hours.map((h) => hourLabel(h.hour)),
    datasets: [
      {
        label: text.actual,
        type: 'line',
        data: actualSeries,
        yAxisID: 'money',
        backgroundColor: seriesColors.gmv,
        borderColor: seriesColors.gmv,
      },
      {
        label: text.target,
        type: 'line',
        data: targetSeries,
        yAxisID: 'money',
        backgroundColor: targetColor,
        borderColor: targetColor,
      },
    ],
  };
}

/** One cell of the day strip: a campaign day's actual against its target. */
export interface DayCell {
  date: string;
  actualMinor: number;
  targetMinor: number | null;
  /**
   * A past day: actual ÷ the day's target. Today: actual ÷ the target of its elapsed hours (a
   * half-run day is not judged against the whole day). null without a target or before the day.
   */
  pace: number | null;
  /** 'past' days are over, 'today' holds the last elapsed hour, 'future' ones have not begun. */
  when: 'past' | 'today' | 'future';
}

/** The day strip: every campaign day with its actual, target and pace. */
export function dayStrip(pacing: Pacing): DayCell[] {
  // Before any live figure no day has begun (the last hour is then only the first campaign hour).
  const today = pacing.hasData ? pacing.lastHour.slice(0, 10) : null;
  let todayTarget = 0;
  for (const h of pacing.hours) if (h.hour <= pacing.lastHour) todayTarget += h.targetMinor;
  return pacing.days.map((d) => {
    const when = today === null ? 'future' : d.date < today ? 'past' : d.date === today ? 'today' : 'future';
    const judged =
      when === 'past' ? d.targetMinor : when === 'today' && d.targetMinor !== null ? todayTarget : null;
    const pace = judged !== null && judged > 0 ? d.actualMinor / judged : null;
    return { date: d.date, actualMinor: d.actualMinor, targetMinor: d.targetMinor, pace, when };
  });
}
