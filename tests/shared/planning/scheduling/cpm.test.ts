import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDays, spanDays, type Task, type TaskId } from '../../../../shared/domain';
import { computeCriticalPath, criticalTaskIds, slackHint } from '../../../../shared/planning/scheduling/cpm';
import { generateLargePlan } from '../../../bench/fixtures/generatePlan';
import { randomDag } from './arbitraries';
import { fs, id, makeTask, ss } from './makeTask';

// A 10-01..10-03 → B (FS) 10-04..10-08 → D 10-09..10-10; A → C (FS +2) 10-06..10-07 → D;
// A → E (SS +1) 10-02..10-03.
const plan = [
  makeTask('A', '2026-10-01', '2026-10-03'),
  makeTask('B', '2026-10-04', '2026-10-08', { predecessors: [fs('A')] }),
  makeTask('C', '2026-10-06', '2026-10-07', { predecessors: [fs('A', 2)] }),
  makeTask('D', '2026-10-09', '2026-10-10', { predecessors: [fs('B'), fs('C')] }),
  makeTask('E', '2026-10-02', '2026-10-03', { predecessors: [ss('A', 1)] }),
];

describe('computeCriticalPath', () => {
  it('finds the chain that drives the end and each task’s slack', () => {
    const result = computeCriticalPath(plan);
    expect(result.get(id('A'))).toEqual({
      earlyStart: '2026-10-01',
      earlyFinish: '2026-10-03',
      lateStart: '2026-10-01',
      lateFinish: '2026-10-03',
      totalSlackDays: 0,
      isCritical: true,
    });
    expect(result.get(id('C'))).toEqual({
      earlyStart: '2026-10-06',
      earlyFinish: '2026-10-07',
      lateStart: '2026-10-07',
      lateFinish: '2026-10-08',
      totalSlackDays: 1,
      isCritical: false,
    });
    expect(result.get(id('E'))?.totalSlackDays).toBe(7);
    expect(result.get(id('E'))?.lateFinish).toBe('2026-10-10');
    expect(criticalTaskIds(plan, result)).toEqual(['A', 'B', 'D']);
  });

  it('measures slack up to the campaign end when it is later than the last task', () => {
    const result = computeCriticalPath(plan, { projectEnd: '2026-10-12' });
    expect(result.get(id('A'))?.totalSlackDays).toBe(2);
    expect(result.get(id('D'))?.lateFinish).toBe('2026-10-12');
    expect(criticalTaskIds(plan, result)).toEqual([]);
  });

  it('never schedules a task before its planned start, and later when a predecessor forces it', () => {
    const tasks = [
      makeTask('A', '2026-10-01', '2026-10-03'),
      makeTask('B', '2026-10-02', '2026-10-03', { predecessors: [fs('A', 1)] }), // starts too early
      makeTask('C', '2026-10-20', '2026-10-20', { predecessors: [fs('A')] }), // starts later than needed
    ];
    const result = computeCriticalPath(tasks);
    expect(result.get(id('B'))).toMatchObject({ earlyStart: '2026-10-05', earlyFinish: '2026-10-06' });
    expect(result.get(id('C'))).toMatchObject({ earlyStart: '2026-10-20', totalSlackDays: 0 });
    expect(result.get(id('A'))?.totalSlackDays).toBe(14);
  });

  it('still returns a result for every task when the plan has a loop', () => {
    const looped = [
      makeTask('A', '2026-10-01', '2026-10-02', { predecessors: [fs('B')] }),
      makeTask('B', '2026-10-03', '2026-10-04', { predecessors: [fs('A')] }),
    ];
    const result = computeCriticalPath(looped);
    expect(result.size).toBe(2);
    for (const schedule of result.values()) expect(schedule.totalSlackDays).toBeGreaterThanOrEqual(0);
  });
});

