import { describe, expect, it } from 'vitest';
import { newId, planDocumentSchema, type PlanDocument, type TaskId } from '../../../shared/domain';
import { isWorkingDay } from '../../../shared/calendar/holidaysCN';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import {
  holidayMove,
  nextPeakDate,
  previewRollForward,
  rollForward,
  scaleMinor,
} from '../../../shared/planning/rollForward';

/**
 * Hand-worked values of docs/roll-forward.md: a 双11 2026 plan rolled to 2027-11-11 (365 days),
 * with tasks that land on the 2027 国庆 days (provisional data: 10-01 Fri … 10-03 Sun).
 */
const now = new Date('2026-12-04T10:00:00Z');

function double11Of2026() {
  const base = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale: 'zh-CN',
    now: new Date('2026-08-01T00:00:00Z'),
  });
  const planId = base.plan.id;
  const task = (title: string, startDate: string, endDate: string) => ({
    id: newId<TaskId>(),
    planId,
    title,
    startDate,
    endDate,
    progress: 1,
    status: 'done',
    order: 1000,
  });
  const onSaturday = task('到货入库', '2026-10-02', '2026-10-02'); // → 2027-10-02 Sat, 国庆
  const onSunday = task('直播间搭建', '2026-10-03', '2026-10-03'); // → 2027-10-03 Sun, 国庆
  const endsOnHoliday = task('详情页改版', '2026-09-29', '2026-10-01'); // → ends 2027-10-01
  const plain = task('主视觉冻结', '2026-10-28', '2026-10-28'); // → 2027-10-28 Thu
  const weekend = task('周末巡检', '2026-11-06', '2026-11-06'); // → 2027-11-06 Sat, not a holiday
  const gmvGoal = {
    id: newId<never>(),
    planId,
    title: 'GMV ¥100万',
    metric: 'gmv',
    unit: 'money',
    target: 100_000_000,
    baseline: 60_000_000,
    order: 0,
  };
  const cvrGoal = {
    id: newId<never>(),
    planId,
    title: '转化率 5%',
    metric: 'conversion',
    unit: 'rate',
    target: 0.05,
    order: 1,
  };
  const day = (date: string, uv: number, buyers: number, gmvMinor: number) => ({
    id: newId<never>(),
    planId,
    date,
    uv,
    buyers,
    gmvMinor,
  });
  const lesson = (kind: string, text: string, dueDate: string | null, order: number) => ({
    id: newId<never>(),
    planId,
    kind,
    text,
    owner: '王芳',
    dueDate,
    order,
  });
  const didNotWork = lesson('didNotWork', '客服排班不足，零点咨询排队', null, 0);
  const action = lesson('action', '提前两周做压测', '2026-10-20', 1);
  const worked = lesson('worked', '预售定金膨胀拉新有效', null, 2);
  const line = (item: string, plannedMinor: number, extra: object = {}) => ({
    id: newId<never>(),
    planId,
    item,
    plannedMinor,
    committedMinor: plannedMinor,
    actualMinor: plannedMinor,
    ...extra,
  });
  const doc: PlanDocument = planDocumentSchema.parse({
    ...base,
    tasks: [...base.tasks, onSaturday, onSunday, endsOnHoliday, plain, weekend],
    goals: [gmvGoal, cvrGoal],
    actuals: [day('2026-11-10', 10_000, 300, 30_000_000), day('2026-11-11', 10_000, 500, 50_000_000)],
    lessons: [didNotWork, action, worked],
    budgetLines: [
      line('信息流', 1_234_567),
      line('零头', 2),
      line('退款冲回', -2),
      line('KOL 3 位', 999, { unitPriceMinor: 333, quantity: 3 }),
    ],
  });
  return {
    doc,
    onSaturday,
    onSunday,
    endsOnHoliday,
    plain,
    weekend,
    gmvGoal,
    cvrGoal,
    didNotWork,
    action,
    worked,
  };
}

describe('roll forward: the new peak', () => {
  it('defaults to the same campaign next year', () => {
    expect(nextPeakDate({ type: 'double11', peakDate: '2026-11-11' })).toBe('2027-11-11');
    expect(nextPeakDate({ type: 'mid618', peakDate: '2026-06-18' })).toBe('2027-06-18');
    expect(nextPeakDate({ type: 'double12', peakDate: '2026-12-12' })).toBe('2027-12-12');
    // 2027: Nov 1 is a Monday, the fourth Thursday the 25th, Black Friday the 26th.
    expect(nextPeakDate({ type: 'blackFriday', peakDate: '2026-11-27' })).toBe('2027-11-26');
    // 春节 2027-02-06, three weeks before.
    expect(nextPeakDate({ type: 'newYear', peakDate: '2026-01-27' })).toBe('2027-01-16');
    expect(nextPeakDate({ type: 'memberDay', peakDate: '2028-02-29' })).toBe('2029-02-28');
  });
});

