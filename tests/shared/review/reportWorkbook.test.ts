import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import { computeFigures, type PlanFigures } from '../../../shared/figures';
import { buildReviewWorkbook } from '../../../shared/review/reportWorkbook';
import { reviewFixture } from './reviewFixture';
import { reviewWorkbookLabels as labels } from './reviewWorkbookLabels';
import { alertAckSchema, incidentSchema, riskSchema } from '../../../shared/domain';

function build(
  edit: (doc: ReturnType<typeof reviewFixture>) => void = () => undefined,
  alter: (figures: PlanFigures) => PlanFigures = (x) => x,
) {
  const doc = reviewFixture();
  edit(doc);
  const bytes = buildReviewWorkbook(doc, alter(computeFigures(doc)), labels, {
    perMajor: 100,
    exportedAt: '2026-11-20 10:00',
    language: 'zh',
  });
  return XLSX.read(bytes, { type: 'array', cellFormula: true });
}

function findRow(ws: XLSX.WorkSheet, firstCell: string, secondCell?: string): number {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  for (let r = range.s.r; r <= range.e.r; r++) {
    const a = ws[XLSX.utils.encode_cell({ r, c: 0 })]?.v;
    const b = ws[XLSX.utils.encode_cell({ r, c: 1 })]?.v;
    if (a === firstCell && (secondCell === undefined || b === secondCell)) return r + 1;
  }
  return -1;
}

