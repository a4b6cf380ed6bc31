import type { PlanDocument } from '../domain';
import { fromDayNumber, toDayNumber } from '../domain/dates';
import { isoWeekOf, mondayNumber } from './isoWeek';
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
  const byPerson = new Map<string, Map<number, WorkloadTask[]>>(shown.map((p) => [p.id, new Map()]));
  const ownersCache = new Map<string, { ids: string[]; unmatched: string[] }>();
  const unmatched = new Map<string, number>();
  // Plans share their dates: each date string is turned into a day number once.
  const dayCache = new Map<string, number>();
  const day = (date: string): number => {
    let n = dayCache.get(date);
    if (n === undefined) {
      n = toDayNumber(date);
      dayCache.set(date, n);
    }
    return n;
  };
  let first: number | null = null;
  let last: number | null = null;

  for (const doc of docs) {
    if (options.planIds && !options.planIds.has(doc.plan.id)) continue;
    for (const task of doc.tasks) {
      if (task.status === 'cancelled' || task.isMilestone || task.owner.trim() === '') continue;
      let owners = ownersCache.get(task.owner);
      if (!owners) {
        const parts = splitOwners(task.owner);
        owners = {
          ids: countedOwners(task.owner, roster),
          unmatched: parts.filter((part) => countedOwners(part, roster).length === 0),
        };
        ownersCache.set(task.owner, owners);
      }
      const { ids } = owners;
      for (const part of owners.unmatched) unmatched.set(part, (unmatched.get(part) ?? 0) + 1);
      const entry: WorkloadTask = {
        planId: doc.plan.id,
        planName: doc.plan.name,
        taskId: task.id,
        title: task.title,
        startDate: task.startDate,
        endDate: task.endDate,
      };
      const end = task.endDate < task.startDate ? task.startDate : task.endDate;
      const mondays: number[] = [];
      const lastDay = day(end);
      for (let m = mondayNumber(day(task.startDate)); m <= lastDay; m += 7) mondays.push(m);
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
        const a = mondays[0] as number;
        const b = mondays[mondays.length - 1] as number;
        if (first === null || a < first) first = a;
        if (last === null || b > last) last = b;
      }
    }
  }

  const mondayNumbers: number[] = [];
  if (first !== null && last !== null) for (let d = first; d <= last; d += 7) mondayNumbers.push(d);
  const mondays = mondayNumbers.map(fromDayNumber);
  const weeks = mondays.map(isoWeekOf);
  const rows = shown.map((p): WorkloadRow => {
    const limit = p.limit ?? defaultLimit;
    const perWeek = byPerson.get(p.id) ?? new Map<number, WorkloadTask[]>();
    const cells = mondayNumbers.map((monday, i): WorkloadCell => {
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
