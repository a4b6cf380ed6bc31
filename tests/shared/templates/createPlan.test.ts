import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, planDocumentSchema, type PlanDocument, type Task } from '../../../shared/domain';
import { createBlankPlan, createPlanFromTemplate } from '../../../shared/planning/createPlan';
import { checkGoalSmart } from '../../../shared/planning/smart';
import { getTemplate, templates } from '../../../shared/templates';

const now = new Date('2026-08-01T09:30:00.000Z');

/** Tasks keep the template's order, so a template key finds its task in the created plan. */
function taskFor(doc: PlanDocument, key: string): Task {
  const template = getTemplate(doc.plan.templateId ?? '')!;
  const index = template.tasks.findIndex((t) => t.key === key);
  const task = doc.tasks[index];
  if (index < 0 || !task) throw new Error(`no task ${key}`);
  return task;
}

describe('createPlanFromTemplate: 双11 with the peak on 2026-11-11', () => {
  const zh = createPlanFromTemplate({ templateId: 'double11', peakDate: '2026-11-11', locale: 'zh-CN', now });
  const en = createPlanFromTemplate({ templateId: 'double11', peakDate: '2026-11-11', locale: 'en-US', now });

  it('puts the peak milestone on 11-11 at 00:00 and the stress test a week before, on 11-04', () => {
    expect(taskFor(zh, 'peak')).toMatchObject({
      title: '双11 零点开抢',
      startDate: '2026-11-11',
      endDate: '2026-11-11',
      isMilestone: true,
      milestoneTime: '00:00',
    });
    expect(taskFor(en, 'peak').title).toBe('双11 peak: sales open at 00:00');
    expect(taskFor(zh, 'fullStressTest')).toMatchObject({
      title: '全链路压测与零点演练',
      startDate: '2026-11-04',
      endDate: '2026-11-04',
      workstream: 'tech',
      owner: '技术负责人',
    });
    expect(taskFor(en, 'fullStressTest')).toMatchObject({
      title: 'Full-link stress test and 00:00 drill',
      owner: 'Tech lead',
    });
  });

  it('dates the other anchors by hand-counted offsets', () => {
    expect(taskFor(zh, 'presaleStart')).toMatchObject({ startDate: '2026-10-24', milestoneTime: '20:00' });
    expect(taskFor(zh, 'firstWave')).toMatchObject({ startDate: '2026-10-31', milestoneTime: '20:00' });
    expect(taskFor(zh, 'materialFreeze').startDate).toBe('2026-10-28');
    expect(taskFor(zh, 'warRoom')).toMatchObject({ startDate: '2026-11-10', endDate: '2026-11-12' });
    expect(taskFor(zh, 'reviewMeeting').startDate).toBe('2026-11-18');
    expect(zh.plan).toMatchObject({
      startDate: '2026-09-12',
      endDate: '2026-11-21',
      peakDate: '2026-11-11',
      templateId: 'double11',
      currency: 'CNY',
      type: 'double11',
      name: '2026 双11 全周期大促',
      createdAt: '2026-08-01T09:30:00.000Z',
    });
    expect(en.plan.name).toBe('双11 (Singles’ Day) full campaign 2026');
    expect(zh.plan.keyMoments.map((m) => [m.kind, m.date, m.time])).toEqual([
      ['presaleStart', '2026-10-24', '20:00'],
      ['finalPayment', '2026-10-31', '20:00'],
      ['firstWave', '2026-10-31', '20:00'],
      ['peak', '2026-11-11', '00:00'],
    ]);
    expect(zh.phases.map((p) => [p.name, p.startDate, p.endDate])[0]).toEqual([
      '筹备期',
      '2026-09-12',
      '2026-10-16',
    ]);
  });

  it('maps predecessors, phases and channels to the new ids', () => {
    const ids = new Set(zh.tasks.map((t) => t.id));
    expect(ids.size).toBe(zh.tasks.length);
    const peak = taskFor(zh, 'peak');
    expect(peak.predecessors.map((d) => [d.taskId, d.type])).toEqual([
      [taskFor(zh, 'fullStressTest').id, 'FS'],
      [taskFor(zh, 'peakCouponTest').id, 'FS'],
      [taskFor(zh, 'warRoom').id, 'SS'],
    ]);
    const phaseIds = new Set(zh.phases.map((p) => p.id));
    const channelIds = new Set(zh.channels.map((c) => c.id));
    for (const t of zh.tasks) {
      for (const d of t.predecessors) expect(ids.has(d.taskId)).toBe(true);
      expect(phaseIds.has(t.phaseId!)).toBe(true);
      if (t.channelId !== null) expect(channelIds.has(t.channelId)).toBe(true);
      expect(t.planId).toBe(zh.plan.id);
    }
    expect(taskFor(zh, 'encoreCampaign').channelId).toBe(
      zh.channels.find((c) => c.name === '短信与 Push 触达')!.id,
    );
  });

  it('leaves targets, baselines and amounts to the planner, so the SMART check says so', () => {
    expect(zh.goals.length).toBeGreaterThan(0);
    for (const g of zh.goals) {
      expect(g).toMatchObject({ target: null, baseline: null });
      expect(checkGoalSmart(g)).toEqual({ isSmart: false, missing: ['target', 'baseline'], conflicts: [] });
    }
    expect(zh.goals[0]).toMatchObject({ metric: 'gmv', unit: 'money', deadline: '2026-11-14' });
    expect(zh.budgetCategories.map((c) => c.key)).toContain('reserve');
    expect(zh.budgetLines).toEqual([]);
    expect(zh.channels.every((c) => c.plannedSpendMinor === null)).toBe(true);
    expect(zh.checklist.find((c) => c.category === 'tech')!.dueDate).toBe('2026-11-04');
  });
});

