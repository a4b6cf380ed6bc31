import { describe, expect, it } from 'vitest';
import type { Plan, PlanId } from '../../../../shared/domain';
import {
  describeProblem,
  findScheduleProblems,
  type ScheduleProblem,
} from '../../../../shared/planning/scheduling/problems';
import { createPlanFromTemplate } from '../../../../shared/planning/createPlan';
import { templates } from '../../../../shared/templates';
import { generateLargePlan } from '../../../bench/fixtures/generatePlan';
import { byId, fs, makeTask, ss } from './makeTask';

const plan: Plan = {
  id: 'plan-1' as PlanId,
  name: '2026 双11',
  theme: '',
  type: 'double11',
  platforms: [],
  currency: 'CNY',
  startDate: '2026-10-01',
  endDate: '2026-11-20',
  peakDate: '2026-11-11',
  keyMoments: [],
  status: 'draft',
  audience: { description: '', ageRange: '', gender: '', regions: '', habits: '' },
  notes: '',
  budgetCapMinor: null,
  contingency: null,
  blackoutDays: ['2026-10-15'],
  // These checks are about links, dates and owners; holidays have their own tests (holidayProblems.test.ts).
  worksThroughHolidays: true,
  templateId: null,
  sourcePlanId: null,
  createdAt: '2026-07-01T00:00:00.000Z',
  updatedAt: '2026-07-01T00:00:00.000Z',
  archivedAt: null,
  deletedAt: null,
};

const check = (tasks: ReturnType<typeof makeTask>[], maxOverlapPerOwner?: number) =>
  findScheduleProblems({ plan, phases: [], tasks }, { maxOverlapPerOwner });

const kinds = (problems: ScheduleProblem[]) => problems.map((problem) => problem.kind);

