import type { Workspace, YearBudget } from '../domain/workspace';
import { isDeepEqual, mergeRecord } from './mergeRecords';

type Rec = { id: string };
type MergeOne<T> = (base: T | undefined, mine: T | undefined, theirs: T | undefined) => T | undefined;

const quarterCaps = (b: YearBudget | undefined) => b && [b.quarterCapsMinor, b.keptQuarterCapsMinor];

/**
 * One year's budget record three-way merged (mergeRecord), with its quarter caps and the caps
 * kept while the per-quarter switch is off taken as ONE field: only one of the two is ever set
 * (docs/year-budget.md), so a window that typed a quarter cap and one that switched the quarter
 * caps off must not each bring in half. Changed on one side, that side's pair; on both, mine —
 * the rule for any field both windows changed.
 */
function mergeYearBudget(
  base: YearBudget | undefined,
  mine: YearBudget | undefined,
  theirs: YearBudget | undefined,
): YearBudget | undefined {
  const merged = mergeRecord(base, mine, theirs);
  if (!merged || !mine || !theirs || merged === mine || merged === theirs) return merged;
  const from = isDeepEqual(quarterCaps(mine), quarterCaps(base)) ? theirs : mine;
  return {
    ...merged,
    quarterCapsMinor: from.quarterCapsMinor,
    keptQuarterCapsMinor: from.keptQuarterCapsMinor,
  };
}

/**
 * One list of workspace records three-way merged by id (shared/sync/mergeRecords): my order
 * first, then records only the other window has. Returns `mine` itself when nothing of theirs
 * comes in, so a store can tell "nothing to merge" by identity.
 */
function mergeList<T extends Rec>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  mergeOne: MergeOne<T> = mergeRecord,
): readonly T[] {
  const baseById = new Map(base.map((r) => [r.id, r]));
  const theirsById = new Map(theirs.map((r) => [r.id, r]));
  const out: T[] = [];
  let changed = false;
  for (const r of mine) {
    const merged = mergeOne(baseById.get(r.id), r, theirsById.get(r.id));
    if (merged !== r) changed = true;
    if (merged) out.push(merged);
  }
  const mineIds = new Set(mine.map((r) => r.id));
  for (const r of theirs) {
    if (mineIds.has(r.id)) continue;
    const merged = mergeOne(baseById.get(r.id), undefined, r);
    if (merged) {
      out.push(merged);
      changed = true;
    }
  }
  return changed ? out : mine;
}

/**
 * The workspace (team roster, yearly budgets) as two windows edited it: `base` is what this
 * window last knew stored, `mine` what it shows, `theirs` what is stored now. A field changed
 * on one side takes that side's value; on both, mine (docs/architecture.md, two windows).
 * One budget record per year: when both windows created the year's record, mine is kept. A
 * year's quarter caps and its kept quarter caps merge as one field (mergeYearBudget).
 */
export function mergeWorkspace(base: Workspace | null, mine: Workspace, theirs: Workspace): Workspace {
  const people = mergeList(base?.people ?? [], mine.people, theirs.people);
  let yearBudgets = mergeList(base?.yearBudgets ?? [], mine.yearBudgets, theirs.yearBudgets, mergeYearBudget);
  if (yearBudgets !== mine.yearBudgets) {
    const seen = new Set<number>();
    yearBudgets = yearBudgets
      .filter((y) => !seen.has(y.year) && seen.add(y.year))
      .sort((a, b) => a.year - b.year);
  }
  if (people === mine.people && yearBudgets === mine.yearBudgets) return mine;
  return { ...mine, people: [...people], yearBudgets: [...yearBudgets] };
}
