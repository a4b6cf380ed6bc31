import { describe, expect, it } from 'vitest';
import { hourlyRecordSchema, planDocumentSchema, type PlanDocument } from '../../../shared/domain';
import {
  defaultReviewHourDay,
  hourMarks,
  reviewEvents,
  reviewHourDays,
  reviewHours,
} from '../../../shared/charts/reviewHours';
import { acknowledgeAlert } from '../../../shared/warroom/recipes';
import { workedPlan } from '../warroom/worked';

/**
 * docs/warroom.md "The review's hours of a day", worked by hand on the worked plan (goal
 * ¥1,000,000 on 11 Nov; hour weights 00:00 20, 01–09 5 each, 10–23 2.5 each, sum 100):
 *
 * - 00:00 shop ¥100,000 (a channel row of ¥30,000 in the same hour is part of it, not added);
 *   05:00 no shop row, channels ¥20,000 + ¥15,000 → ¥35,000; 20:00 shop ¥80,000; a SKU row at
 *   20:00 is not shop GMV; a row on 10 Nov (no curve share, outside the plan) is not offered.
 * - targets: 00:00 20 % → ¥200,000; 05:00 5 % → ¥50,000; 20:00 2.5 % → ¥25,000.
 * - marks: incident 00:05 (critical, opened by an acknowledgement — that ack is not a second
 *   mark), acknowledged stock alert 05:00 without an incident, incident 20:15 resolved 21:00;
 *   an incident on 12 Nov is not on 11 Nov.
 * - severity of an acknowledgement (docs/warroom.md): the stock alert was acknowledged as critical
 *   → high; the refund-rate acknowledgement on 12 Nov was stored before the field → medium.
 * - the report's list (every day, strip order) and each row's risk: the stock alert names the
 *   register's stock risk 爆款断货, the refund-rate alert the complaints risk 退款投诉激增.
 */
function handBuilt(): PlanDocument {
  const base = workedPlan();
  const planId = base.plan.id;
  const importedAt = '2026-11-11T23:59:00.000Z';
  let n = 0;
  const rec = (hour: string, extra: Record<string, unknown>) =>
    hourlyRecordSchema.parse({ id: `h${++n}`, planId, hour, importedAt, ...extra });
  return planDocumentSchema.parse({
    ...base,
    hourly: [
      rec('2026-11-10T20:00', { gmvMinor: 7_000_000 }),
      rec('2026-11-11T00:00', { gmvMinor: 10_000_000 }),
      rec('2026-11-11T00:00', { channelId: 'ch-ztc', gmvMinor: 3_000_000 }),
      rec('2026-11-11T05:00', { channelId: 'ch-ztc', gmvMinor: 2_000_000 }),
      rec('2026-11-11T05:00', { channelId: 'ch-live', gmvMinor: 1_500_000 }),
      rec('2026-11-11T20:00', { gmvMinor: 8_000_000 }),
      rec('2026-11-11T20:00', { sku: 'SKU-001', gmvMinor: 999_999, units: 10, stock: 3 }),
    ],
    incidents: [
      {
        id: 'i-late',
        planId,
        at: '2026-11-11T20:15',
        what: '库存告急 SKU-001',
        severity: 'high',
        owner: '小王',
        action: '补货',
        riskId: 'r-stock',
        status: 'resolved',
        resolvedAt: '2026-11-11T21:00',
      },
      { id: 'i-zero', planId, at: '2026-11-11T00:05', what: '支付页卡顿', severity: 'critical' },
      { id: 'i-next', planId, at: '2026-11-12T01:00', what: '物流延迟' },
    ],
    alertAcks: [
      {
        id: 'a1',
        planId,
        code: 'gmvPace',
        subject: 'shop',
        hour: '2026-11-11T00:00',
        acknowledgedAt: importedAt,
        incidentId: 'i-zero',
      },
      {
        id: 'a2',
        planId,
        code: 'stockCover',
        subject: 'SKU-002',
        hour: '2026-11-11T05:00',
        acknowledgedAt: importedAt,
        severity: 'critical',
      },
      {
        id: 'a3',
        planId,
        code: 'refundRate',
        subject: 'shop',
        hour: '2026-11-12T01:00',
        acknowledgedAt: importedAt,
      },
    ],
  });
}

