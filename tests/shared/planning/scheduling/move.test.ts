import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDays, spanDays, type Task } from '../../../../shared/domain';
import { moveTasks, resizeTask, setTaskDates } from '../../../../shared/planning/scheduling/move';
import { randomDag } from './arbitraries';
import { fs, id, makeTask, ss } from './makeTask';

// A 10-01..10-03 → B (FS +1) 10-05..10-06 → C (SS) 10-05; X stands alone.
const tasks = [
  makeTask('A', '2026-10-01', '2026-10-03'),
  makeTask('B', '2026-10-05', '2026-10-06', { predecessors: [fs('A', 1)] }),
  makeTask('C', '2026-10-05', '2026-10-05', { predecessors: [ss('B')] }),
  makeTask('X', '2026-10-02', '2026-10-04'),
  makeTask('M', '2026-10-10', '2026-10-10', { isMilestone: true, predecessors: [fs('B')] }),
];
const push = { pushSuccessors: true };
const leave = { pushSuccessors: false };

const dates = (list: readonly Task[]) => list.map((task) => `${task.id} ${task.startDate}..${task.endDate}`);

describe('moveTasks', () => {
  it('pushes successors later by the minimum their links need', () => {
    const next = moveTasks(tasks, [id('A')], 3, push);
    // A ends 10-06, so B (FS +1) may start 10-08; C (SS 0) starts with B; M (FS) stays at 10-10.
    expect(dates(next)).toEqual([
      'A 2026-10-04..2026-10-06',
      'B 2026-10-08..2026-10-09',
      'C 2026-10-08..2026-10-08',
      'X 2026-10-02..2026-10-04',
      'M 2026-10-10..2026-10-10',
    ]);
    expect(next[3]).toBe(tasks[3]);
    expect(next[4]).toBe(tasks[4]);
  });

  it('leaves successors where they are when asked to', () => {
    const next = moveTasks(tasks, [id('A')], 3, leave);
    expect(next[0]?.startDate).toBe('2026-10-04');
    expect(next.slice(1)).toEqual(tasks.slice(1));
    next.slice(1).forEach((task, index) => expect(task).toBe(tasks[index + 1]));
  });

  it('does not pull successors earlier when a task moves earlier', () => {
    const next = moveTasks(tasks, [id('A')], -2, push);
    expect(dates(next).slice(0, 2)).toEqual(['A 2026-09-29..2026-10-01', 'B 2026-10-05..2026-10-06']);
    expect(next[1]).toBe(tasks[1]);
  });

  it('a chosen task its moved predecessor holds where it was pushes nothing on', () => {
    // P and Q move back 2 days together; Q (FS −2 after P) must stay at 11-07, so it does not
    // move, and R — which already started too early, an old problem for the planner — stays too.
    const plan = [
      makeTask('P', '2026-11-06', '2026-11-10'),
      makeTask('Q', '2026-11-07', '2026-11-07', { isMilestone: true, predecessors: [fs('P', -2)] }),
      makeTask('R', '2026-10-01', '2026-10-01', { isMilestone: true, predecessors: [fs('Q')] }),
    ];
    const next = moveTasks(plan, [id('P'), id('Q')], -2, push);
    expect(dates(next)).toEqual([
      'P 2026-11-04..2026-11-08',
      'Q 2026-11-07..2026-11-07',
      'R 2026-10-01..2026-10-01',
    ]);
    expect(next[1]).toBe(plan[1]);
    expect(next[2]).toBe(plan[2]);
  });

  it('moves a milestone as one moment', () => {
    const next = moveTasks(tasks, [id('M')], 2, push);
    expect(dates(next)[4]).toBe('M 2026-10-12..2026-10-12');
  });

  it('moves several tasks together', () => {
    const next = moveTasks(tasks, [id('A'), id('X')], 1, leave);
    expect(dates(next)).toEqual([
      'A 2026-10-02..2026-10-04',
      'B 2026-10-05..2026-10-06',
      'C 2026-10-05..2026-10-05',
      'X 2026-10-03..2026-10-05',
      'M 2026-10-10..2026-10-10',
    ]);
  });
});

