import { describe, expect, it } from 'vitest';
import type { Plan, Task } from '../../../../shared/domain';
import {
  applyConflictFix,
  conflictsByTask,
  countOverdue,
  findScheduleProblems,
  isOverdue,
  rescheduleTasks,
} from '../../../../shared/planning/scheduling';
import { fs, id, makeTask, ss } from './makeTask';

// The worked example of docs/scheduling.md: A 10-01..10-03 → B (FS+1) 10-05..10-06 → C (SS+0)
// 10-05; M is a milestone on 10-10 after B (FS).
const tasks = [
  makeTask('A', '2026-10-01', '2026-10-03'),
  makeTask('B', '2026-10-05', '2026-10-06', { predecessors: [fs('A', 1)] }),
  makeTask('C', '2026-10-05', '2026-10-05', { predecessors: [ss('B')] }),
  makeTask('M', '2026-10-10', '2026-10-10', { isMilestone: true, predecessors: [fs('B')] }),
];
const dates = (list: readonly Task[]) => list.map((t) => `${t.id} ${t.startDate}..${t.endDate}`);
// The team works through 国庆 here: holiday warnings are tested in holidayProblems.test.ts.
const plan = {
  startDate: '2026-09-01',
  endDate: '2026-12-31',
  blackoutDays: [],
  worksThroughHolidays: true,
} as unknown as Plan;
const problemsOf = (list: readonly Task[]) => findScheduleProblems({ plan, phases: [], tasks: list });

describe('rescheduleTasks', () => {
  it('a new end date with successors following moves the chain by what each link needs', () => {
    const next = rescheduleTasks(tasks, [{ id: id('A'), startDate: '2026-10-01', endDate: '2026-10-05' }], {
      pushSuccessors: true,
    });
    // A ends 10-05: B (FS+1) may start 10-07, lasts 2 days → 10-08; C (SS) starts with B on 10-07;
    // M (FS after B, ends 10-08) may be on 10-09, it is on 10-10: stays.
    expect(dates(next)).toEqual([
      'A 2026-10-01..2026-10-05',
      'B 2026-10-07..2026-10-08',
      'C 2026-10-07..2026-10-07',
      'M 2026-10-10..2026-10-10',
    ]);
    expect(next[3]).toBe(tasks[3]);
    expect(problemsOf(next)).toEqual([]);
  });

  it('without following, only the edited task moves and the broken link is reported', () => {
    const next = rescheduleTasks(tasks, [{ id: id('A'), startDate: '2026-10-01', endDate: '2026-10-05' }], {
      pushSuccessors: false,
    });
    expect(dates(next).slice(1)).toEqual(dates(tasks).slice(1));
    const problems = problemsOf(next);
    expect(problems.map((p) => [p.kind, p.taskId, p.params.earliestStart])).toEqual([
      ['dependencyViolated', 'B', '2026-10-07'],
    ]);
  });

  it('raises an end before the start to the start and keeps a milestone one moment', () => {
    const next = rescheduleTasks(
      tasks,
      [
        { id: id('C'), startDate: '2026-10-09', endDate: '2026-10-02' },
        { id: id('M'), startDate: '2026-10-12', endDate: '2026-10-20' },
      ],
      { pushSuccessors: true },
    );
    expect(dates(next).slice(2)).toEqual(['C 2026-10-09..2026-10-09', 'M 2026-10-12..2026-10-12']);
  });

  it('pushes from a task whose dates did not change when asked to (a link just drawn)', () => {
    const linked = [
      makeTask('P', '2026-10-01', '2026-10-04'),
      makeTask('Q', '2026-10-03', '2026-10-03', { predecessors: [fs('P')] }),
    ];
    expect(dates(rescheduleTasks(linked, [], { pushSuccessors: true }))).toEqual(dates(linked));
    expect(dates(rescheduleTasks(linked, [], { pushSuccessors: true }, [id('P')]))).toEqual([
      'P 2026-10-01..2026-10-04',
      'Q 2026-10-05..2026-10-05',
    ]);
  });
});