describe('slackHint', () => {
  const result = computeCriticalPath(plan);
  it('explains why a task is not critical', () => {
    expect(slackHint(id('C'), result, 'en-US')).toBe(
      'Slack 1 day: it can slip 1 day before the campaign end moves (finish by 2026-10-08 at the latest).',
    );
    expect(slackHint(id('E'), result, 'zh-CN')).toBe(
      '余量 7 天：它延后不超过 7 天，活动结束日期就不受影响（最晚 2026-10-10 完成）。',
    );
  });
  it('says when a task is critical', () => {
    expect(slackHint(id('B'), result, 'en-US')).toBe(
      'Critical: no slack — every day it slips moves the campaign end by a day.',
    );
  });
});

function earliestAllowed(
  dependency: Task['predecessors'][number],
  schedule: { earlyStart: string; earlyFinish: string },
): (start: string) => number {
  // Days by which `start` is later than the link allows (negative = violated).
  return (start) =>
    dependency.type === 'SS'
      ? diffDays(schedule.earlyStart, start) - dependency.lagDays
      : diffDays(schedule.earlyFinish, start) - 1 - dependency.lagDays;
}

describe('critical path properties', () => {
  it('slack is never negative, links hold, and a zero-slack chain reaches the project end', () => {
    fc.assert(
      fc.property(randomDag, fc.integer({ min: -5, max: 5 }), ({ tasks }, endShift) => {
        const latest = tasks.map((task) => task.endDate).sort()[tasks.length - 1] as string;
        const projectEnd = new Date(Date.parse(`${latest}T00:00:00Z`) + endShift * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const result = computeCriticalPath(tasks, { projectEnd });
        const byId = new Map(tasks.map((task) => [task.id, task]));
        let end = '';
        for (const task of tasks) {
          const schedule = result.get(task.id);
          if (!schedule) throw new Error('missing');
          expect(schedule.totalSlackDays).toBeGreaterThanOrEqual(0);
          expect(schedule.isCritical).toBe(schedule.totalSlackDays === 0);
          expect(schedule.earlyStart >= task.startDate).toBe(true);
          expect(spanDays(schedule.earlyStart, schedule.earlyFinish)).toBe(
            spanDays(task.startDate, task.endDate),
          );
          for (const dependency of task.predecessors) {
            const before = result.get(dependency.taskId);
            if (!before) throw new Error('missing');
            expect(earliestAllowed(dependency, before)(schedule.earlyStart)).toBeGreaterThanOrEqual(0);
          }
          if (schedule.lateFinish > end) end = schedule.lateFinish;
        }
        // The project end is the later of the given end and the latest early finish.
        const latestEarly = [...result.values()].map((s) => s.earlyFinish).sort()[tasks.length - 1] as string;
        expect(end).toBe(projectEnd > latestEarly ? projectEnd : latestEarly);
        if (projectEnd > latestEarly) {
          expect([...result.values()].some((s) => s.isCritical)).toBe(false);
          return;
        }
        // Walk back from a critical task that finishes on the end through predecessors that bind
        // it exactly: every step has zero slack, and the walk ends at a task that starts on its
        // own planned date.
        let current = tasks.find((task) => result.get(task.id)?.earlyFinish === end) as Task;
        expect(result.get(current.id)?.isCritical).toBe(true);
        for (let steps = 0; steps <= tasks.length; steps++) {
          const schedule = result.get(current.id) as { earlyStart: string; isCritical: boolean };
          expect(schedule.isCritical).toBe(true);
          if (schedule.earlyStart === current.startDate) return;
          const driver = current.predecessors.find((dependency) => {
            const before = result.get(dependency.taskId);
            return before !== undefined && earliestAllowed(dependency, before)(schedule.earlyStart) === 0;
          });
          expect(driver).toBeDefined();
          current = byId.get((driver as { taskId: TaskId }).taskId) as Task;
        }
        throw new Error('the critical chain did not end');
      }),
      { numRuns: 300 },
    );
  });

  it('handles the 2,000-task bench plan without a loop or negative slack', () => {
    const doc = generateLargePlan({ tasks: 2000, links: 1500, seed: 7 });
    const result = computeCriticalPath(doc.tasks, { projectEnd: doc.plan.endDate });
    expect(result.size).toBe(2000);
    expect([...result.values()].every((schedule) => schedule.totalSlackDays >= 0)).toBe(true);
  });
});
