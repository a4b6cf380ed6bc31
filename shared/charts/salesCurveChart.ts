import type { IsoDate, PlanDocument } from '../domain';
import { dayShares, phaseShares } from '../figures/salesCurve';

/**
 * The sales curve drawn day by day (docs/figures.md "The sales curve"): each day's share of the
 * campaign's GMV (bars, in its phase's colour) and of its UV (line) — the phase's share times the
 * day's share inside the phase. Days covered by two phases add both. Shares are fractions.
 */
export interface SalesCurveChart {
  labels: IsoDate[];
  datasets: {
    label: string;
    type: 'bar' | 'line';
    data: number[];
    backgroundColor: string | string[];
    borderColor: string | string[];
  }[];
}

const UV_COLOUR = '#12b886';

export function buildSalesCurveChart(
  doc: Pick<PlanDocument, 'phases' | 'plan'>,
  text: { gmv: string; uv: string },
): SalesCurveChart {
  const gmv = new Map<IsoDate, number>();
  const uv = new Map<IsoDate, number>();
  const colour = new Map<IsoDate, string>();
  const phases = new Map(doc.phases.map((p) => [p.id as string, p]));
  for (const share of phaseShares(doc)) {
    const phase = phases.get(share.phaseId);
    for (const day of dayShares(doc, share.phaseId)) {
      gmv.set(day.date, (gmv.get(day.date) ?? 0) + share.gmvShare * day.share);
      uv.set(day.date, (uv.get(day.date) ?? 0) + share.uvShare * day.share);
      // A day two phases share takes the colour of the one that sells on it.
      if (phase && (!colour.has(day.date) || share.gmvShare > 0)) colour.set(day.date, phase.color);
    }
  }
  const labels = [...gmv.keys()].sort();
  return {
    labels,
    datasets: [
      {
        label: text.gmv,
        type: 'bar',
        data: labels.map((d) => gmv.get(d) ?? 0),
        backgroundColor: labels.map((d) => colour.get(d) ?? '#8da2fb'),
        borderColor: labels.map((d) => colour.get(d) ?? '#8da2fb'),
      },
      {
        label: text.uv,
        type: 'line',
        data: labels.map((d) => uv.get(d) ?? 0),
        backgroundColor: UV_COLOUR,
        borderColor: UV_COLOUR,
      },
    ],
  };
}