describe('conflict fixes', () => {
  // A's end typed as 10-05 with following off: B (10-05) now starts before 10-07.
  const broken = rescheduleTasks(tasks, [{ id: id('A'), startDate: '2026-10-01', endDate: '2026-10-05' }], {
    pushSuccessors: false,
  });

  it('files a broken link under both tasks, with the fixes each row offers', () => {
    const byTask = conflictsByTask(problemsOf(broken));
    expect(byTask.get(id('A'))?.map((c) => c.fixes)).toEqual([['moveSuccessors', 'moveBack']]);
    expect(byTask.get(id('B'))?.map((c) => c.fixes)).toEqual([['moveLater']]);
    expect(byTask.has(id('C'))).toBe(false);
  });

  it('move successors: B 10-07..10-08 and C with it, nothing left broken', () => {
    const fixed = applyConflictFix(broken, id('A'), 'moveSuccessors');
    expect(dates(fixed)).toEqual([
      'A 2026-10-01..2026-10-05',
      'B 2026-10-07..2026-10-08',
      'C 2026-10-07..2026-10-07',
      'M 2026-10-10..2026-10-10',
    ]);
    expect(problemsOf(fixed)).toEqual([]);
  });

  it('move this back: A keeps its 5 days and ends 10-03, two days before B', () => {
    const fixed = applyConflictFix(broken, id('A'), 'moveBack');
    expect(dates(fixed)[0]).toBe('A 2026-09-29..2026-10-03');
    expect(dates(fixed).slice(1)).toEqual(dates(broken).slice(1));
    expect(problemsOf(fixed)).toEqual([]);
  });

  it('move this later on the successor: B to 10-07, C follows', () => {
    const fixed = applyConflictFix(broken, id('B'), 'moveLater');
    expect(dates(fixed).slice(1, 3)).toEqual(['B 2026-10-07..2026-10-08', 'C 2026-10-07..2026-10-07']);
    expect(problemsOf(fixed)).toEqual([]);
  });

  it('an SS link moved back keeps start + lag on the successor start', () => {
    const list = [
      makeTask('P', '2026-10-04', '2026-10-08'),
      makeTask('Q', '2026-10-05', '2026-10-06', { predecessors: [ss('P', 2)] }),
    ];
    // SS+2: P may start on 10-05 − 2 = 10-03 at the latest; P keeps its 5 days → 10-03..10-07.
    expect(dates(applyConflictFix(list, id('P'), 'moveBack'))[0]).toBe('P 2026-10-03..2026-10-07');
  });

  it('a fix with nothing to do changes nothing', () => {
    const fixed = applyConflictFix(tasks, id('A'), 'moveBack');
    fixed.forEach((task, index) => expect(task).toBe(tasks[index]));
  });
});

describe('overdue', () => {
  const today = '2026-10-06';
  it('is past its end and not done or cancelled; ending today is not overdue', () => {
    expect(isOverdue({ endDate: '2026-10-05', status: 'todo' }, today)).toBe(true);
    expect(isOverdue({ endDate: '2026-10-05', status: 'inProgress' }, today)).toBe(true);
    expect(isOverdue({ endDate: '2026-10-05', status: 'blocked' }, today)).toBe(true);
    expect(isOverdue({ endDate: '2026-10-05', status: 'done' }, today)).toBe(false);
    expect(isOverdue({ endDate: '2026-10-05', status: 'cancelled' }, today)).toBe(false);
    expect(isOverdue({ endDate: '2026-10-06', status: 'todo' }, today)).toBe(false);
  });

  it('counts the worked example on 10-06: A (ended 10-03) only; B ends today', () => {
    // A ends 10-03 (overdue), B ends 10-06 (today), C 10-05 done, M 10-10.
    const list = tasks.map((t) => (t.id === 'C' ? { ...t, status: 'done' as const } : t));
    expect(countOverdue(list, today)).toBe(1);
  });
});
