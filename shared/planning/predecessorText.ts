import type { Dependency, Task, TaskId } from '../domain';

/**
 * Predecessors as planners type them in a grid, by row number as in Excel or MS Project:
 * "3, 5SS, 7FS+2, 8-1". FS is the default type and 0 the default lag (in days).
 */
const ITEM = /^(\d+)\s*(FS|SS)?\s*([+-]\s*\d+)?$/i;

export function formatPredecessors(task: Task, rowOf: ReadonlyMap<TaskId, number>): string {
  return task.predecessors
    .map((d) => {
      const row = rowOf.get(d.taskId);
      if (row === undefined) return null;
      const type = d.type === 'SS' ? 'SS' : '';
      const lag = d.lagDays === 0 ? '' : d.lagDays > 0 ? `+${d.lagDays}` : `${d.lagDays}`;
      return `${row}${type || (lag ? 'FS' : '')}${lag}`;
    })
    .filter((s): s is string => s !== null)
    .join(', ');
}

export type ParsedPredecessors = { ok: true; dependencies: Dependency[] } | { ok: false; badItem: string };

/** `tasksByRow[i]` is the task shown on row i + 1. */
export function parsePredecessors(text: string, tasksByRow: readonly Pick<Task, 'id'>[]): ParsedPredecessors {
  const dependencies: Dependency[] = [];
  for (const raw of text.split(/[,，;；\s]+(?=\d)/)) {
    const item = raw.trim().replace(/[,，;；]$/, '');
    if (item === '') continue;
    const m = ITEM.exec(item);
    const row = m ? Number(m[1]) : NaN;
    const task = tasksByRow[row - 1];
    if (!m || !task) return { ok: false, badItem: item };
    const lag = m[3] ? Number(m[3].replace(/\s/g, '')) : 0;
    dependencies.push({
      taskId: task.id as TaskId,
      type: (m[2]?.toUpperCase() as 'FS' | 'SS' | undefined) ?? 'FS',
      lagDays: lag,
    });
  }
  return { ok: true, dependencies };
}
