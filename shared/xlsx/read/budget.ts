import {
  newRecord,
  type BudgetCategory,
  type BudgetCategoryId,
  type BudgetLine,
  type Channel,
  type ChannelId,
  type Phase,
  type PhaseId,
} from '../../domain';
import {
  categoryKeyFromName,
  channelKindFromName,
  isWholeShopChannel,
  phaseKindColors,
  phaseKindFromName,
} from '../labels';
import { makeProblem } from '../problems';
import { budgetFields } from './fields';
import { parseNumber } from './numbers';
import { numberOf, recordSheetReader } from './recordSheet';
import { textOf, type Footnote } from './rows';

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

/**
 * Budget lines from a finance-style sheet. Categories, channels and phases become records of
 * their own, one per distinct name; a category written once (merged) covers the rows below it.
 */
export const importBudgetSheet = recordSheetReader<BudgetImport>(
  { fields: budgetFields, labelFields: ['category', 'item', 'channel', 'ref'], dateFields: ['paymentDate'] },
  (sheet, ctx) => {
    const categories = new Map<string, BudgetCategory>();
    const channels = new Map<string, Channel>();
    const phases = new Map<string, Phase>();
    const lines: BudgetLine[] = [];
    const rowOfLine: Record<string, number> = {};

    sheet.eachRow((row) => {
      const item = textOf(row, 'item');
      const categoryName = textOf(row, 'category');
      const channelName = textOf(row, 'channel');
      // A line needs something to call it by: the item, or at least its category (预备金 with no item).
      if (!item && !categoryName) {
        sheet.problems.push(makeProblem('missingTitle', sheet.fieldLabel('item'), sheet.place(row, 'item')));
      }
      // Amounts may be negative (a refund, a credit note); a quantity may not.
      const planned = sheet.money(row, 'planned', 'allowed');
      const committed = sheet.money(row, 'committed', 'allowed');
      const actual = sheet.money(row, 'actual', 'allowed');
      const unitPrice = sheet.money(row, 'unitPrice', 'allowed');
      const quantity = numberOf(sheet.number(row, 'quantity', parseNumber));
      const paymentDate = sheet.date(row, 'paymentDate')?.date ?? null;
      // 待定 / TBD where the planned amount belongs: the line comes in at 0, and the planner is
      // told so (a finance sheet's total would otherwise be short without a word).
      const pricedByQuantity = typeof unitPrice === 'number' && quantity !== null;
      if (planned === null && !pricedByQuantity && textOf(row, 'planned') !== '')
        sheet.flag('amountPending', row, 'planned', 'warning');
      return () => {
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
            c = newRecord('budgetCategories', ctx.planId, {
              key: categoryKeyFromName(categoryName),
              name: categoryName,
              order: categories.size,
            });
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
            ph = newRecord('phases', ctx.planId, {
              name: phaseName,
              kind,
              startDate: day,
              endDate: day,
              color: phaseKindColors[kind],
              order: phases.size,
            });
            phases.set(phaseName, ph);
          }
          phaseId = ph.id;
        }
        const line: BudgetLine = newRecord('budgetLines', ctx.planId, {
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
        });
        lines.push(line);
        rowOfLine[line.id] = row.excelRow;
      };
    });
    return {
      lines,
      categories: [...categories.values()],
      channels: [...channels.values()],
      phases: [...phases.values()],
      rowOfLine,
      footnotes: sheet.footnotes,
    };
  },
);
