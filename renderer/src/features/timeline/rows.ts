import type { PlanDocument, Task, TaskId, Workstream } from '../../../../shared/domain';
import { workstreams } from '../../../../shared/domain';

/** How the timeline groups its rows. */
export type GroupBy = 'phase' | 'workstream' | 'channel' | 'owner';

export interface GroupRow {
  kind: 'group';
  key: string;
  label: string;
  /** Phase colour when grouped by phase; null otherwise. */
  color: string | null;
  count: number;
  /** Span of its tasks (null when empty). */
  start: string | null;
  end: string | null;
  collapsed: boolean;
}

export interface TaskRow {
  kind: 'task';
  task: Task;
  groupKey: string;
}

export type TimelineRow = GroupRow | TaskRow;

export interface GroupLabels {
  noGroup: string;
  unassigned: string;
  workstream: Record<Workstream, string>;
}

interface Bucket {
  key: string;
  label: string;
  color: string | null;
  rank: number;
  tasks: Task[];
}

function byOrderThenStart(a: Task, b: Task): number {
  return a.order - b.order || (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0);
}

/**
 * The rows of the timeline: one header per group, then its tasks (unless collapsed). Groups come in
 * the plan's own order (phases by their order, workstreams as listed, channels by order, owners
 * alphabetically); tasks keep their order inside a group. Cancelled tasks stay visible.
 */
export function buildRows(
  doc: Pick<PlanDocument, 'tasks' | 'phases' | 'channels'>,
  groupBy: GroupBy,
  collapsed: ReadonlySet<string>,
  labels: GroupLabels,
): TimelineRow[] {
  const buckets = new Map<string, Bucket>();
  const bucketFor = (key: string, make: () => Omit<Bucket, 'key' | 'tasks'>): Bucket => {
    let b = buckets.get(key);
    if (!b) {
      b = { key, tasks: [], ...make() };
      buckets.set(key, b);
    }
    return b;
  };
  const phaseById = new Map(doc.phases.map((p) => [p.id, p]));
  const channelById = new Map(doc.channels.map((c) => [c.id, c]));
  const NONE_RANK = Number.MAX_SAFE_INTEGER;

  // Empty phases still get a (collapsed-looking) header so the planner sees the whole rhythm.
  if (groupBy === 'phase') {
    for (const p of doc.phases)
      bucketFor(`phase:${p.id}`, () => ({ label: p.name, color: p.color, rank: p.order }));
  }

  for (const task of doc.tasks) {
    let bucket: Bucket;
    if (groupBy === 'phase') {
      const phase = task.phaseId ? phaseById.get(task.phaseId) : undefined;
      bucket = phase
        ? bucketFor(`phase:${phase.id}`, () => ({ label: phase.name, color: phase.color, rank: phase.order }))
        : bucketFor('phase:none', () => ({ label: labels.noGroup, color: null, rank: NONE_RANK }));
    } else if (groupBy === 'workstream') {
      bucket = bucketFor(`ws:${task.workstream}`, () => ({
        label: labels.workstream[task.workstream],
        color: null,
        rank: workstreams.indexOf(task.workstream),
      }));
    } else if (groupBy === 'channel') {
      const channel = task.channelId ? channelById.get(task.channelId) : undefined;
      bucket = channel
        ? bucketFor(`ch:${channel.id}`, () => ({ label: channel.name, color: null, rank: channel.order }))
        : bucketFor('ch:none', () => ({ label: labels.noGroup, color: null, rank: NONE_RANK }));
    } else {
      const owner = task.owner.trim();
      bucket = owner
        ? bucketFor(`owner:${owner}`, () => ({ label: owner, color: null, rank: 0 }))
        : bucketFor('owner:none', () => ({ label: labels.unassigned, color: null, rank: NONE_RANK }));
    }
    bucket.tasks.push(task);
  }

  const ordered = [...buckets.values()].sort(
    (a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'zh-CN'),
  );
  const rows: TimelineRow[] = [];
  for (const bucket of ordered) {
    let start: string | null = null;
    let end: string | null = null;
    for (const t of bucket.tasks) {
      if (start === null || t.startDate < start) start = t.startDate;
      if (end === null || t.endDate > end) end = t.endDate;
    }
    const isCollapsed = collapsed.has(bucket.key);
    rows.push({
      kind: 'group',
      key: bucket.key,
      label: bucket.label,
      color: bucket.color,
      count: bucket.tasks.length,
      start,
      end,
      collapsed: isCollapsed,
    });
    if (isCollapsed) continue;
    bucket.tasks.sort(byOrderThenStart);
    for (const task of bucket.tasks) rows.push({ kind: 'task', task, groupKey: bucket.key });
  }
  return rows;
}

/** Row index of each visible task, for jumping to a task and for drawing links. */
export function indexTaskRows(rows: readonly TimelineRow[]): Map<TaskId, number> {
  const index = new Map<TaskId, number>();
  rows.forEach((row, i) => {
    if (row.kind === 'task') index.set(row.task.id, i);
  });
  return index;
}

/** The group key a task falls in, so a jump can open a collapsed group first. */
export function groupKeyOfTask(task: Task, groupBy: GroupBy): string {
  if (groupBy === 'phase') return task.phaseId ? `phase:${task.phaseId}` : 'phase:none';
  if (groupBy === 'workstream') return `ws:${task.workstream}`;
  if (groupBy === 'channel') return task.channelId ? `ch:${task.channelId}` : 'ch:none';
  return task.owner.trim() ? `owner:${task.owner.trim()}` : 'owner:none';
}
