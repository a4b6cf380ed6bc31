import {
  newId,
  newRecord,
  type BudgetCategory,
  type BudgetCategoryId,
  type BudgetLine,
  type BudgetLineId,
  type Channel,
  type ChannelId,
  type Phase,
  type PhaseId,
} from '../../domain';
import { minorPerMajor } from '../../budget/money';
import {
  categoryKeyFromName,
  channelKindFromName,
  isWholeShopChannel,
  phaseKindColors,
  phaseKindFromName,
} from '../labels';
import { makeProblem, type ImportProblem } from '../problems';
import type { SheetGrid } from './grid';
import { budgetFields } from './fields';
import { parseMoneyMinor, parseNumber } from './numbers';
import { openSheet, prepareDates, textOf, type Footnote, type MappedRow, type SheetMapping } from './rows';
import type { RowsContext } from './schedule';

export interface BudgetImport {
  lines: BudgetLine[];
  categories: BudgetCategory[];
  channels: Channel[];
  phases: Phase[];
  rowOfLine: Record<string, number>;
  rejectedRows: number[];
  rowCount: number;
  /** Notes under the table (注：…), kept on the plan rather than read as lines. */
  footnotes: Footnote[];
}

const fieldLabel = (key: string): { fieldZh: string; fieldEn: string } => {
  const def = budgetFields.find((d) => d.key === key);
  return { fieldZh: def?.label.zh ?? key, fieldEn: def?.label.en ?? key };
};

/**
 * Budget lines from a finance-style sheet. Categories, channels and phases become records of
 * their own, one per distinct name; a category written once (merged) covers the rows below it.
 */
export function importBudgetSheet(
  grid: SheetGrid,
  mapping: SheetMapping,
  ctx: RowsContext,
): { value: BudgetImport; problems: ImportProblem[] } {
  const reader = openSheet(grid, mapping, ['category', 'item', 'channel', 'ref']);
  const dates = prepareDates(reader, ['paymentDate'], { planStart: ctx.planStart, today: ctx.today });
  const problems = reader.problems;
  const perMajor = minorPerMajor(ctx.currency);
  const categories = new Map<string, BudgetCategory>();
  const channels = new Map<string, Channel>();
  const phases = new Map<string, Phase>();
  const lines: BudgetLine[] = [];
  const rowOfLine: Record<string, number> = {};
  const rejectedRows: number[] = [];

  const money = (row: MappedRow, field: string): number | null | 'bad' => {
    const parsed = parseMoneyMinor(row.cells[field] ?? null, reader.unitFactor(field), perMajor);
    if (parsed === null) return null;
    if (!parsed.ok) {
      problems.push(
        makeProblem(
          'notANumber',
          { value: textOf(row, field), ...fieldLabel(field) },
          reader.place(row, field),
        ),
      );
      return 'bad';
    }
    return parsed.value;
  };

  for (const row of reader.rows) {
    const before = problems.length;
    const item = textOf(row, 'item');
    const categoryName = textOf(row, 'category');
    const channelName = textOf(row, 'channel');
    // A line needs something to call it by: the item, or at least its category (预备金 with no item).
    if (!item && !categoryName) {
      problems.push(makeProblem('missingTitle', fieldLabel('item'), reader.place(row, 'item')));
    }
    const planned = money(row, 'planned');
    const committed = money(row, 'committed');
    const actual = money(row, 'actual');
    const unitPrice = money(row, 'unitPrice');
    const qty = parseNumber(row.cells.quantity ?? null);
    let quantity: number | null = null;
    if (qty && !qty.ok) {
      problems.push(
        makeProblem(
          'notANumber',
          { value: textOf(row, 'quantity'), ...fieldLabel('quantity') },
          reader.place(row, 'quantity'),
        ),
      );
    } else if (qty?.ok) {
      if (qty.value < 0) {
        problems.push(
          makeProblem(
            'negativeNotAllowed',
            { value: textOf(row, 'quantity'), ...fieldLabel('quantity') },
            reader.place(row, 'quantity'),
          ),
        );
      } else quantity = qty.value;
    }
    let paymentDate: string | null = null;
    const pd = dates.read(row, 'paymentDate');
    if (pd.ok) paymentDate = pd.date;
    else if (pd.reason !== 'blank') {
      problems.push(
        makeProblem(
          pd.reason === 'impossible' ? 'impossibleDate' : 'invalidDate',
          { value: textOf(row, 'paymentDate') },
          reader.place(row, 'paymentDate'),
        ),
      );
    }
    if (problems.slice(before).some((p) => p.severity === 'error')) {
      rejectedRows.push(row.excelRow);
      continue;
    }
    const unitPriceMinor = typeof unitPrice === 'number' ? unitPrice : null;
    const plannedMinor =
      typeof planned === 'number'
        ? planned
        : unitPriceMinor !== null && quantity !== null
          ? Math.round(unitPriceMinor * quantity)
          : 0;

    let categoryId: BudgetCategoryId | null = null;
    if (categoryName) {
      let c = categories.get(categoryName);
      if (!c) {
        c = {
          id: newId<BudgetCategoryId>(),
          planId: ctx.planId,
          key: categoryKeyFromName(categoryName),
          name: categoryName,
          order: categories.size,
        };
        categories.set(categoryName, c);
      }
      categoryId = c.id;
    }
    let channelId: ChannelId | null = null;
    if (channelName && !isWholeShopChannel(channelName)) {
      let ch = channels.get(channelName);
      if (!ch) {
        ch = newRecord('channels', ctx.planId, {
          name: channelName,
          kind: channelKindFromName(channelName),
          order: channels.size,
        });
        channels.set(channelName, ch);
      }
      channelId = ch.id;
    }
    let phaseId: PhaseId | null = null;
    const phaseName = textOf(row, 'phase');
    if (phaseName) {
      let ph = phases.get(phaseName);
      if (!ph) {
        const kind = phaseKindFromName(phaseName);
        const day = ctx.planStart ?? ctx.today;
        ph = {
          id: newId<PhaseId>(),
          planId: ctx.planId,
          name: phaseName,
          kind,
          startDate: day,
          endDate: day,
          color: phaseKindColors[kind],
          purpose: '',
          order: phases.size,
        };
        phases.set(phaseName, ph);
      }
      phaseId = ph.id;
    }
    const line: BudgetLine = {
      id: newId<BudgetLineId>(),
      planId: ctx.planId,
      categoryId,
      channelId,
      phaseId,
      item: item || categoryName,
      unitPriceMinor,
      quantity,
      plannedMinor,
      committedMinor: typeof committed === 'number' ? committed : 0,
      actualMinor: typeof actual === 'number' ? actual : null,
      vendor: textOf(row, 'vendor'),
      paymentDate,
      notes: textOf(row, 'notes'),
      promotionId: null,
      isOverridden: false,
      order: lines.length,
    };
    lines.push(line);
    rowOfLine[line.id] = row.excelRow;
  }
  return {
    value: {
      lines,
      categories: [...categories.values()],
      channels: [...channels.values()],
      phases: [...phases.values()],
      rowOfLine,
      rejectedRows,
      rowCount: reader.rows.length,
      footnotes: reader.footnotes,
    },
    problems,
  };
}