describe('createPlanFromTemplate: every template, in both languages', () => {
  const peaks = ['2026-11-11', '2027-06-18', '2026-11-27', '2027-01-20', '2026-09-15', '2028-02-29'];
  it.each(templates.flatMap((t) => peaks.map((p) => [t.id, p] as const)))(
    '%s at %s passes the document schema',
    (id, peak) => {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const doc = createPlanFromTemplate({ templateId: id, peakDate: peak, locale, now });
        expect(planDocumentSchema.parse(doc)).toEqual(doc);
        expect(doc.plan.peakDate).toBe(peak);
        expect(
          doc.tasks.every((t) => t.startDate >= doc.plan.startDate && t.endDate <= doc.plan.endDate),
        ).toBe(true);
        const texts = [
          ...doc.tasks.map((t) => t.title),
          ...doc.risks.map((r) => r.contingency),
          ...doc.checklist.map((c) => c.title),
        ];
        const han = /[\u4e00-\u9fff]/;
        if (locale === 'en-US') expect(texts.filter((s) => han.test(s) && !/双11|618/.test(s))).toEqual([]);
        else expect(texts.every((s) => s.length > 0)).toBe(true);
      }
    },
  );

  it('keeps every link satisfied in real dates for any peak date (predecessors point at the right tasks)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates.map((t) => t.id)),
        fc.integer({ min: 0, max: 365 * 30 }),
        (id, dayNumber) => {
          const doc = createPlanFromTemplate({
            templateId: id,
            peakDate: addDays('2000-01-01', dayNumber),
            locale: 'en-US',
            now,
          });
          const byId = new Map(doc.tasks.map((t) => [t.id, t]));
          for (const t of doc.tasks) {
            for (const d of t.predecessors) {
              const before = byId.get(d.taskId)!;
              const earliest =
                d.type === 'FS'
                  ? addDays(before.endDate, 1 + d.lagDays)
                  : addDays(before.startDate, d.lagDays);
              expect(t.startDate >= earliest, `${t.title} after ${before.title}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('uses USD and Amazon/Shopify for 黑五', () => {
    const doc = createPlanFromTemplate({
      templateId: 'blackFriday',
      peakDate: '2026-11-27',
      locale: 'en-US',
      now,
    });
    expect(doc.plan.currency).toBe('USD');
    expect(doc.plan.platforms).toEqual(expect.arrayContaining(['amazon', 'shopify']));
  });

  it('refuses an unknown template, a date that does not exist and an empty name', () => {
    expect(() =>
      createPlanFromTemplate({ templateId: 'x', peakDate: '2026-11-11', locale: 'zh-CN', now }),
    ).toThrow('Template: unknown template id "x".');
    expect(() =>
      createPlanFromTemplate({ templateId: 'double11', peakDate: '2026-02-30', locale: 'zh-CN', now }),
    ).toThrow('Peak date: "2026-02-30" is not a real date');
    expect(() =>
      createPlanFromTemplate({
        templateId: 'double11',
        peakDate: '2026-11-11',
        name: '  ',
        locale: 'zh-CN',
        now,
      }),
    ).toThrow('Plan name: must not be empty.');
  });
});

describe('createBlankPlan', () => {
  it('makes an empty plan around the peak with the type’s usual span and currency', () => {
    const doc = createBlankPlan({
      name: ' 2026 双11 ',
      type: 'double11',
      peakDate: '2026-11-11',
      locale: 'zh-CN',
      now,
    });
    expect(planDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.plan).toMatchObject({
      name: '2026 双11',
      startDate: '2026-09-12',
      endDate: '2026-11-21',
      currency: 'CNY',
      templateId: null,
      status: 'draft',
    });
    expect(doc.plan.keyMoments).toEqual([
      { id: expect.any(String), kind: 'peak', label: '高峰日', date: '2026-11-11', time: null },
    ]);
    expect(doc.tasks).toEqual([]);
    expect(doc.goals).toEqual([]);
  });

  it('spans a month before and a week after for a type without a template, in the chosen currency', () => {
    const doc = createBlankPlan({
      name: 'Brand day',
      type: 'brandDay',
      peakDate: '2026-03-01',
      currency: 'EUR',
      locale: 'en-US',
      now,
    });
    expect(doc.plan).toMatchObject({
      startDate: '2026-01-30',
      endDate: '2026-03-08',
      currency: 'EUR',
      platforms: [],
    });
    expect(doc.plan.keyMoments[0]!.label).toBe('Peak day');
  });

  it('takes USD for a blank 黑五 plan unless told otherwise', () => {
    const doc = createBlankPlan({
      name: 'BFCM',
      type: 'blackFriday',
      peakDate: '2026-11-27',
      locale: 'en-US',
      now,
    });
    expect(doc.plan.currency).toBe('USD');
  });
});
