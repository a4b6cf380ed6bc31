import { describe, expect, it } from 'vitest';
import { planSchema, type TaskId } from '../../../../shared/domain';
import { provisionalHolidayYears } from '../../../../shared/calendar/holidaysCN';
import {
  describeProblem,
  findScheduleProblems,
  problemKey,
} from '../../../../shared/planning/scheduling/problems';
import { makeTask } from './makeTask';

// Dates from the State Council arrangements in shared/calendar/holidaysCN.ts:
// 2026 中秋节 09-25…09-27, 国庆节 10-01…10-07 (days off), 劳动节 05-01…05-05, 2027 春节 02-05…02-08 (provisional).

const plan = planSchema.parse({
  id: 'plan-1',
  name: '2026 双11',
  type: 'double11',
  startDate: '2026-09-01',
  endDate: '2026-11-20',
  peakDate: '2026-11-11',
  createdAt: '2026-07-01T00:00:00.000Z',
  updatedAt: '2026-07-01T00:00:00.000Z',
});

const check = (tasks: ReturnType<typeof makeTask>[], patch: Partial<typeof plan> = {}) =>
  findScheduleProblems({ plan: { ...plan, ...patch }, phases: [], tasks });

describe('tasks on statutory holidays', () => {
  it('flags a task starting on 国庆 and one ending on it, naming the holiday', () => {
    const problems = check([
      makeTask('kv', '2026-10-01', '2026-10-09', { title: '主视觉定稿' }),
      makeTask('ads', '2026-09-28', '2026-10-03', { title: '投放排期' }),
      makeTask('ok', '2026-09-21', '2026-09-24'),
      makeTask('over', '2026-09-29', '2026-10-09'), // runs over the holiday but starts and ends on workdays
    ]);
    expect(problems.map((p) => [p.kind, p.taskId, p.params.date, p.params.edge])).toEqual([
      ['onHoliday', 'kv', '2026-10-01', 'start'],
      ['onHoliday', 'ads', '2026-10-03', 'end'],
    ]);
    const titles = new Map([['kv' as TaskId, { title: '主视觉定稿' }]]);
    expect(describeProblem(problems[0]!, titles, 'zh-CN')).toContain('2026-10-01（国庆节）开始');
    expect(describeProblem(problems[0]!, titles, 'en-US')).toContain(
      'starts on 2026-10-01, National Day, a statutory holiday',
    );
  });

  it('flags 劳动节 and 春节 too, and says when the year’s arrangement is not published', () => {
    const problems = check(
      [makeTask('may', '2026-05-01', '2026-05-06'), makeTask('cny', '2027-01-20', '2027-02-06')],
      { startDate: '2026-04-01', endDate: '2027-03-01' },
    );
    expect(problems.map((p) => [p.taskId, p.params.holidayZh, p.params.provisional])).toEqual([
      ['may', '劳动节', 0],
      ['cny', '春节', 1],
    ]);
    expect(describeProblem(problems[1]!, new Map(), 'zh-CN')).toContain('安排尚未公布');
  });

  it('does not flag a 调休 working weekend', () => {
    // 2026-09-20 (Sunday) and 2026-10-10 (Saturday) are working days for 国庆
    expect(check([makeTask('swap', '2026-09-20', '2026-10-10')])).toEqual([]);
  });

  it('says nothing when the team works through holidays', () => {
    expect(check([makeTask('kv', '2026-10-01', '2026-10-09')], { worksThroughHolidays: true })).toEqual([]);
  });

  it('can be dismissed one by one; the dismissal sticks to that task and date', () => {
    const tasks = [makeTask('kv', '2026-10-01', '2026-10-09'), makeTask('ads', '2026-10-02', '2026-10-12')];
    const [first] = check(tasks);
    expect(problemKey(first!)).toBe('onHoliday:kv:2026-10-01');
    const left = check(tasks, { dismissedProblems: ['onHoliday:kv:2026-10-01'] });
    expect(left.map((p) => p.taskId)).toEqual(['ads']);
    // moved to another holiday date: a new warning
    const moved = [makeTask('kv', '2026-10-05', '2026-10-09'), tasks[1]!];
    expect(check(moved, { dismissedProblems: ['onHoliday:kv:2026-10-01'] }).map((p) => p.taskId)).toEqual([
      'kv',
      'ads',
    ]);
  });
});

describe('provisional holiday years', () => {
  it('2027 is provisional, 2026 is published, years past the data are unknown', () => {
    expect(provisionalHolidayYears('2026-09-01', '2026-11-20')).toEqual([]);
    expect(provisionalHolidayYears('2026-12-01', '2027-02-20')).toEqual([2027]);
    expect(provisionalHolidayYears('2027-12-01', '2028-01-10')).toEqual([2027, 2028]);
  });
});
