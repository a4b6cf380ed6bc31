import type { BudgetLine, PlanDocument } from '../domain';
import { formatMoney } from '../budget/money';

/**
 * How much of a figure's spend has actuals: the planned amount of the lines that have an actual
 * over the planned amount of all its lines (docs/figures.md "Provisional figures"). Below the
 * plan's threshold (default 80 %) a figure built on those actuals is provisional.
 */

export const DEFAULT_COVERAGE_THRESHOLD = 0.8;

export interface Coverage {
  linesWithActual: number;
  lineCount: number;
  /** Planned amount of the lines that have an actual. */
  recordedPlannedMinor: number;
  plannedMinor: number;
  /** recordedPlanned ÷ planned; by line count when nothing is planned; null without lines. */
  share: number | null;
  threshold: number;
  /** share < threshold. */
  isProvisional: boolean;
}

export function coverageThreshold(doc: Pick<PlanDocument, 'plan'>): number {
  return doc.plan.actualsCoverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD;
}

export function coverageOf(lines: readonly BudgetLine[], threshold: number): Coverage {
  let recorded = 0;
  let planned = 0;
  let withActual = 0;
  for (const l of lines) {
    planned += l.plannedMinor;
    if (l.actualMinor !== null) {
      recorded += l.plannedMinor;
      withActual++;
    }
  }
  const share = lines.length === 0 ? null : planned > 0 ? recorded / planned : withActual / lines.length;
  return {
    linesWithActual: withActual,
    lineCount: lines.length,
    recordedPlannedMinor: recorded,
    plannedMinor: planned,
    share,
    threshold,
    isProvisional: share !== null && share < threshold,
  };
}

/**
 * The reason a figure is provisional, in the plan's language:
 * "实际花费只录入了 2/7 项，计划 ¥5万 / ¥34万" / "Actual spend recorded on 2 of 7 lines, ¥50,000 of ¥340,000 planned".
 */
export function coverageReason(c: Coverage, currency: string, language: 'zh' | 'en'): string {
  if (language === 'zh') {
    const m = (v: number) => formatMoney(v, currency, 'zh-CN', { wan: true, wanFractionDigits: 1 });
    return `实际花费只录入了 ${c.linesWithActual}/${c.lineCount} 项，计划 ${m(c.recordedPlannedMinor)} / ${m(c.plannedMinor)}`;
  }
  const m = (v: number) => formatMoney(v, currency, 'en-US');
  return `Actual spend recorded on ${c.linesWithActual} of ${c.lineCount} lines, ${m(c.recordedPlannedMinor)} of ${m(c.plannedMinor)} planned`;
}
