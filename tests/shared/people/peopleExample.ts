import { emptyDocument, planSchema, taskSchema, type PlanDocument } from '../../../shared/domain';
import type { WorkloadPerson } from '../../../shared/people/workload';

/** The worked example of docs/people.md: 3 plans, 4 people, default limit 2, 李四's own limit 1. */

type TaskSpec = [id: string, title: string, owner: string, start: string, end: string, extra?: object];

function plan(id: string, name: string, tasks: TaskSpec[]): PlanDocument {
  const doc = emptyDocument(
    planSchema.parse({
      id,
      name,
      type: 'double11',
      startDate: '2026-10-20',
      endDate: '2026-11-30',
      peakDate: '2026-11-11',
      createdAt: '2026-07-01T00:00:00.000Z',
      updatedAt: '2026-07-01T00:00:00.000Z',
    }),
  );
  doc.tasks = tasks.map(([taskId, title, owner, startDate, endDate, extra]) =>
    taskSchema.parse({ id: taskId, planId: id, title, owner, startDate, endDate, ...extra }),
  );
  return doc;
}

export const examplePeople: WorkloadPerson[] = [
  { id: 'zs', name: '张三', department: '运营' },
  { id: 'ls', name: '李四', department: '设计', limit: 1 },
  { id: 'ww', name: 'Wang Wu', department: '技术' },
  { id: 'zl', name: '赵六', department: '客服' },
];

export const EXAMPLE_DEFAULT_LIMIT = 2;

export function examplePlans(): PlanDocument[] {
  return [
    plan('A', '双11', [
      ['A1', '主会场KV', '李四', '2026-10-26', '2026-11-03'],
      ['A2', '预热投放', '张三(运营)', '2026-11-02', '2026-11-10'],
      ['A3', '压测', 'Wang Wu', '2026-11-04', '2026-11-05'],
      ['A4', '零点上线', '张三', '2026-11-11', '2026-11-11', { isMilestone: true }],
    ]),
    plan('B', '双12', [
      ['B1', '双12 KV', '李四/赵六', '2026-11-02', '2026-11-06'],
      ['B2', '选品', '张三 ', '2026-11-05', '2026-11-18'],
      ['B3', '客服培训', '赵六', '2026-11-16', '2026-11-20', { status: 'cancelled' }],
    ]),
    plan('C', '黑五', [
      ['C1', '落地页', 'ｗａｎｇ　ｗｕ', '2026-11-09', '2026-11-13'],
      ['C2', '广告', '张三、Wang Wu', '2026-11-01', '2026-11-09'],
      ['C3', '备货', '钱七', '2026-11-02', '2026-11-06'],
      ['C4', '海报', '张山', '2026-11-02', '2026-11-03'],
    ]),
  ];
}
