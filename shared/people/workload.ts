import type { PlanDocument } from '../domain';
import { isoWeekOf, mondaysTouched } from './isoWeek';
import { countedOwners, indexRoster, type NamedPerson } from './matchOwners';
import { splitOwners } from './names';

/** The workspace default limit of concurrent tasks per person per week (docs/people.md). */
export const DEFAULT_TASK_LIMIT = 5;

export interface WorkloadPerson extends NamedPerson {
  department: string;
  /** The person's own limit; null/absent = the workspace default. */
  limit?: number | null;
}

export interface WorkloadTask {
  planId: string;
  planName: string;
  taskId: string;
  title: string;
  startDate: string;
  endDate: string;
}

export interface WorkloadCell {
  /** "2026-W45" */
  week: string;
  load: number;
  isOverloaded: boolean;
  tasks: WorkloadTask[];
}

export interface WorkloadRow {
  personId: string;
  name: string;
  department: string;
  limit: number;
  /** One per week of the grid, in order. */
  cells: WorkloadCell[];
  overloadedWeeks: number;
}

export interface Workload {
  /** ISO weeks from the first to the last touched by a counted task, without gaps. */
  weeks: string[];
  /** The Monday of each week, same order. */
  mondays: string[];
  rows: WorkloadRow[];
  /** Owner names on counted-kind tasks that match nobody (or only by suggestion), with task counts. */
  unmatched: { name: string; tasks: number }[];
}

export interface WorkloadOptions {
  defaultLimit?: number;
  /** Only these plans; absent = all given. */
  planIds?: ReadonlySet<string>;
  /** Only people of these departments; absent = everyone. */
  departments?: ReadonlySet<string>;
}

/** Weeks × people load across plans, by the definition and worked example in docs/people.md. */
export function computeWorkload(
  docs: readonly PlanDocument[],
  people: readonly WorkloadPerson[],
  options: WorkloadOptions = {},
): Workload {
  const defaultLimit = options.defaultLimit ?? DEFAULT_TASK_LIMIT;
  const shown = people.filter((p) => !options.departments || options.departments.has(p.department));
  const roster = indexRoster(people);
  const byPerson = new Map<string, Map<string, WorkloadTask[]>>(shown.map((p) => [p.id, new Map()]));
  const ownersCache = new Map<string, string[]>();
  const unmatched = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;

  for (const doc of docs) {
    if (options.planIds && !options.planIds.has(doc.plan.id)) continue;
    for (const task of doc.tasks) {
      if (task.status === 'cancelled' || task.isMilestone || task.owner.trim() === '') continue;
      let ids = ownersCache.get(task.owner);
      if (!ids) {
        ids = countedOwners(task.owner, roster);
        ownersCache.set(task.owner, ids);
        if (ids.length < splitOwners(task.owner).length) {
          for (const part of splitOwners(task.owner)) {
            if (countedOwners(part, roster).length === 0) unmatched.set(part, 0);
          }
        }
      }
      for (const part of splitOwners(task.owner)) {
        const n = unmatched.get(part);
        if (n !== undefined) unmatched.set(part, n + 1);
      }
      const entry: WorkloadTask = {
        planId: doc.plan.id,
        planName: doc.plan.name,
        taskId: task.id,
        title: task.title,
        startDate: task.startDate,
        endDate: task.endDate,
      };
      const end = task.endDate < task.startDate ? task.startDate : task.endDate;
      const mondays = mondaysTouched(task.startDate, end);
      let counted = false;
      for (const id of ids) {
        const weeks = byPerson.get(id);
        if (!weeks) continue;
        counted = true;
        for (const monday of mondays) {
          const list = weeks.get(monday);
          if (list) list.push(entry);
          else weeks.set(monday, [entry]);
        }
      }
      if (counted && mondays.length > 0) {
        const a = mondays[0] as string;
        const b = mondays[mondays.length - 1] as string;
        if (first === null || a < first) first = a;
        if (last === null || b > last) last = b;
      }
    }
  }

  const mondays = first !== null && last !== null ? mondaysTouched(first, last) : [];
  const weeks = mondays.map(isoWeekOf);
  const rows = shown.map((p): WorkloadRow => {
    const limit = p.limit ?? defaultLimit;
    const perWeek = byPerson.get(p.id) ?? new Map<string, WorkloadTask[]>();
    const cells = mondays.map((monday, i): WorkloadCell => {
      const tasks = perWeek.get(monday) ?? [];
      return { week: weeks[i] as string, load: tasks.length, isOverloaded: tasks.length > limit, tasks };
    });
    return {
      personId: p.id,
      name: p.name,
      department: p.department,
      limit,
      cells,
      overloadedWeeks: cells.filter((c) => c.isOverloaded).length,
    };
  });
  return {
    weeks,
    mondays,
    rows,
    unmatched: [...unmatched.entries()].map(([name, tasks]) => ({ name, tasks })),
  };
}
