import type { IsoDate, PhaseId, PhaseKind, PlanDocument } from '../domain';
import { shopDays } from '../review/actualsTotals';
import { dailyActuals } from './dailyActuals';

/** One campaign day's paid GMV (docs/figures.md "daily GMV"). */
export interface DailyGmv {
  date: IsoDate;
  gmvMinor: number;
}

/** A phase's actual paid GMV (docs/figures.md "GMV by phase"); null when no day in it reported one. */
export interface PhaseActual {
  phaseId: PhaseId;
  kind: PhaseKind;
  name: string;
  gmvMinor: number | null;
}

export function dailyGmv(doc: PlanDocument): DailyGmv[] {
  const out: DailyGmv[] = [];
  for (const day of shopDays(dailyActuals(doc), 'campaign'))
    if (day.figures.gmvMinor !== null) out.push({ date: day.date, gmvMinor: day.figures.gmvMinor });
  return out;
}

export function phaseActuals(doc: PlanDocument, daily: readonly DailyGmv[]): PhaseActual[] {
  return [...doc.phases]
    .sort((a, b) => a.order - b.order)
    .map((phase) => {
      let gmvMinor: number | null = null;
      for (const d of daily)
        if (d.date >= phase.startDate && d.date <= phase.endDate) gmvMinor = (gmvMinor ?? 0) + d.gmvMinor;
      return { phaseId: phase.id, kind: phase.kind, name: phase.name, gmvMinor };
    });
}