describe('findScheduleProblems', () => {
  it('finds nothing wrong in a sound schedule', () => {
    const tasks = [
      makeTask('a', '2026-10-01', '2026-10-03', { owner: '李娜' }),
      makeTask('b', '2026-10-04', '2026-10-05', { owner: '李娜', predecessors: [fs('a')] }),
      makeTask('m', '2026-10-06', '2026-10-06', { isMilestone: true, predecessors: [fs('b')] }),
    ];
    expect(check(tasks)).toEqual([]);
  });

  it('flags a task outside the campaign dates', () => {
    const problems = check([makeTask('early', '2026-09-28', '2026-10-02')]);
    expect(problems).toEqual([
      {
        kind: 'outsideCampaign',
        taskId: 'early',
        relatedTaskIds: [],
        severity: 'warning',
        params: {
          start: '2026-09-28',
          end: '2026-10-02',
          campaignStart: '2026-10-01',
          campaignEnd: '2026-11-20',
        },
      },
    ]);
  });

  it('flags a task that ends after the milestone it feeds', () => {
    const tasks = [
      makeTask('kv', '2026-10-05', '2026-10-12', { title: '主视觉 KV 设计' }),
      makeTask('freeze', '2026-10-10', '2026-10-10', {
        title: '物料定稿',
        isMilestone: true,
        predecessors: [fs('kv')],
      }),
    ];
    const problems = check(tasks);
    expect(problems).toEqual([
      {
        kind: 'afterMilestone',
        taskId: 'kv',
        relatedTaskIds: ['freeze'],
        severity: 'error',
        params: { taskEnd: '2026-10-12', milestoneDate: '2026-10-10' },
      },
    ]);
    expect(describeProblem(problems[0] as ScheduleProblem, byId(tasks), 'zh-CN')).toBe(
      '「主视觉 KV 设计」在 2026-10-12 结束，晚于它所支撑的里程碑「物料定稿」（2026-10-10）。',
    );
    expect(describeProblem(problems[0] as ScheduleProblem, byId(tasks), 'en-US')).toBe(
      '“主视觉 KV 设计” ends on 2026-10-12, after the milestone it feeds, “物料定稿” (2026-10-10).',
    );
  });

  it('lets work linked start-to-start to a milestone run on past it', () => {
    const tasks = [
      makeTask('warRoom', '2026-11-10', '2026-11-12'),
      makeTask('peak', '2026-11-11', '2026-11-11', { isMilestone: true, predecessors: [ss('warRoom')] }),
    ];
    expect(check(tasks)).toEqual([]);
  });

  it('finds no problem in a plan fresh from any template', () => {
    for (const template of templates) {
      const doc = createPlanFromTemplate({
        templateId: template.id,
        peakDate: '2026-11-11',
        locale: 'zh-CN',
        now: new Date('2026-09-01T09:00:00Z'),
      });
      const problems = findScheduleProblems({ plan: doc.plan, phases: doc.phases, tasks: doc.tasks });
      // Tasks the peak happens to put on 国庆 are a judgement for the planner (holidayProblems.test.ts).
      expect(
        problems.filter((p) => p.kind !== 'onHoliday').map((p) => `${template.id}: ${p.kind} ${p.taskId}`),
      ).toEqual([]);
    }
  });

  it('flags a successor that starts before its predecessor allows', () => {
    const tasks = [
      makeTask('a', '2026-10-01', '2026-10-03'),
      makeTask('b', '2026-10-04', '2026-10-05', { predecessors: [fs('a', 2)] }),
    ];
    const problems = check(tasks);
    expect(problems).toEqual([
      {
        kind: 'dependencyViolated',
        taskId: 'b',
        relatedTaskIds: ['a'],
        severity: 'error',
        params: { type: 'FS', lagDays: 2, start: '2026-10-04', earliestStart: '2026-10-06' },
      },
    ]);
    expect(describeProblem(problems[0] as ScheduleProblem, byId(tasks), 'en-US')).toBe(
      '“b” starts on 2026-10-04, before 2026-10-06, the earliest its predecessor “a” allows after its finish.',
    );
  });

  it('flags a task over one of the plan’s blackout days', () => {
    const tasks = [makeTask('stock', '2026-10-14', '2026-10-16'), makeTask('ok', '2026-10-16', '2026-10-18')];
    const problems = check(tasks);
    expect(kinds(problems)).toEqual(['onBlackoutDay']);
    expect(problems[0]?.params).toEqual({ date: '2026-10-15' });
    expect(describeProblem(problems[0] as ScheduleProblem, byId(tasks), 'zh-CN')).toBe(
      '「stock」排在了禁排日 2026-10-15。',
    );
  });

  it('flags an owner with more overlapping tasks than the limit, once per overloaded stretch', () => {
    const tasks = [
      makeTask('t1', '2026-10-01', '2026-10-10', { owner: '李娜' }),
      makeTask('t2', '2026-10-03', '2026-10-06', { owner: '李娜' }),
      makeTask('t3', '2026-10-05', '2026-10-08', { owner: '李娜' }),
      makeTask('t4', '2026-10-06', '2026-10-07', { owner: ' 李娜 ' }),
      makeTask('t5', '2026-10-06', '2026-10-06', { owner: '王芳' }),
      makeTask('m', '2026-10-06', '2026-10-06', { owner: '李娜', isMilestone: true }),
    ];
    // 李娜 has t1, t2, t3 and t4 on 10-06; t2 ends on 10-06, so 10-07 has three again.
    const problems = check(tasks);
    expect(problems).toEqual([
      {
        kind: 'ownerOverload',
        taskId: 't1',
        relatedTaskIds: ['t2', 't3', 't4'],
        severity: 'warning',
        params: { owner: '李娜', from: '2026-10-06', to: '2026-10-06', count: 4, limit: 3 },
      },
    ]);
    expect(describeProblem(problems[0] as ScheduleProblem, byId(tasks), 'zh-CN')).toBe(
      '李娜 在 2026-10-06 同时有 4 项任务（上限 3 项）。',
    );
    expect(describeProblem(check(tasks, 2)[0] as ScheduleProblem, byId(tasks), 'en-US')).toBe(
      '李娜 has 4 tasks at once from 2026-10-05 to 2026-10-07 (limit 2).',
    );
    // With a limit of 2, the stretch is 10-05 to 10-07 (t1, t3 and t2 or t4 each day).
    expect(check(tasks, 2).map((problem) => [problem.params.from, problem.params.to])).toEqual([
      ['2026-10-05', '2026-10-07'],
    ]);
  });

  it('reports a loop first, as an error naming the loop', () => {
    const tasks = [
      makeTask('a', '2026-10-01', '2026-10-20', { title: '选品', predecessors: [fs('b')] }),
      makeTask('b', '2026-10-02', '2026-10-03', { title: '备货', predecessors: [fs('a')] }),
    ];
    const problems = check(tasks);
    expect(problems[0]).toMatchObject({ kind: 'loop', severity: 'error', params: { length: 2 } });
    expect(describeProblem(problems[0] as ScheduleProblem, byId(tasks), 'zh-CN')).toMatch(
      /^依赖形成了循环，无法排期：「(选品 → 备货 → 选品|备货 → 选品 → 备货)」$/,
    );
  });

  it('ignores cancelled tasks', () => {
    expect(check([makeTask('x', '2026-09-01', '2026-09-02', { status: 'cancelled' })])).toEqual([]);
  });

  it('lists errors before warnings', () => {
    const tasks = [
      makeTask('late', '2026-11-19', '2026-11-25'),
      makeTask('a', '2026-10-01', '2026-10-03'),
      makeTask('b', '2026-10-02', '2026-10-05', { predecessors: [fs('a')] }),
    ];
    expect(kinds(check(tasks))).toEqual(['dependencyViolated', 'outsideCampaign']);
  });

  it('finds no link problems in the loop-free bench plan', () => {
    const doc = generateLargePlan({ tasks: 2000, links: 1500, seed: 3 });
    const problems = findScheduleProblems({ plan: doc.plan, phases: doc.phases, tasks: doc.tasks });
    const found = new Set(kinds(problems));
    expect(found.has('loop')).toBe(false);
    expect(found.has('dependencyViolated')).toBe(false);
    expect(found.has('afterMilestone')).toBe(false);
    expect(found.has('outsideCampaign')).toBe(false);
  });
});
