import { describe, expect, it } from 'vitest';
import type { Plan, PlanId } from '../../../shared/domain';
import { timelineMarkers } from '../../../shared/calendar/keyMoments';
import { makeTask } from '../planning/scheduling/makeTask';

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
  keyMoments: [
    { id: 'k-final', kind: 'finalPayment', label: '', date: '2026-11-10', time: '20:00' },
    { id: 'k-presale', kind: 'presaleStart', label: '预售开启（第一波）', date: '2026-10-20', time: '20:00' },
  ],
  status: 'draft',
  audience: { description: '', ageRange: '', gender: '', regions: '', habits: '' },
  notes: '',
  budgetCapMinor: null,
  contingency: null,
  blackoutDays: [],
  templateId: null,
  sourcePlanId: null,
  createdAt: '2026-07-01T00:00:00.000Z',
  updatedAt: '2026-07-01T00:00:00.000Z',
  archivedAt: null,
  deletedAt: null,
};

const tasks = [
  makeTask('freeze', '2026-10-20', '2026-10-20', { title: '物料定稿', isMilestone: true }),
  makeTask('work', '2026-10-01', '2026-10-05', { title: '主视觉 KV 设计' }),
  makeTask('zero', '2026-11-11', '2026-11-11', {
    title: '零点开抢',
    isMilestone: true,
    milestoneTime: '00:00',
  }),
  makeTask('gone', '2026-10-25', '2026-10-25', {
    title: '取消的里程碑',
    isMilestone: true,
    status: 'cancelled',
  }),
];

describe('timelineMarkers', () => {
  it('lists key moments, the peak day and milestones in time order', () => {
    expect(
      timelineMarkers(plan, tasks, 'zh-CN').map((m) => [m.date, m.time, m.kind, m.label, m.taskId]),
    ).toEqual([
      ['2026-10-20', null, 'milestone', '物料定稿', 'freeze'],
      ['2026-10-20', '20:00', 'presaleStart', '预售开启（第一波）', null],
      ['2026-11-10', '20:00', 'finalPayment', '付尾款', null],
      ['2026-11-11', null, 'peak', '爆发日', null],
      ['2026-11-11', '00:00', 'milestone', '零点开抢', 'zero'],
    ]);
  });

  it('names empty labels in English and does not repeat a peak already marked', () => {
    const withPeak: Plan = {
      ...plan,
      keyMoments: [
        ...plan.keyMoments,
        { id: 'k-peak', kind: 'peak', label: '', date: '2026-11-11', time: '00:00' },
      ],
    };
    const markers = timelineMarkers(withPeak, [], 'en-US');
    expect(markers.map((m) => m.label)).toEqual(['预售开启（第一波）', 'Final payment', 'Peak day']);
  });
});
