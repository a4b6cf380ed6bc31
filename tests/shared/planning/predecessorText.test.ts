import { describe, expect, it } from 'vitest';
import type { Task, TaskId } from '../../../shared/domain';
import { formatPredecessors, parsePredecessors } from '../../../shared/planning/predecessorText';

const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as Pick<Task, 'id'>[];

describe('predecessors typed by row number', () => {
  it('reads plain rows, types and lags', () => {
    const parsed = parsePredecessors('1, 2SS, 3FS+2', rows);
    expect(parsed).toEqual({
      ok: true,
      dependencies: [
        { taskId: 'a', type: 'FS', lagDays: 0 },
        { taskId: 'b', type: 'SS', lagDays: 0 },
        { taskId: 'c', type: 'FS', lagDays: 2 },
      ],
    });
  });
  it('accepts Chinese commas and negative lags', () => {
    const parsed = parsePredecessors('1，3-1', rows);
    expect(parsed).toEqual({
      ok: true,
      dependencies: [
        { taskId: 'a', type: 'FS', lagDays: 0 },
        { taskId: 'c', type: 'FS', lagDays: -1 },
      ],
    });
  });
  it('names the item it cannot read', () => {
    expect(parsePredecessors('1, 9', rows)).toEqual({ ok: false, badItem: '9' });
    expect(parsePredecessors('x', rows)).toEqual({ ok: false, badItem: 'x' });
  });
  it('formats back to the same text', () => {
    const task = {
      predecessors: [
        { taskId: 'a' as TaskId, type: 'FS', lagDays: 0 },
        { taskId: 'c' as TaskId, type: 'SS', lagDays: 2 },
      ],
    } as Task;
    const rowOf = new Map<TaskId, number>([
      ['a' as TaskId, 1],
      ['c' as TaskId, 3],
    ]);
    expect(formatPredecessors(task, rowOf)).toBe('1, 3SS+2');
  });
});