describe('roll forward: tasks off the holidays', () => {
  it('moves a task to the nearest working day, the earlier one on a tie', () => {
    expect(holidayMove('2027-10-02', '2027-10-02')).toEqual({ days: -2, holiday: '2027-10-02' });
    expect(holidayMove('2027-10-03', '2027-10-03')).toEqual({ days: 1, holiday: '2027-10-03' });
    expect(holidayMove('2027-09-29', '2027-10-01')).toEqual({ days: -1, holiday: '2027-10-01' });
    expect(holidayMove('2027-11-06', '2027-11-06')).toBeNull();
  });

  it('lists every moved task with its old, shifted and moved dates before creating', () => {
    const { doc, onSaturday, onSunday, endsOnHoliday, plain, weekend } = double11Of2026();
    const preview = previewRollForward(doc, '2027-11-11');
    expect(preview.offsetDays).toBe(365);
    expect(preview.provisionalYears).toEqual([2027]);
    const row = (id: string) => preview.holidayMoves.find((r) => r.taskId === id);
    expect(row(onSaturday.id)).toMatchObject({
      oldStart: '2026-10-02',
      shiftedStart: '2027-10-02',
      movedStart: '2027-09-30',
      movedEnd: '2027-09-30',
      holiday: { zh: '国庆节', en: 'National Day' },
      isProvisional: true,
    });
    expect(row(onSunday.id)).toMatchObject({ shiftedStart: '2027-10-03', movedStart: '2027-10-04' });
    expect(row(endsOnHoliday.id)).toMatchObject({
      shiftedEnd: '2027-10-01',
      movedStart: '2027-09-28',
      movedEnd: '2027-09-30',
    });
    expect(row(plain.id)).toBeUndefined();
    expect(row(weekend.id)).toBeUndefined();
    for (const r of preview.holidayMoves)
      expect(isWorkingDay(r.movedStart!) || isWorkingDay(r.movedEnd!)).toBe(true);
  });

  it('creates the plan with the peak and tasks moved, keeping what the planner unticked, source untouched', () => {
    const { doc, onSaturday, onSunday, plain, weekend } = double11Of2026();
    const before = JSON.stringify(doc);
    const next = rollForward(doc, {
      newPeakDate: '2027-11-11',
      name: '2027 双11',
      now,
      keepOnHoliday: [onSunday.id],
    });
    expect(JSON.stringify(doc)).toBe(before);
    expect(next.plan.id).not.toBe(doc.plan.id);
    expect(next.plan.peakDate).toBe('2027-11-11');
    expect(next.plan.sourcePlanId).toBe(doc.plan.id);
    const at = (id: string) => next.tasks[doc.tasks.findIndex((t) => t.id === id)]!;
    expect([at(onSaturday.id).startDate, at(onSaturday.id).status, at(onSaturday.id).progress]).toEqual([
      '2027-09-30',
      'todo',
      0,
    ]);
    expect(at(onSunday.id).startDate).toBe('2027-10-03');
    expect(at(plain.id).startDate).toBe('2027-10-28');
    expect(at(weekend.id).startDate).toBe('2027-11-06');
  });
});

