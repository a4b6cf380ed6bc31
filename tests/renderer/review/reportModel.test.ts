import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../shared/figures';
import { makeFormatters } from '../../../renderer/src/i18n';
import { messages } from '../../../renderer/src/features/review/messages';
import { buildReportModel } from '../../../renderer/src/features/review/report/reportModel';
import { workedPlan, workedPlanEarly } from '../../shared/figures/workedPlan';

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
    expect(derivedCell(model, zh.attainment.derived.conversion)).toBe('2.4%');
    // GMV ¥690,000 of ¥700,000 = 98.57 %.
    expect(model.attainment.rows[0]?.[4]).toBe('98.6%');
    expect(model.scoreLines[0]).toContain('98.6');
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
});
