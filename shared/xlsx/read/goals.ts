import { defaultGoalDirection, newRecord, type Goal, type GoalUnit } from '../../domain';
import { makeProblem } from '../problems';
import type { CellValue } from './grid';
import { goalFields } from './fields';
import {
  DIRECTION_CHOICES,
  METRIC_CHOICES,
  directionFromText,
  goalUnitFor,
  metricFromText,
  parseGoalNumber,
  splitTarget,
  unitFromText,
} from './goalCells';
import { parseRate } from './numbers';
import { recordSheetReader } from './recordSheet';
import { textOf, type Footnote } from './rows';

export interface GoalsImport {
  goals: Goal[];
  rejectedRows: number[];
  rowCount: number;
  /** Notes under the table (注：…), kept on the plan rather than read as goals. */
  footnotes: Footnote[];
}

/**
 * Goals from a goals / KPI sheet (docs/import.md, "Goals"): the metric from its own column or
 * the goal's name, the unit from its column or the target's text, the direction from its column,
 * the target's sign (≤5%) or the metric's default; money in minor units, rates as fractions.
 */
export const importGoalsSheet = recordSheetReader<GoalsImport>(
  { fields: goalFields, labelFields: ['title', 'metric'], dateFields: ['deadline'] },
  (sheet, ctx) => {
    const { problems, perMajor, fieldLabel } = sheet;
    const goals: Goal[] = [];

    sheet.eachRow((row) => {
      const before = problems.length;
      const bad = (code: 'notANumber' | 'negativeNotAllowed', field: string): void =>
        sheet.flag(code, row, field);
      const title = textOf(row, 'title');
      if (!title) problems.push(makeProblem('missingTitle', fieldLabel('title'), sheet.place(row, 'title')));

      const metricText = textOf(row, 'metric');
      let metric = metricFromText(metricText) ?? metricFromText(title);
      if (metricText && metricFromText(metricText) === null) {
        problems.push(
          makeProblem(
            'unknownChoice',
            { value: metricText, choices: METRIC_CHOICES, ...fieldLabel('metric') },
            sheet.place(row, 'metric'),
          ),
        );
      }
      const unitWord = unitFromText(textOf(row, 'unit'));
      const target = splitTarget(row.cells.target ?? null);
      const maxCell: CellValue = row.cells.targetMax ?? null;
      const maxText = maxCell === null ? null : splitTarget(maxCell);
      if (metric === null && (title || target.parts[0] !== null)) metric = 'custom';
      const unit: GoalUnit = goalUnitFor(unitWord, target.unitHint ?? maxText?.unitHint ?? null, metric);
      const opts = {
        factor: unitWord?.factor ?? 1,
        perMajor,
        percentColumn: unitWord?.unit === 'rate',
      };
      const number = (value: CellValue, field: string): number | null => {
        const parsed = parseGoalNumber(value, unit, {
          ...opts,
          factor: unitWord ? opts.factor : sheet.unitFactor(field),
          percentColumn: opts.percentColumn || sheet.isPercentColumn(field),
        });
        if (parsed === null) return null;
        if (!parsed.ok) bad('notANumber', field);
        else if (parsed.value < 0) bad('negativeNotAllowed', field);
        else return parsed.value;
        return null;
      };

      const directionText = textOf(row, 'direction');
      const columnDirection = directionFromText(directionText);
      if (directionText && columnDirection === null) {
        problems.push(
          makeProblem(
            'unknownChoice',
            { value: directionText, choices: DIRECTION_CHOICES, ...fieldLabel('direction') },
            sheet.place(row, 'direction'),
          ),
        );
      }
      if (columnDirection && target.direction && columnDirection !== target.direction) {
        problems.push(
          makeProblem(
            'goalDirectionConflict',
            { direction: directionText, value: textOf(row, 'target') },
            sheet.place(row, 'target'),
          ),
        );
      }
      const direction = columnDirection ?? target.direction ?? defaultGoalDirection(metric);
      const low = number(target.parts[0] ?? null, 'target');
      const high =
        target.direction === 'range'
          ? number(target.parts[1] ?? null, 'target')
          : maxText
            ? number(maxText.parts[0] ?? null, 'targetMax')
            : null;
      if (direction === 'range' && (low === null || high === null) && problems.length === before) {
        problems.push(makeProblem('goalRangeOneEnd', {}, sheet.place(row, 'target')));
      }
      const baseline = number(splitTarget(row.cells.baseline ?? null).parts[0] ?? null, 'baseline');

      let weight = 0;
      const w = parseRate(row.cells.weight ?? null, sheet.isPercentColumn('weight'));
      if (w !== null) {
        if (!w.ok) bad('notANumber', 'weight');
        else if (w.value < 0) bad('negativeNotAllowed', 'weight');
        else weight = w.value;
      }
      const deadline = sheet.date(row, 'deadline')?.date ?? null;
      return () =>
        goals.push(
          newRecord('goals', ctx.planId, {
            title,
            metric,
            unit,
            customUnit: unitWord?.custom ?? '',
            target: low,
            direction,
            targetMax: direction === 'range' ? high : null,
            baseline,
            baselinePeriod: textOf(row, 'baselinePeriod'),
            deadline,
            owner: textOf(row, 'owner'),
            rationale: textOf(row, 'rationale'),
            weight,
            order: goals.length,
          }),
        );
    });
    return { goals, footnotes: sheet.footnotes };
  },
);