describe('roll forward: goals, lessons, budget', () => {
  it("offers last year's actuals from the figures engine and writes the ticked ones as baselines", () => {
    const { doc, gmvGoal, cvrGoal } = double11Of2026();
    const preview = previewRollForward(doc, '2027-11-11');
    // GMV = 30,000,000 + 50,000,000 fen; conversion = (300 + 500) ÷ (10,000 + 10,000) = 0.04.
    expect(preview.goals.map((g) => [g.goalId, g.actual])).toEqual([
      [gmvGoal.id, 80_000_000],
      [cvrGoal.id, 0.04],
    ]);
    const next = rollForward(doc, {
      newPeakDate: '2027-11-11',
      name: '2027 双11',
      now,
      baselineFromActual: [gmvGoal.id],
      baselinePeriod: '2026 双11 实际',
    });
    expect(next.goals.map((g) => [g.baseline, g.baselinePeriod, g.target])).toEqual([
      [80_000_000, '2026 双11 实际', 100_000_000],
      [null, '', 0.05],
    ]);
  });

  it('carries lessons in as the planner picks: a task, a checklist item, or not at all', () => {
    const { doc, didNotWork, action, worked } = double11Of2026();
    const next = rollForward(doc, {
      newPeakDate: '2027-11-11',
      name: '2027 双11',
      now,
      lessonCarry: { [didNotWork.id]: 'task', [action.id]: 'checklist', [worked.id]: 'skip' },
      lessonNote: '来自 2026 双11 复盘',
    });
    expect(next.lessons).toEqual([]);
    const carried = next.tasks.filter((t) => t.notes === '来自 2026 双11 复盘');
    const firstPhase = [...next.phases].sort((a, b) => a.order - b.order)[0]!;
    expect(carried.map((t) => [t.title, t.owner, t.startDate, t.phaseId])).toEqual([
      ['客服排班不足，零点咨询排队', '王芳', firstPhase.startDate, firstPhase.id],
    ]);
    const items = next.checklist.filter((c) => c.notes === '来自 2026 双11 复盘');
    expect(items.map((c) => [c.title, c.dueDate])).toEqual([['提前两周做压测', '2027-10-20']]);
    expect(next.tasks.some((t) => t.title === worked.text)).toBe(false);
  });

  it('keeps budget amounts, or scales them by the documented rounding rule', () => {
    const { doc } = double11Of2026();
    const kept = rollForward(doc, { newPeakDate: '2027-11-11', name: 'a', now });
    expect(kept.budgetLines.map((l) => [l.plannedMinor, l.committedMinor, l.actualMinor])).toEqual([
      [1_234_567, 0, null],
      [2, 0, null],
      [-2, 0, null],
      [999, 0, null],
    ]);
    const up = rollForward(doc, { newPeakDate: '2027-11-11', name: 'a', now, budgetScalePercent: 7.5 });
    // 1,234,567 × 1.075 = 1,327,159.525 → 1,327,160; 2 × 1.075 = 2.15 → 2; −2.15 → −2;
    // unit 333 × 1.075 = 357.975 → 358, × 3 = 1,074.
    expect(up.budgetLines.map((l) => l.plannedMinor)).toEqual([1_327_160, 2, -2, 1_074]);
    expect(up.budgetLines[3]!.unitPriceMinor).toBe(358);
    expect(scaleMinor(2, 25)).toBe(3);
    expect(scaleMinor(-2, 25)).toBe(-3);
    expect(scaleMinor(2, -25)).toBe(2);
    expect(scaleMinor(333, 10)).toBe(366);
    expect(scaleMinor(100_000, -100)).toBe(0);
    expect(() => scaleMinor(100, 7.125)).toThrow(/two decimals/);
    expect(() => scaleMinor(100, -101)).toThrow(/outside/);
  });

  it('makes the source plan the new review’s last-year baseline and moves a before-range (§6)', () => {
    const { doc } = double11Of2026();
    const bare = rollForward(doc, { newPeakDate: '2027-11-11', name: 'a', now });
    expect(bare.review?.planId).toBe(bare.plan.id);
    expect(bare.review?.baselines).toEqual([
      { id: expect.any(String), kind: 'lastYear', name: doc.plan.name, sourcePlanId: doc.plan.id },
    ]);

    const reviewed: PlanDocument = planDocumentSchema.parse({
      ...doc,
      review: {
        planId: doc.plan.id,
        baselines: [
          { id: 'b1', kind: 'before', name: '国庆前两周', from: '2026-10-01', to: '2026-10-14' },
          { id: 'b2', kind: 'lastYear', name: '2025 双11', sourcePlanId: newId() },
          { id: 'b3', kind: 'longTail', name: '长尾', weeks: 6, compareWithId: 'b1' },
        ],
      },
    });
    const rolled = rollForward(reviewed, { newPeakDate: '2027-11-11', name: 'a', now });
    expect(rolled.review?.baselines).toEqual([
      { id: expect.any(String), kind: 'lastYear', name: doc.plan.name, sourcePlanId: doc.plan.id },
      { id: 'b1', kind: 'before', name: '国庆前两周', from: '2027-10-01', to: '2027-10-14' },
      { id: 'b3', kind: 'longTail', name: '长尾', weeks: 6, compareWithId: 'b1' },
    ]);
    expect(reviewed.review?.baselines?.[0]).toMatchObject({ from: '2026-10-01' }); // source untouched
  });
});