describe("the review's hours of a day", () => {
  const doc = handBuilt();
  const day = reviewHours(doc, '2026-11-11', { actual: 'A', target: 'T' });
  const [bars, line] = day.chart.datasets;

  it('offers the days with hourly data the curve covers, the peak day first', () => {
    expect(reviewHourDays(doc)).toEqual(['2026-11-11']);
    expect(defaultReviewHourDay(doc, reviewHourDays(doc))).toBe('2026-11-11');
    // Peak day without data: the latest day with data.
    expect(defaultReviewHourDay(doc, ['2026-11-01', '2026-11-05'])).toBe('2026-11-05');
    expect(defaultReviewHourDay(doc, [])).toBeNull();
  });

  it('bars are the hours’ shop GMV (channel sums when no shop row), blank without data', () => {
    expect(day.chart.labels).toHaveLength(24);
    expect(day.chart.labels[20]).toBe('20:00');
    expect(bars?.type).toBe('bar');
    expect(bars?.data[0]).toBe(10_000_000);
    expect(bars?.data[5]).toBe(3_500_000);
    expect(bars?.data[20]).toBe(8_000_000);
    expect(bars?.data.filter((v) => v !== null)).toHaveLength(3);
    expect(day.actualMinor).toBe(21_500_000);
  });

  it('the line is the war room’s hour target, summing to the day’s target', () => {
    expect(line?.type).toBe('line');
    expect(line?.data[0]).toBe(20_000_000);
    expect(line?.data[5]).toBe(5_000_000);
    expect(line?.data[20]).toBe(2_500_000);
    expect(day.targetMinor).toBe(100_000_000);
  });

  it('each incident and acknowledged alert lands on its hour, in time order, once', () => {
    expect(day.marks.map((m) => [m.kind, m.hour, m.time, m.severity])).toEqual([
      ['incident', 0, '00:05', 'critical'],
      ['alert', 5, '05:00', 'high'],
      ['incident', 20, '20:15', 'high'],
    ]);
    expect(day.marks[1]).toMatchObject({ text: 'stockCover', subject: 'SKU-002', status: null });
    expect(day.marks[2]).toMatchObject({ text: '库存告急 SKU-001', status: 'resolved', resolvedAt: '21:00' });
    expect(day.marks[0]).toMatchObject({ status: 'open', resolvedAt: null });
  });

  it('the report lists every day’s marks in the strip’s order, with owner, action and risk', () => {
    const rows = reviewEvents(doc).map((m) => [m.date, m.time, m.kind, m.text, m.severity, m.riskId]);
    expect(rows).toEqual([
      ['2026-11-11', '00:05', 'incident', '支付页卡顿', 'critical', null],
      ['2026-11-11', '05:00', 'alert', 'stockCover', 'high', 'r-stock'],
      ['2026-11-11', '20:15', 'incident', '库存告急 SKU-001', 'high', 'r-stock'],
      ['2026-11-12', '01:00', 'incident', '物流延迟', 'medium', null],
      ['2026-11-12', '01:00', 'alert', 'refundRate', 'medium', 'r-cs'],
    ]);
    expect(reviewEvents(doc)[2]).toMatchObject({
      owner: '小王',
      action: '补货',
      resolvedMoment: '2026-11-11T21:00',
    });
  });

  it('acknowledging stores the alert’s severity, so the strip shows a critical alert as high', () => {
    const base = handBuilt();
    const alert = {
      code: 'stockCover' as const,
      severity: 'critical' as const,
      subject: 'SKU-009',
      message: { zh: '库存告急 SKU-009', en: 'Stock SKU-009' },
      value: 2,
      threshold: 6,
      hour: '2026-11-11T09:00' as never,
      riskId: null,
      riskDescription: null,
      contingency: null,
      acknowledged: false,
    };
    const acked = acknowledgeAlert(base, {
      alert,
      at: '2026-11-11T09:10',
      nowIso: '2026-11-11T01:10:00.000Z',
      language: 'zh',
    });
    const ack = acked.alertAcks.at(-1);
    expect(ack?.severity).toBe('critical');
    // Its incident removed, the acknowledgement stands alone on the strip — high, not medium.
    const alone = { ...acked, incidents: acked.incidents.filter((i) => i.id !== ack?.incidentId) };
    const mark = hourMarks(alone, '2026-11-11').find((m) => m.subject === 'SKU-009');
    expect(mark).toMatchObject({ kind: 'alert', hour: 9, severity: 'high' });
    // And it survives a round trip through the document schema (older records lack it).
    expect(planDocumentSchema.parse(alone).alertAcks.at(-1)?.severity).toBe('critical');
    expect(planDocumentSchema.parse(base).alertAcks[2]?.severity).toBeUndefined();
  });
});