describe('resizeTask and setTaskDates', () => {
  it('drags the end and pushes what follows', () => {
    // The drag's day count goes in as is: B's end 10-06 five days later.
    const next = resizeTask(tasks, id('B'), 'end', 5, push);
    // B now ends 10-11; M (FS) may only be on 10-12; C (SS) is unaffected.
    expect(dates(next)).toEqual([
      'A 2026-10-01..2026-10-03',
      'B 2026-10-05..2026-10-11',
      'C 2026-10-05..2026-10-05',
      'X 2026-10-02..2026-10-04',
      'M 2026-10-12..2026-10-12',
    ]);
  });

  it('never lets a task end before it starts', () => {
    expect(dates(resizeTask(tasks, id('A'), 'end', -13, leave))[0]).toBe('A 2026-10-01..2026-10-01');
    expect(dates(resizeTask(tasks, id('A'), 'start', 8, leave))[0]).toBe('A 2026-10-03..2026-10-03');
    expect(dates(setTaskDates(tasks, id('X'), '2026-10-08', '2026-10-01', leave))[3]).toBe(
      'X 2026-10-08..2026-10-08',
    );
  });

  it('keeps a milestone a single moment', () => {
    expect(dates(resizeTask(tasks, id('M'), 'end', 5, leave))[4]).toBe('M 2026-10-15..2026-10-15');
    expect(dates(setTaskDates(tasks, id('M'), '2026-10-11', '2026-10-14', leave))[4]).toBe(
      'M 2026-10-11..2026-10-11',
    );
  });

  it('sets both dates and pushes successors', () => {
    const next = setTaskDates(tasks, id('A'), '2026-10-02', '2026-10-05', push);
    expect(dates(next).slice(0, 3)).toEqual([
      'A 2026-10-02..2026-10-05',
      'B 2026-10-07..2026-10-08',
      'C 2026-10-07..2026-10-07',
    ]);
  });
});

describe('move properties', () => {
  const scenario = fc.tuple(
    randomDag,
    fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: -10, max: 10 }),
    fc.boolean(),
  );

  it('keeps every duration, and after a push no successor starts before its moved predecessor allows', () => {
    fc.assert(
      fc.property(scenario, ([{ tasks: before }, picks, delta, pushSuccessors]) => {
        const ids = picks.map((pick) => (before[pick % before.length] as Task).id);
        const after = moveTasks(before, ids, delta, { pushSuccessors });
        const afterById = new Map(after.map((task) => [task.id, task]));
        expect(after).toHaveLength(before.length);
        before.forEach((task, index) => {
          const moved = after[index] as Task;
          expect(moved.id).toBe(task.id);
          expect(spanDays(moved.startDate, moved.endDate)).toBe(spanDays(task.startDate, task.endDate));
          if (moved.isMilestone) expect(moved.startDate).toBe(moved.endDate);
          // Unchanged tasks keep their identity, changed ones are new objects.
          if (moved.startDate === task.startDate) expect(moved).toBe(task);
          else expect(moved).not.toBe(task);
          // A chosen task moves by delta, or further when a moved predecessor pushes it.
          const shift = diffDays(task.startDate, moved.startDate);
          if (ids.includes(task.id)) {
            if (pushSuccessors) expect(shift).toBeGreaterThanOrEqual(delta);
            else expect(shift).toBe(delta);
          } else if (!pushSuccessors) expect(moved).toBe(task);
          else expect(shift).toBeGreaterThanOrEqual(0);
        });
        if (!pushSuccessors) return;
        const changed = new Set(after.filter((task, index) => task !== before[index]).map((task) => task.id));
        after.forEach((task, index) => {
          const shift = diffDays((before[index] as Task).startDate, task.startDate);
          const ownShift = ids.includes(task.id) ? delta : 0;
          let tightest = Infinity;
          for (const dependency of task.predecessors) {
            if (!changed.has(dependency.taskId)) continue;
            const predecessor = afterById.get(dependency.taskId) as Task;
            const room =
              dependency.type === 'SS'
                ? diffDays(predecessor.startDate, task.startDate) - dependency.lagDays
                : diffDays(predecessor.endDate, task.startDate) - 1 - dependency.lagDays;
            expect(room).toBeGreaterThanOrEqual(0);
            tightest = Math.min(tightest, room);
          }
          // A pushed task moved the minimum: one moved predecessor holds it exactly.
          if (shift > ownShift) expect(tightest).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
  });
});
