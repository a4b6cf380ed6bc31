import type { Alert } from '../../../../shared/warroom/alerts';
import type { Pacing } from '../../../../shared/warroom/pacing';
import type { MoneyFormat } from '../budget/useMoney';
import type { warroomMessages } from './messages';

/** What the war room screen and its wall display both show: the day's pacing and its alerts. */
export interface PaceView {
  pacing: Pacing;
  alerts: readonly Alert[];
}

/** The moment the figures are as of, or that there are none yet — the screen's and the wall's. */
export function asOfText(pacing: Pacing, m: (typeof warroomMessages)['zh-CN']): string {
  return pacing.hasData ? `${m.at} ${pacing.at.replace('T', ' ')}` : m.noLiveData;
}

interface HeadlineFigure {
  value: string;
  sub?: string;
}

/**
 * The day's headline figures in words, the same on the screen and on the wall (docs/warroom.md):
 * actual against the target so far, pace against the goal, the projection by the day's curve with
 * its gap, and the projection by the run rate with what each hour still needs.
 */
export function headlineFigures(
  g: Pacing['gmv'],
  m: (typeof warroomMessages)['zh-CN'],
  f: MoneyFormat,
): Record<'actual' | 'pace' | 'projectedCurve' | 'projectedRunRate', HeadlineFigure> {
  const dash = '—';
  const money = (v: number | null) => (v === null ? dash : f.money(v));
  return {
    actual: { value: money(g.actualMinor), sub: `${m.target} ${money(g.targetToDateMinor)}` },
    pace: {
      value: g.pace === null ? dash : f.percent(g.pace),
      sub: g.goalMinor === null ? m.noGoal : `${m.goal} ${money(g.goalMinor)}`,
    },
    projectedCurve: {
      value: money(g.projectedByCurveMinor),
      sub: g.gapByCurveMinor === null ? undefined : m.gap(f.money(g.gapByCurveMinor)),
    },
    projectedRunRate: {
      value: money(g.projectedByRunRateMinor),
      sub: g.neededPerHourMinor === null ? undefined : `${m.needed} ${f.money(g.neededPerHourMinor)}`,
    },
  };
}
