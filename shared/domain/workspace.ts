import { z } from 'zod';
import { newId } from './ids';
import { amountMinorSchema, currencySchema } from './primitives';

/**
 * Records of the workspace: they belong to no one plan but to the planner's whole library — the
 * team roster (issue 14, point 3) and the yearly budget caps (point 2). Stored in their own
 * tables (schema version 3), in backups under the optional `workspace` key (docs/backup-format.md).
 */

const idBody = z.string().min(1).max(64);
export const personIdSchema = idBody.brand<'PersonId'>();
/** @public (the roster's screens key by it) */
export type PersonId = z.infer<typeof personIdSchema>;
export const yearBudgetIdSchema = idBody.brand<'YearBudgetId'>();
/** @public */
export type YearBudgetId = z.infer<typeof yearBudgetIdSchema>;

/**
 * The highest task limit (docs/people.md): nobody carries more than a thousand tasks at once, and
 * a limit past it is a typo (100000000000000000000 was stored and then made the backup unrestorable).
 * The task limit fields (the person's and the default) refuse more, naming the field.
 */
export const TASK_LIMIT_MAX = 1000;

export const personSchema = z.object({
  id: personIdSchema,
  name: z.string().default(''),
  department: z.string().default(''),
  role: z.string().default(''),
  /** The most tasks this person carries at once before the workload view marks an overload; null: no limit set. */
  limit: z.int().min(1).max(TASK_LIMIT_MAX).nullable().default(null),
});
export type Person = z.infer<typeof personSchema>;

const quarterCapSchema = amountMinorSchema.min(0).nullable();
const quarterCapsSchema = z.tuple([quarterCapSchema, quarterCapSchema, quarterCapSchema, quarterCapSchema]);
/** @public */
export type QuarterCaps = z.infer<typeof quarterCapsSchema>;

export const yearBudgetSchema = z.object({
  id: yearBudgetIdSchema,
  /** The calendar year the cap is for, e.g. 2026. One record per year. */
  year: z.int().min(2000).max(2100),
  currency: currencySchema.default('CNY'),
  /** The yearly cap in minor units; null: no cap set (no cap left is shown, docs/year-budget.md). */
  capMinor: amountMinorSchema.min(0).nullable().default(null),
  /**
   * Caps for Q1–Q4 in minor units (null: that quarter has none), when the year is also capped per
   * quarter; null otherwise.
   */
  quarterCapsMinor: quarterCapsSchema.nullable().default(null),
  /**
   * The quarter caps while the per-quarter switch is off: switched on again, they come back
   * (docs/year-budget.md); null when none were set.
   */
  keptQuarterCapsMinor: quarterCapsSchema.nullable().default(null),
  notes: z.string().default(''),
});
export type YearBudget = z.infer<typeof yearBudgetSchema>;

/** Everything the workspace holds, as read, stored, backed up and restored in one piece. */
export const workspaceSchema = z.object({
  people: z.array(personSchema).default([]),
  yearBudgets: z.array(yearBudgetSchema).default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** The budget record of `year`, or null when none is set yet. */
export function yearBudgetOf(workspace: Workspace, year: number): YearBudget | null {
  return workspace.yearBudgets.find((y) => y.year === year) ?? null;
}

/**
 * The workspace with `year`'s budget changed (created with the defaults and `currency` when the
 * year has none). Returns the same workspace when nothing changes, so no undo step is made.
 */
export function changeYearBudget(
  workspace: Workspace,
  year: number,
  currency: string,
  change: (budget: YearBudget) => YearBudget,
): Workspace {
  const current = yearBudgetOf(workspace, year);
  const base = current ?? yearBudgetSchema.parse({ id: newId(), year, currency });
  const next = change(base);
  if (current && JSON.stringify(next) === JSON.stringify(current)) return workspace;
  const others = workspace.yearBudgets.filter((y) => y.year !== year);
  return { ...workspace, yearBudgets: [...others, next].sort((a, b) => a.year - b.year) };
}

/** The workspace with `person` added at the end of the roster (docs/people.md). */
export function addPerson(workspace: Workspace, person: Person): Workspace {
  return { ...workspace, people: [...workspace.people, person] };
}

/** The workspace with person `id`'s fields changed by `patch`. */
export function updatePerson(
  workspace: Workspace,
  id: PersonId,
  patch: Partial<Omit<Person, 'id'>>,
): Workspace {
  return { ...workspace, people: workspace.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

/** The workspace without person `id`. */
export function removePerson(workspace: Workspace, id: PersonId): Workspace {
  return { ...workspace, people: workspace.people.filter((p) => p.id !== id) };
}

/** Which cap of a year an edit sets: the year's, or quarter 1–4's. */
export type YearCapSlot = 'year' | 1 | 2 | 3 | 4;

const NO_QUARTER_CAPS: QuarterCaps = [null, null, null, null];

/**
 * `year`'s cap (`slot` 'year') or one quarter's set to `capMinor` (null: none — an emptied field
 * means no cap, never a cap of 0); setting a quarter turns the per-quarter caps on.
 */
export function setYearCap(
  workspace: Workspace,
  p: { year: number; currency: string; slot: YearCapSlot; capMinor: number | null },
): Workspace {
  return changeYearBudget(workspace, p.year, p.currency, (b) => {
    if (p.slot === 'year') return { ...b, capMinor: p.capMinor };
    const next = [...(b.quarterCapsMinor ?? b.keptQuarterCapsMinor ?? NO_QUARTER_CAPS)] as QuarterCaps;
    next[p.slot - 1] = p.capMinor;
    return { ...b, quarterCapsMinor: next, keptQuarterCapsMinor: null };
  });
}

/**
 * Per-quarter caps on or off, for `year`. On, the quarters get the caps they had when switched
 * off, else none (no cap left is shown until one is typed); off, their caps are kept for then.
 */
export function setCapByQuarter(
  workspace: Workspace,
  p: { year: number; currency: string; on: boolean },
): Workspace {
  return changeYearBudget(workspace, p.year, p.currency, (b) => {
    if (p.on === (b.quarterCapsMinor !== null)) return b;
    return p.on
      ? { ...b, quarterCapsMinor: b.keptQuarterCapsMinor ?? NO_QUARTER_CAPS, keptQuarterCapsMinor: null }
      : { ...b, quarterCapsMinor: null, keptQuarterCapsMinor: b.quarterCapsMinor };
  });
}
