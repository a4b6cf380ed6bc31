import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../shared/figures';
import { makeFormatters } from '../../../renderer/src/i18n';
import { messages } from '../../../renderer/src/features/review/messages';
import { buildReportModel } from '../../../renderer/src/features/review/report/reportModel';
import { workedPlan, workedPlanEarly } from '../../shared/figures/workedPlan';
import { alertAckSchema, incidentSchema, riskSchema } from '../../../shared/domain';
import { compareWithBaselines } from '../../../shared/figures/baselines';
import { lastYearPlan, thisYearPlan } from '../../e2e/baselinesSeed';
import { reviewDemoDocument } from '../../shared/review/reviewDemo';

/**
 * Issue 11: the review's printable report and PDF (one model, report/reportModel.ts) show the
 * figures engine's output and compute none. The numbers are docs/figures.md's worked plan,
 * worked out there by hand.
 */
const now = new Date('2026-12-10T09:00:00Z');
const zh = messages['zh-CN'];
const f = makeFormatters('zh-CN');

function derivedCell(model: ReturnType<typeof buildReportModel>, label: string): string | undefined {
  return model.derived.rows.find((r) => r[0] === label)?.[1];
}

describe('review report model', () => {
  it('prints the worked plan’s hand-worked figures: 投产比 5.80, profit ROI 69.1 %, score 98.6', () => {
    const doc = workedPlan();
    const model = buildReportModel(doc, computeFigures(doc), zh, f, now);
    expect(derivedCell(model, zh.attainment.derived.roas)).toBe('5.80 (1:5.80)');
    expect(derivedCell(model, zh.attainment.derived.roi)).toBe('69.1%');
    // A rate in a column of figures keeps its two decimals (2.40 %, not 2.4 % over 2.89 %).
    expect(derivedCell(model, zh.attainment.derived.conversion)).toBe('2.40%');
    // GMV ¥690,000 of ¥700,000 = 98.57 %.
    expect(model.attainment.rows[0]?.[4]).toBe('98.6%');
    expect(model.scoreLines[0]).toContain('98.6');
    // The score table's columns keep their decimals, as on the Score tab (the report had 75% / 88).
    for (const [, weight, attainment, points, contribution] of model.scoreTable.rows) {
      expect(weight).toMatch(/^\d+\.\d%$/);
      expect(attainment).toMatch(/^(\d+\.\d%|—)$/);
      expect(points).toMatch(/^(\d+\.\d|—)$/);
      expect(contribution).toMatch(/^(\d+\.\d\d|—)$/);
    }
    expect(model.subtitle.join('\n')).toContain('已达门槛');
  });

  it('reads the figures from the engine object it is given, not from the document', () => {
    const doc = workedPlan();
    const figures = computeFigures(doc);
    const tampered = {
      ...figures,
      campaign: { ...figures.campaign, derived: { ...figures.campaign.derived, roas: 12.34 } },
    };
    expect(derivedCell(buildReportModel(doc, tampered, zh, f, now), zh.attainment.derived.roas)).toBe(
      '12.34 (1:12.34)',
    );
  });

  it('says the basis and why the figures are provisional early in the week; planned-for-missing gives 56.9 %', () => {
    const early = workedPlanEarly();
    const model = buildReportModel(early, computeFigures(early), zh, f, now);
    const subtitle = model.subtitle.join('\n');
    expect(subtitle).toContain('口径：未录入实际的行按 0 计');
    expect(subtitle).toContain('实际花费只录入了 2/7 项，计划 ¥5万 / ¥34万');
    // ¥303,333.33 ÷ ¥50,000 = 606.7 %.
    expect(derivedCell(model, zh.attainment.derived.roi)).toBe('606.7%');

    const filled = workedPlanEarly(true);
    const filledModel = buildReportModel(filled, computeFigures(filled), zh, f, now);
    expect(filledModel.subtitle.join('\n')).toContain('口径：未录入实际的行按计划金额计');
    // ¥193,333.33 ÷ ¥340,000 = 56.9 %.
    expect(derivedCell(filledModel, zh.attainment.derived.roi)).toBe('56.9%');
  });

  it('lists the incidents and acknowledged alerts in the strip’s order, in English, or says none', () => {
    // docs/warroom.md "Incidents in the review report": a stand-alone critical stock alert at
    // 11-10 20:00 (High, its stock risk), then an incident resolved the same day.
    const doc = workedPlan();
    const planId = doc.plan.id;
    const en = messages['en-US'];
    const fe = makeFormatters('en-US');
    expect(buildReportModel(doc, computeFigures(doc), en, fe, now).incidents).toBeNull();
    doc.risks = [
      riskSchema.parse({ id: 'r-stock', planId, description: 'Best seller sold out', kind: 'stock' }),
    ];
    doc.incidents = [
      incidentSchema.parse({
        id: 'i1',
        planId,
        at: '2026-11-10T21:05',
        what: 'Payment page slow',
        severity: 'critical',
        status: 'resolved',
        resolvedAt: '2026-11-10T21:40',
      }),
    ];
    doc.alertAcks = [
      alertAckSchema.parse({
        id: 'a1',
        planId,
        code: 'stockCover',
        subject: 'SKU-1',
        hour: '2026-11-10T20:00',
        acknowledgedAt: '2026-11-10T12:00:00.000Z',
        severity: 'critical',
      }),
    ];
    const table = buildReportModel(doc, computeFigures(doc), en, fe, now).incidents;
    expect(table?.headers).toEqual(['Time', 'Kind', 'What happened', 'Severity', 'Status', 'Linked risk']);
    expect(table?.rows).toEqual([
      [
        `${fe.date('2026-11-10', 'short')} 20:00`,
        'Alert',
        'Stock running out SKU-1',
        'High',
        // A status as the column's others ("Handling") and the war room write it, capitalised.
        'Acknowledged',
        'Best seller sold out',
      ],
      [
        `${fe.date('2026-11-10', 'short')} 21:05`,
        'Incident',
        'Payment page slow',
        'Critical',
        'Resolved 21:40',
        '',
      ],
    ]);
  });

  it('prints each named baseline’s lift table (docs/baselines.md worked example)', () => {
    const last = lastYearPlan('2025 黑五');
    const doc = thisYearPlan('2026 黑五', last);
    const model = buildReportModel(doc, computeFigures(doc), zh, f, now, compareWithBaselines(doc, [last]));
    expect(model.baselines.map((b) => b.title)).toEqual([
      '活动前 4 天 · 活动前',
      '去年同期 · 去年同期',
      '长尾 · 长尾',
    ]);
    expect(model.baselines[0]?.table.rows[0]).toEqual([
      '支付金额 / 日',
      '¥60,000.00',
      '¥6,000.00',
      '+900.0%',
    ]);
    expect(model.baselines[1]?.table.rows[4]).toEqual(['客单价', '¥300.00', '¥288.89', '+3.8%']);
    expect(model.baselines[1]?.detail).toContain('2025 黑五');
    expect(model.baselines[2]?.table.rows[0]?.slice(1, 4)).toEqual(['2', '¥17,000.00', '+41.7%']);
    expect(buildReportModel(doc, computeFigures(doc), zh, f, now).baselines).toEqual([]);
  });

  it('prints the attainment table the tab shows: its baseline columns, named, and the target’s "≥"', () => {
    // docs/baselines.md "One baseline on the attainment table": the review demo's days 1–9 at
    // ¥200,000 = ¥1,800,000 against the 10 baseline days at ¥170,000 = ¥1,700,000, on totals:
    // 1,800,000 ÷ 1,700,000 − 1 = 5.88 % → "+5.9%"; the GMV target of ¥2,400,000 is a floor.
    const doc = reviewDemoDocument();
    const zhModel = buildReportModel(doc, computeFigures(doc), zh, f, now);
    expect(zhModel.attainment.headers).toEqual([
      '目标',
      '实际',
      '目标值',
      '基线（2025 双11 同期 10 天）',
      '达成率',
      '较基线·合计（2025 双11 同期 10 天）',
      '状态',
    ]);
    expect(zhModel.attainment.rows[0]).toEqual([
      'GMV',
      '¥1,800,000.00',
      '≥ ¥2,400,000.00',
      '¥1,700,000.00',
      '75.0%',
      '+5.9%',
      zh.attainment.statuses.missed,
    ]);
    expect(zhModel.attainment.numeric).toEqual([1, 2, 3, 4, 5]);
    // The line under the table: its lift is on totals, the Baselines tab's per day.
    expect(zhModel.attainmentNote).toBe(zh.attainment.vsBaselineNote);

    const en = messages['en-US'];
    const enModel = buildReportModel(doc, computeFigures(doc), en, makeFormatters('en-US'), now);
    expect(enModel.attainment.headers[5]).toBe('vs baseline, totals (2025 双11 同期 10 天)');
    expect(enModel.attainment.rows[0]?.slice(2, 6)).toEqual([
      '≥ ¥2,400,000.00',
      '¥1,700,000.00',
      '75.0%',
      '+5.9%',
    ]);
    expect(enModel.attainmentNote).toBe(en.attainment.vsBaselineNote);
  });

  it('a plan without days before the campaign: the plain headers, "—" against the baseline, no note', () => {
    const doc = reviewDemoDocument();
    doc.actuals = doc.actuals.filter((a) => a.period !== 'baseline');
    doc.review = { ...doc.review!, baselineLabel: '' };
    const model = buildReportModel(doc, computeFigures(doc), zh, f, now);
    expect(model.attainment.headers[3]).toBe('基线');
    expect(model.attainment.headers[5]).toBe('较基线·合计');
    // The GMV goal's typed baseline, ¥1,800,000: 1,800,000 ÷ 1,800,000 − 1 = 0.
    expect(model.attainment.rows[0]?.slice(3, 6)).toEqual(['¥1,800,000.00', '75.0%', '0.0%']);
    // 支付转化率 has no baseline at all.
    expect(model.attainment.rows[1]?.[5]).toBe('—');
    expect(model.attainmentNote).toBeNull();
  });
});