describe('buildReviewWorkbook', () => {
  it('has the data, attainment and score sheets with the plan and currency on top', () => {
    const wb = build();
    expect(wb.SheetNames).toEqual(['每日数据', '目标达成', '综合评分', '事件']);
    expect(wb.Sheets['每日数据']?.B1?.v).toBe('2026 双11 大促');
    expect(wb.Sheets['每日数据']?.B2?.v).toBe('CNY');
  });

  it('totals the campaign with SUM formulas over the shop’s days, GMV in yuan as a number', () => {
    const ws = build().Sheets['每日数据']!;
    const r = findRow(ws, '合计', '活动期');
    // date, period, channel, then uv pv buyers orders claimed redeemed new: K is GMV
    expect(ws.K5?.v).toBe('支付金额');
    const gmv = ws[`K${r}`];
    expect(gmv?.f).toMatch(/^SUM\(K\d+:K\d+\)$/);
    expect(gmv?.v).toBe(300_000); // ¥300,000.00 = 30 000 000 分, channel rows counted only where the shop row is silent
    expect(gmv?.t).toBe('n');
  });

  it('writes the engine’s attainment and status, by the goal’s direction', () => {
    const ws = build().Sheets['目标达成']!;
    const r = findRow(ws, 'GMV');
    expect(ws[`D${r}`]?.v).toBe('越高越好（≥）');
    expect(ws[`E${r}`]?.v).toBe(300_000);
    expect(ws[`F${r}`]?.v).toBe(300_000);
    expect(ws[`I${r}`]?.v).toBe(1);
    expect(ws[`I${r}`]?.f).toBeUndefined();
    expect(ws[`J${r}`]?.v).toBe('已达成');
    // The metric and unit by the names the goals screen uses, not their keys ("gmv", "money").
    expect(ws[`B${r}`]?.v).toBe('GMV（成交额）');
    expect(ws[`C${r}`]?.v).toBe('金额');
    const cvr = findRow(ws, '转化率');
    expect(ws[`I${cvr}`]?.v).toBeCloseTo(13 / 14, 12);
    expect(ws[`J${cvr}`]?.v).toBe('接近');
    // The same conversion goal read as lower-is-better: target ÷ actual = 14 ÷ 13 = 107.7 %, met
    // (docs/figures-goals.md). The old sheet formula actual ÷ target said 92.9 %, near.
    const lower = build((doc) => {
      const goal = doc.goals.find((g) => g.title === '转化率')!;
      goal.direction = 'lower';
    }).Sheets['目标达成']!;
    const l = findRow(lower, '转化率');
    expect(lower[`D${l}`]?.v).toBe('越低越好（≤）');
    expect(lower[`I${l}`]?.v).toBeCloseTo(14 / 13, 12);
    expect(lower[`J${l}`]?.v).toBe('已达成');
  });

  it('shows a deliberately altered engine value: the workbook formats the engine’s figures, computes none', () => {
    const wb = build(
      () => undefined,
      (figures) => ({
        ...figures,
        goals: figures.goals.map((a, i) => (i === 0 ? { ...a, attainment: 0.4321, status: 'missed' } : a)),
        reviewScore: { ...figures.reviewScore, score: 12.34 },
      }),
    );
    const ws = wb.Sheets['目标达成']!;
    const r = findRow(ws, 'GMV');
    expect(ws[`I${r}`]?.v).toBe(0.4321);
    expect(ws[`J${r}`]?.v).toBe('未达成');
    const score = wb.Sheets['综合评分']!;
    expect(score[`E${findRow(score, '综合评分')}`]?.v).toBe(12.34);
  });

  it('scores with the engine’s points and contributions, and its composite', () => {
    const ws = build().Sheets['综合评分']!;
    const r = findRow(ws, 'GMV');
    expect(ws[`D${r}`]?.v).toBe(100);
    expect(ws[`D${r}`]?.f).toBeUndefined();
    const total = findRow(ws, '综合评分');
    expect(ws[`E${total}`]?.f).toBeUndefined();
    expect(ws[`E${total}`]?.v).toBeCloseTo(96.607142857, 8);
  });

  it('writes hostile planner text as plain text, escaped like the other workbooks', () => {
    // A formula-looking name, Excel's own escape sequence, a carriage return and a control character.
    const hostile = "=cmd|' /C calc'!A0 _x0041_ line\rnext\u0007";
    const wb = build((doc) => {
      doc.plan.name = hostile;
      doc.goals[0]!.title = hostile;
    });
    for (const sheet of ['每日数据', '目标达成', '综合评分']) {
      const cell = wb.Sheets[sheet]?.B1;
      expect(cell?.t).toBe('s');
      expect(cell?.f).toBeUndefined();
      expect(cell?.v).toBe(hostile);
    }
    const ws = wb.Sheets['目标达成']!;
    const r = findRow(ws, hostile);
    expect(r).toBeGreaterThan(0);
    expect(ws[`A${r}`]?.f).toBeUndefined();
  });

  /**
   * docs/warroom.md "Incidents in the review report", by hand: two incidents and two
   * acknowledgements over two days. 11-01 09:30 "直播间断流" (high, owner 小李, action 切备用推流,
   * resolved 11-01 10:15, risk 直播事故); 11-01 08:00 stockCover SKU-7 acknowledged as critical
   * without an incident → 高, risk 爆款断货 (the register's stock risk); 11-02 00:10 "支付排队" opened
   * by the gmvPace acknowledgement at 11-02 00:00 → one row, not two, medium, open. Order: by day,
   * then time — 11-01 08:00, 11-01 09:30, 11-02 00:10.
   */
  it('lists every incident and acknowledged alert on the incidents sheet, in the strip’s order', () => {
    const ws = build((doc) => {
      const planId = doc.plan.id;
      doc.risks = [
        riskSchema.parse({ id: 'r-live', planId, description: '直播事故', kind: 'system', order: 1 }),
        riskSchema.parse({ id: 'r-stock', planId, description: '爆款断货', kind: 'stock', order: 2 }),
      ];
      doc.incidents = [
        incidentSchema.parse({
          id: 'i-live',
          planId,
          at: '2026-11-01T09:30',
          what: '直播间断流',
          severity: 'high',
          owner: '小李',
          action: '切备用推流',
          status: 'resolved',
          resolvedAt: '2026-11-01T10:15',
          riskId: 'r-live',
        }),
        incidentSchema.parse({ id: 'i-pay', planId, at: '2026-11-02T00:10', what: '支付排队' }),
      ];
      doc.alertAcks = [
        alertAckSchema.parse({
          id: 'a-pay',
          planId,
          code: 'gmvPace',
          subject: 'shop',
          hour: '2026-11-02T00:00',
          acknowledgedAt: '2026-11-01T16:00:00.000Z',
          incidentId: 'i-pay',
          severity: 'warning',
        }),
        alertAckSchema.parse({
          id: 'a-stock',
          planId,
          code: 'stockCover',
          subject: 'SKU-7',
          hour: '2026-11-01T08:00',
          acknowledgedAt: '2026-11-01T00:05:00.000Z',
          severity: 'critical',
        }),
      ];
    }).Sheets['事件']!;
    expect(['A5', 'B5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5', 'I5'].map((a) => ws[a]?.v)).toEqual([
      '时间',
      '类型',
      '事件',
      '严重程度',
      '负责人',
      '处理措施',
      '状态',
      '解决时间',
      '关联风险',
    ]);
    const row = (r: number) =>
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => {
        const cell = ws[`${c}${r}`];
        return cell?.t === 'n' ? XLSX.SSF.format('yyyy-mm-dd hh:mm', cell.v) : (cell?.v ?? null);
      });
    expect(row(6)).toEqual([
      '2026-11-01 08:00',
      '预警',
      '库存告急 SKU-7',
      '高',
      null,
      null,
      null,
      null,
      '爆款断货',
    ]);
    expect(row(7)).toEqual([
      '2026-11-01 09:30',
      '事件',
      '直播间断流',
      '高',
      '小李',
      '切备用推流',
      '已解决',
      '2026-11-01 10:15',
      '直播事故',
    ]);
    expect(row(8)).toEqual(['2026-11-02 00:10', '事件', '支付排队', '中', null, null, '待处理', null, null]);
    expect(ws.A9).toBeUndefined();
    // Time is a real Excel date-time: 2026-11-01 is serial 46327, 09:30 is 0.395833….
    expect(ws.A7?.v).toBeCloseTo(46327 + 9.5 / 24, 9);
  });

  it('says none on the incidents sheet of a plan without incidents', () => {
    const ws = build().Sheets['事件']!;
    expect(ws.A6?.v).toBe('无');
  });
});
