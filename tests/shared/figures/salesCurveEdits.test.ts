import { describe, expect, it } from 'vitest';
import { buildSpendPacing } from '../../../shared/charts/pacing';
import { buildSalesCurveChart } from '../../../shared/charts/salesCurveChart';
import type { PhaseId } from '../../../shared/domain';
import {
  checkShares,
  computeFigures,
  isSalesCurveEdited,
  resetSalesCurve,
  scaleToWhole,
  setDayShares,
  setPhaseShares,
} from '../../../shared/figures';
import { channel, line, makeDoc, phase } from '../budget/fixture';

/**
 * docs/figures.md "Editing the sales curve", hand-worked: two phases, a forecast of ¥1,000,000
 * paid GMV (100,000 UV × 2 % × ¥500 = 2,000 orders).
 */
const warm = 'warm' as PhaseId;
const burst = 'burst' as PhaseId;
const doc = makeDoc({
  channels: [channel('ch', { expectedUv: 100_000, cvr: 0.02, aovMinor: 50_000 })],
  phases: [
    { ...phase('warm', '2026-11-01', '2026-11-02', 0), name: '预热期', color: '#111111' },
    { ...phase('burst', '2026-11-09', '2026-11-11', 1), name: '爆发期', color: '#222222' },
  ],
});
const byPhase = (d: typeof doc) => computeFigures(d).recomputed.forecast.totals.byPhase;

describe('editing the sales curve', () => {
  it('30 % / 70 % of ¥1,000,000 → ¥300,000 / ¥700,000; orders 600 / 1,400; UV 40 % / 60 % → 40,000 / 60,000', () => {
    const edited = setPhaseShares(doc, [
      { phaseId: warm, gmvShare: 0.3, uvShare: 0.4 },
      { phaseId: burst, gmvShare: 0.7, uvShare: 0.6 },
    ]);
    expect(edited.phases.map((p) => [p.gmvWeight, p.uvWeight])).toEqual([
      [30, 40],
      [70, 60],
    ]);
    expect(byPhase(edited).map((p) => p.gmvMinor)).toEqual([30_000_000, 70_000_000]);
    expect(byPhase(edited).map((p) => p.orders)).toEqual([600, 1_400]);
    expect(byPhase(edited).map((p) => p.uv)).toEqual([40_000, 60_000]);
    expect(computeFigures(edited).salesCurve.map((s) => s.gmvShare)).toEqual([0.3, 0.7]);
    expect(isSalesCurveEdited(edited)).toBe(true);
  });

  it('30 % + 60 % leaves 10 % and is refused; scaled it is 33.33 % / 66.67 %, ¥333,333.33 / ¥666,666.67', () => {
    const typed = [0.3, 0.6];
    const check = checkShares(typed);
    expect(check.isComplete).toBe(false);
    expect(check.remainder).toBeCloseTo(0.1, 12);
    expect(() =>
      setPhaseShares(doc, [
        { phaseId: warm, gmvShare: 0.3, uvShare: 0.5 },
        { phaseId: burst, gmvShare: 0.6, uvShare: 0.5 },
      ]),
    ).toThrow(/100/);
    const scaled = scaleToWhole(typed);
    expect(scaled[0]).toBeCloseTo(1 / 3, 12);
    expect(scaled[1]).toBeCloseTo(2 / 3, 12);
    expect(checkShares(scaled).isComplete).toBe(true);
    const edited = setPhaseShares(doc, [
      { phaseId: warm, gmvShare: scaled[0]!, uvShare: 0.5 },
      { phaseId: burst, gmvShare: scaled[1]!, uvShare: 0.5 },
    ]);
    expect(byPhase(edited).map((p) => p.gmvMinor)).toEqual([33_333_333, 66_666_667]);
  });

  it('爆发期 days at 20 / 30 / 50 %: ¥140,000 / ¥210,000 / ¥350,000 a day, a ¥100,000 line paces ¥20k / ¥30k / ¥50k', () => {
    const edited = setDayShares(
      setPhaseShares(doc, [
        { phaseId: warm, gmvShare: 0.3, uvShare: 0.4 },
        { phaseId: burst, gmvShare: 0.7, uvShare: 0.6 },
      ]),
      burst,
      [0.2, 0.3, 0.5],
    );
    const chart = buildSalesCurveChart(edited, { gmv: 'GMV', uv: 'UV' });
    expect(chart.labels).toEqual(['2026-11-01', '2026-11-02', '2026-11-09', '2026-11-10', '2026-11-11']);
    const gmvShares = chart.datasets[0]!.data;
    // 预热期 has no day weights of its own: 1 : 1 → 15 % a day.
    [0.15, 0.15, 0.14, 0.21, 0.35].forEach((v, i) => expect(gmvShares[i]).toBeCloseTo(v, 12));
    // ¥1,000,000 × the day's share.
    expect(gmvShares.slice(2).map((s) => Math.round(100_000_000 * s))).toEqual([
      14_000_000, 21_000_000, 35_000_000,
    ]);
    expect(chart.datasets[0]!.backgroundColor).toEqual([
      '#111111',
      '#111111',
      '#222222',
      '#222222',
      '#222222',
    ]);
    const pacing = buildSpendPacing(
      {
        lines: [line('kol', { phaseId: burst, plannedMinor: 10_000_000 })],
        phases: edited.phases,
        plan: edited.plan,
      },
      { from: '2026-11-09', to: '2026-11-11' },
    );
    expect(pacing.plannedCumulativeMinor).toEqual([2_000_000, 5_000_000, 10_000_000]);
    expect(() => setDayShares(edited, burst, [0.2, 0.3, 0.4])).toThrow(/100/);
  });

  it('reset to template defaults: both custom phases weigh 10 again → ¥500,000 each, days by default', () => {
    const edited = setDayShares(
      setPhaseShares(doc, [
        { phaseId: warm, gmvShare: 0.3, uvShare: 0.4 },
        { phaseId: burst, gmvShare: 0.7, uvShare: 0.6 },
      ]),
      burst,
      [0.2, 0.3, 0.5],
    );
    const reset = resetSalesCurve(edited);
    expect(isSalesCurveEdited(reset)).toBe(false);
    expect(byPhase(reset).map((p) => p.gmvMinor)).toEqual([50_000_000, 50_000_000]);
    // 11-11 is the peak: 1 : 1 : 3 inside 爆发期.
    const chart = buildSalesCurveChart(reset, { gmv: 'GMV', uv: 'UV' });
    [0.25, 0.25, 0.1, 0.1, 0.3].forEach((v, i) => expect(chart.datasets[0]!.data[i]).toBeCloseTo(v, 12));
  });
});
