import type { TaskId } from '../../../../shared/domain';
import type { Geometry } from './barGeometry';
import { LinkPath } from './LinkPath';
import type { TimelineRow } from './rows';

/**
 * Links that leave the rendered rows towards a successor outside them (the ones into the rendered
 * rows are drawn by their blocks), so a link into or out of view is always drawn exactly once.
 */
export function OuterLinks({
  rows,
  r0,
  r1,
  g,
  successors,
}: {
  rows: readonly TimelineRow[];
  r0: number;
  r1: number;
  g: Geometry;
  successors: ReadonlyMap<TaskId, TaskId[]>;
}) {
  const out: React.ReactNode[] = [];
  for (let i = r0; i <= r1; i++) {
    const row = rows[i];
    if (row?.kind !== 'task') continue;
    for (const succId of successors.get(row.task.id) ?? []) {
      const at = g.rowOfTask.get(succId);
      if (at === undefined || (at >= r0 && at <= r1)) continue;
      const succ = g.tasksById.get(succId);
      const dep = succ?.predecessors.find((d) => d.taskId === row.task.id);
      if (succ && dep)
        out.push(
          <LinkPath key={`${row.task.id}>${succId}`} g={g} from={row.task} to={succ} type={dep.type} />,
        );
    }
  }
  return <g>{out}</g>;
}
