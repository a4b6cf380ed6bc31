import {
  newPlan,
  todayIso,
  type Plan,
  type PlanDocument,
  type PlanId,
  type PlanType,
  type Task,
} from '../domain';
import type { ImportContext } from './importFile';
import type { ImportProblem } from './problems';
import { importActualsSheet, type ActualsImport } from './read/actuals';
import { importBudgetSheet } from './read/budget';
import type { SheetGrid } from './read/grid';
import { importGoalsSheet } from './read/goals';
import { importProductsSheet } from './read/products';
import type { Footnote, SheetMapping } from './read/rows';
import { importScheduleSheet, type RowsContext } from './read/schedule';

/**
 * One sheet of a kind read into records, on one path for every kind: the records are read with the
 * id of the plan they will join (the open plan's for a merge, else the new plan's, made once),
 * and the new plan is then made around what they hold. Nothing is built twice or moved by mutation.
 */

const planTypeWords: [PlanType, RegExp][] = [
  ['double11', /双\s*11|双十一|11\.11|singles/i],
  ['double12', /双\s*12|双十二|12\.12/i],
  ['mid618', /618|年中大促/],
  ['blackFriday', /黑五|网一|black\s*friday|cyber\s*monday/i],
  ['newYear', /年货/],
  ['newProduct', /新品/],
  ['memberDay', /会员日/],
  ['brandDay', /品牌日/],
];

/**
 * A new plan around what was read: its name from the sheet's title row or the file name, its span
 * from the dates read (today when there are none), its peak the marked day or its last day.
 */
export function importedPlan(
  id: PlanId,
  name: string,
  read: { dates: readonly string[]; peakDate?: string | undefined; notes: string },
  ctx: ImportContext,
  currency: string,
): Plan {
  const sorted = [...read.dates].sort();
  const now = ctx.now ?? new Date().toISOString();
  const startDate = sorted[0] ?? ctx.today ?? todayIso();
  const endDate = sorted[sorted.length - 1] ?? startDate;
  return newPlan({
    id,
    name: name.slice(0, 200) || 'Imported plan',
    type: planTypeWords.find(([, re]) => re.test(name))?.[0] ?? 'custom',
    currency,
    startDate,
    endDate,
    peakDate: read.peakDate ?? endDate,
    notes: read.notes,
    createdAt: now,
    updatedAt: now,
  });
}

/** The notes under a table, one per line, as a new plan's notes. */
export function footnoteText(footnotes: readonly Footnote[]): string {
  return footnotes.map((f) => f.text).join('\n');
}

const PEAK_WORDS = /零点|高潮|爆发|peak|开抢|狂欢/i;

/** The peak of a new plan read from a schedule: a peak milestone, a peak task, or the last milestone. */
function peakTask(tasks: readonly Task[]): Task | undefined {
  return (
    tasks.find((t) => t.isMilestone && PEAK_WORDS.test(t.title)) ??
    tasks.find((t) => PEAK_WORDS.test(t.title)) ??
    [...tasks].filter((t) => t.isMilestone).sort((a, b) => b.startDate.localeCompare(a.startDate))[0]
  );
}

/** What a sheet of one kind gives, read with the id of the plan its records will join. */
export interface SheetRecords {
  /** Rows read and rejected, and the notes under the table. */
  tally: { rowCount: number; rejectedRows: number[]; footnotes: Footnote[] };
  problems: ImportProblem[];
  /** The dates a new plan spans, and its peak day when the sheet marks one. */
  dates: string[];
  peakDate?: string | undefined;
  /** The records as the plan's collections, given the plan they join. */
  collections: (plan: Plan) => Partial<Omit<PlanDocument, 'plan' | 'review'>>;
  actuals?: ActualsImport;
}

export function readSheet(
  sheet: SheetGrid,
  mapping: SheetMapping,
  rows: RowsContext,
  ctx: ImportContext,
): SheetRecords {
  switch (mapping.kind) {
    case 'schedule': {
      const { value, problems } = importScheduleSheet(sheet, mapping, rows);
      return {
        tally: value,
        problems,
        dates: value.tasks.flatMap((t) => [t.startDate, t.endDate]),
        peakDate: peakTask(value.tasks)?.startDate,
        collections: () => ({ tasks: value.tasks, phases: value.phases }),
      };
    }
    case 'budget': {
      const { value, problems } = importBudgetSheet(sheet, mapping, rows);
      return {
        tally: value,
        problems,
        dates: value.lines.map((l) => l.paymentDate).filter((d): d is string => d !== null),
        collections: (plan) => ({
          budgetLines: value.lines,
          budgetCategories: value.categories,
          channels: value.channels,
          // Phases named only in a budget sheet have no dates of their own: they span the plan.
          phases: value.phases.map((p) => ({ ...p, startDate: plan.startDate, endDate: plan.endDate })),
        }),
      };
    }
    // SKUs and goals stand on their own: no phases, categories or dates to bring along.
    case 'products': {
      const { value, problems } = importProductsSheet(sheet, mapping, rows);
      return { tally: value, problems, dates: [], collections: () => ({ products: value.products }) };
    }
    case 'goals': {
      const { value, problems } = importGoalsSheet(sheet, mapping, rows);
      return { tally: value, problems, dates: [], collections: () => ({ goals: value.goals }) };
    }
    // A back office's daily figures ('actuals'; hourly sheets have their own importer, warroom/).
    default: {
      const { value, problems } = importActualsSheet(sheet, mapping, {
        ...rows,
        channels: ctx.plan?.channels ?? [],
        period: ctx.period ?? 'campaign',
      });
      return {
        tally: { ...value, footnotes: [] },
        problems,
        dates: [],
        collections: () => ({ channels: value.newChannels }),
        actuals: value,
      };
    }
  }
}
