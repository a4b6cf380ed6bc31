import { describe, expect, it } from 'vitest';
import type { ChannelId, HourlyRecord, PlanDocument } from '../../../shared/domain';
import { channelSchema } from '../../../shared/domain';
import { computeFigures } from '../../../shared/figures/engine';
import type { HourlyRow } from '../../../shared/warroom/importHourly';
import { applyHourlyImport } from '../../../shared/warroom/merge';
import { computePacing } from '../../../shared/warroom/pacing';
import { applyReallocation, suggestReallocation } from '../../../shared/warroom/reallocation';
import { workedPlanWithData } from './worked';

/** docs/warroom.md "Reallocation", the worked example with a third channel, 信息流. */
function withFeed(): PlanDocument {
  const doc = workedPlanWithData();
  const feed = channelSchema.parse({
    id: 'ch-feed',
    planId: doc.plan.id,
    name: '信息流',
    kind: 'platformAds',
    expectedUv: 40_000,
    cvr: 0.02,
    aovMinor: 20_000,
    plannedSpendMinor: 4_000_000,
    order: 3,
  });
  const rows: HourlyRow[] = [0, 1, 2, 3].map((h) => ({
    hour: `2026-11-11T0${h}:00`,
    channelId: 'ch-feed' as ChannelId,
    channelName: '信息流',
    sku: null,
    skuName: '',
    values: { gmvMinor: 800_000, spendMinor: 250_000 },
    cumulativeSince0: false,
    asOf: null,
    sheet: 'feed',
    excelRow: h + 2,
  }));
  return applyHourlyImport(
    { ...doc, channels: [...doc.channels, feed] },
    {
      rows,
      newChannels: [],
      ...{
        source: 'feed.csv',
        importedAt: '2026-11-11T04:01:00.000Z',
      },
    },
  );
}

const at = '2026-11-11T04:00';

describe('reallocation of the worked example at 04:00', () => {
  const doc = withFeed();
  const s = suggestReallocation(doc, computePacing(doc, { at }))!;

  it('recent 投产比 over the window, budget left, weakest and strongest', () => {
    expect(s.window).toEqual(['00', '01', '02', '03'].map((h) => `2026-11-11T${h}:00`));
    expect(s.channels.map((c) => [c.name, c.recentRoas, c.planRoas, c.leftMinor])).toEqual([
      ['直通车', 3, 5, 8_000_000],
      ['达人直播', 6, 6, 2_500_000],
      ['信息流', 3.2, 4, 3_000_000],
    ]);
    expect([s.from.name, s.to.name, s.amountMinor]).toEqual(['直通车', '达人直播', 1_600_000]);
  });

  it('the forecast what-if: ¥960,000 → ¥976,000, effect +¥16,000', () => {
    expect(s.forecastGmvMinor).toBe(96_000_000);
    expect(s.whatIfGmvMinor).toBe(97_600_000);
    expect(s.effectMinor).toBe(1_600_000);
  });

  it('applied: planned spends move, the note is kept, the forecast then shows the what-if', () => {
    const next = applyReallocation(doc, { suggestion: s, note: 'note', item: '作战室调配' });
    const spend = (d: PlanDocument, id: string) => d.channels.find((c) => c.id === id)!.plannedSpendMinor;
    expect([spend(next, 'ch-ztc'), spend(next, 'ch-live'), spend(next, 'ch-feed')]).toEqual([
      8_400_000, 6_600_000, 4_000_000,
    ]);
    const uv = (d: PlanDocument, id: string) => d.channels.find((c) => c.id === id)!.expectedUv;
    expect([uv(next, 'ch-ztc'), uv(next, 'ch-live'), uv(next, 'ch-feed')]).toEqual([42_000, 26_400, 40_000]);
    expect(next.channels.find((c) => c.id === 'ch-live')!.notes).toBe('note');
    expect(computeFigures(next).recomputed.forecast.totals.gmvMinor).toBe(97_600_000);
  });

  it('channels on budget lines get a transfer line each; the budget total stays', () => {
    const lined: PlanDocument = {
      ...doc,
      budgetLines: (['ch-ztc', 'ch-live'] as ChannelId[]).map((channelId, i) => ({
        ...doc.budgetLines[0],
        id: `bl-${i}` as never,
        planId: doc.plan.id,
        categoryId: null,
        channelId,
        phaseId: null,
        item: '投放',
        unitPriceMinor: null,
        quantity: null,
        plannedMinor: i === 0 ? 10_000_000 : 5_000_000,
        committedMinor: 0,
        actualMinor: null,
        vendor: '',
        paymentDate: null,
        notes: '',
        promotionId: null,
        isOverridden: false,
        order: i,
      })),
    };
    const r = suggestReallocation(lined, computePacing(lined, { at }))!;
    const next = applyReallocation(lined, { suggestion: r, note: 'note', item: '作战室调配' });
    const added = next.budgetLines.slice(2);
    expect(added.map((l) => [l.channelId, l.plannedMinor, l.notes])).toEqual([
      ['ch-ztc', -1_600_000, 'note'],
      ['ch-live', 1_600_000, 'note'],
    ]);
    expect(next.budgetLines.reduce((t, l) => t + l.plannedMinor, 0)).toBe(15_000_000);
  });

  it('no suggestion when every channel is on or above its plan', () => {
    const good: HourlyRecord[] = doc.hourly.map((r) =>
      r.channelId !== null && r.sku === null ? { ...r, gmvMinor: (r.spendMinor ?? 0) * 10 } : r,
    );
    const d = { ...doc, hourly: good };
    expect(suggestReallocation(d, computePacing(d, { at }))).toBeNull();
  });
});
