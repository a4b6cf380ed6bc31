import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import {
  addDays,
  diffDays,
  isoDateSchema,
  newId,
  planDocumentSchema,
  type PlanDocument,
} from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import { duplicatePlan, shiftDocumentDates } from '../../../shared/planning/duplicate';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const now = new Date('2026-08-01T09:30:00.000Z');

/** Last year's 双11 as a planner would have left it: every kind of record, every date field filled. */
function lastYearsDouble11(): PlanDocument {
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2025-11-11',
    locale: 'zh-CN',
    now: new Date('2025-08-01T00:00:00Z'),
  });
  const planId = doc.plan.id;
  const [prep, , , , , burst] = doc.phases;
  const [firstCategory] = doc.budgetCategories;
  const [firstChannel] = doc.channels;
  const productA = {
    id: newId<never>(),
    planId,
    sku: 'A-001',
    name: '保温杯',
    stock: 5000,
    safetyStock: 500,
  };
  const productB = { id: newId<never>(), planId, sku: 'B-002', name: '礼盒', stock: 800, safetyStock: 80 };
  const flash = {
    id: newId<never>(),
    planId,
    name: '零点秒杀',
    mechanic: {
      kind: 'flashSale',
      regularPriceMinor: 19900,
      flashPriceMinor: 9900,
      quantity: 500,
      slots: [
        { date: '2025-11-11', start: '00:00', end: '00:30' },
        { date: '2025-11-11', start: '20:00', end: '20:30' },
      ],
    },
    productIds: [productA.id],
    phaseId: burst!.id,
    startDate: '2025-11-10',
    endDate: '2025-11-11',
  };
  const coupon = {
    id: newId<never>(),
    planId,
    name: '满300减50 店铺券',
    mechanic: {
      kind: 'coupon',
      faceValueMinor: 5000,
      thresholdMinor: 30000,
      issued: 20000,
      redemptionRate: 0.3,
    },
    productIds: [productA.id, productB.id],
    phaseId: prep!.id,
    startDate: '2025-10-24',
    endDate: '2025-11-13',
  };
  const goal = { ...doc.goals[0]!, target: 300_000_000, baseline: 250_000_000 };
  const raw = {
    ...doc,
    plan: {
      ...doc.plan,
      blackoutDays: ['2025-10-01', '2025-10-02'],
      keyMoments: [
        ...doc.plan.keyMoments,
        { id: newId(), kind: 'custom', label: '第二波开售', date: '2025-11-10', time: '20:00' },
      ],
      status: 'done',
    },
    goals: [goal, ...doc.goals.slice(1)],
    tasks: doc.tasks.map((t, i) => ({
      ...t,
      progress: 1,
      status: 'done',
      checklist: i === 0 ? [{ id: 'a', text: '拉数据', done: true }] : [],
    })),
    products: [productA, productB],
    promotions: [flash, coupon],
    budgetLines: [
      {
        id: newId(),
        planId,
        categoryId: firstCategory!.id,
        channelId: firstChannel!.id,
        phaseId: burst!.id,
        item: '万相台 爆发期',
        plannedMinor: 50_000_00,
        committedMinor: 50_000_00,
        actualMinor: 48_000_00,
        paymentDate: '2025-11-20',
      },
      {
        id: newId(),
        planId,
        categoryId: null,
        promotionId: flash.id,
        item: '秒杀补贴',
        plannedMinor: 50_000_00,
        paymentDate: '2025-11-30',
      },
    ],
    checklist: doc.checklist.map((c) => ({ ...c, done: true })),
    risks: doc.risks.map((r) => ({ ...r, status: 'closed' })),
    actuals: [{ id: newId(), planId, date: '2025-11-11', gmvMinor: 1_000_000_00, uv: 200000 }],
    lessons: [{ id: newId(), planId, kind: 'action', text: '压测提前到 T-10', dueDate: '2026-09-30' }],
    baselines: [
      {
        id: newId(),
        planId,
        name: '审批版',
        createdAt: '2025-09-20T08:00:00.000Z',
        tasks: doc.tasks
          .slice(0, 3)
          .map((t) => ({ taskId: t.id, startDate: t.startDate, endDate: t.endDate })),
      },
    ],
    review: {
      planId,
      method: 'direct',
      indicators: [
        { id: newId(), goalId: goal.id, name: 'GMV 达成', weight: 1, membership: [0.5, 0.3, 0.2, 0] },
      ],
      summary: '整体达成 96%',
    },
  };
  return planDocumentSchema.parse(raw);
}

/** Every YYYY-MM-DD string in the document with its path (array order is kept by the functions). */
function datesIn(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string' && ISO_DATE.test(value)) out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => datesIn(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) datesIn(v, `${path}.${k}`, out);
  return out;
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

/** Unwraps .default/.nullable/.optional to see whether a field is, at heart, an isoDateSchema. */
function isDateField(schema: z.ZodType): boolean {
  let s = schema as unknown as { def: { type: string; innerType?: unknown } };
  while (['default', 'nullable', 'optional'].includes(s.def.type)) s = s.def.innerType as typeof s;
  return (s as unknown) === isoDateSchema;
}

describe('the duplicate fixture', () => {
  it('fills every top-level date field of every collection, so the date walk below misses none', () => {
    const doc = lastYearsDouble11();
    const shape = planDocumentSchema.shape;
    const collections = [
      'goals',
      'phases',
      'tasks',
      'budgetLines',
      'promotions',
      'checklist',
      'actuals',
      'lessons',
      'products',
      'risks',
      'channels',
      'budgetCategories',
      'baselines',
    ] as const;
    const planDateFields = Object.entries(shape.plan.shape)
      .filter(([, f]) => isDateField(f as z.ZodType))
      .map(([k]) => k);
    expect(planDateFields.sort()).toEqual(['endDate', 'peakDate', 'startDate']);
    for (const key of collections) {
      const element = (shape[key] as unknown as { def: { innerType: { element: z.ZodObject } } }).def
        .innerType.element;
      for (const [field, fieldSchema] of Object.entries(element.shape)) {
        if (!isDateField(fieldSchema as z.ZodType)) continue;
        const records = doc[key] as unknown as Record<string, unknown>[];
        expect(
          records.some((r) => r[field] !== null),
          `${key}.${field} is filled somewhere`,
        ).toBe(true);
      }
    }
  });
});

describe('duplicatePlan: last year’s 双11 reused for 2026', () => {
  const source = lastYearsDouble11();
  const untouched = structuredClone(source);
  const copy = duplicatePlan(source, { newPeakDate: '2026-11-11', name: '2026 双11', now });

  it('moves every date by the distance between the peaks, 365 days, and misses none', () => {
    const delta = diffDays('2025-11-11', '2026-11-11');
    expect(delta).toBe(365);
    const { actuals: _a, lessons: _l, ...kept } = source;
    const before = datesIn(kept);
    const after = datesIn(copy);
    expect(before.size).toBeGreaterThan(120);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, date] of before) expect(after.get(path), path).toBe(addDays(date, delta));
    expect(copy.plan).toMatchObject({
      peakDate: '2026-11-11',
      startDate: '2026-09-12',
      endDate: '2026-11-21',
    });
    expect(copy.promotions[0]!.mechanic).toMatchObject({
      slots: [
        { date: '2026-11-11', start: '00:00', end: '00:30' },
        { date: '2026-11-11', start: '20:00', end: '20:30' },
      ],
    });
    expect(copy.plan.keyMoments.map((m) => m.time)).toEqual(source.plan.keyMoments.map((m) => m.time));
  });

  it('gives everything a new id and remaps every reference', () => {
    const oldIds = new Set<string>([
      source.plan.id,
      ...source.plan.keyMoments.map((m) => m.id),
      ...(
        [
          'goals',
          'phases',
          'tasks',
          'channels',
          'budgetCategories',
          'budgetLines',
          'promotions',
          'products',
          'risks',
          'checklist',
          'baselines',
        ] as const
      ).flatMap((k) => (source[k] as { id: string }[]).map((r) => r.id)),
      ...source.review!.indicators.map((i) => i.id),
    ]);
    const { sourcePlanId, ...planRest } = copy.plan;
    expect(sourcePlanId).toBe(source.plan.id);
    expect(stringsIn({ ...copy, plan: planRest }).filter((s) => oldIds.has(s))).toEqual([]);

    const has = (
      k: 'tasks' | 'phases' | 'channels' | 'budgetCategories' | 'promotions' | 'products' | 'goals',
      id: string | null,
    ) => id === null || (copy[k] as { id: string }[]).some((r) => r.id === id);
    for (const t of copy.tasks) {
      expect(t.planId).toBe(copy.plan.id);
      expect(t.predecessors.every((d) => has('tasks', d.taskId))).toBe(true);
      expect(has('phases', t.phaseId) && has('channels', t.channelId)).toBe(true);
    }
    expect(copy.tasks.flatMap((t) => t.predecessors).length).toBe(
      source.tasks.flatMap((t) => t.predecessors).length,
    );
    for (const l of copy.budgetLines) {
      expect(
        has('budgetCategories', l.categoryId) && has('channels', l.channelId) && has('phases', l.phaseId),
      ).toBe(true);
      expect(has('promotions', l.promotionId)).toBe(true);
    }
    expect(copy.budgetLines[1]!.promotionId).toBe(copy.promotions[0]!.id);
    expect(copy.promotions[1]!.productIds).toEqual([copy.products[0]!.id, copy.products[1]!.id]);
    expect(copy.promotions[0]!.phaseId).toBe(copy.phases[5]!.id);
    expect(copy.baselines[0]!.tasks.map((t) => t.taskId)).toEqual(copy.tasks.slice(0, 3).map((t) => t.id));
    expect(copy.review!.indicators[0]!.goalId).toBe(copy.goals[0]!.id);
    expect(planDocumentSchema.parse(copy)).toEqual(copy);
  });

  it('leaves last year’s results with last year’s plan', () => {
    expect(copy.actuals).toEqual([]);
    expect(copy.lessons).toEqual([]);
    expect(copy.budgetLines.map((l) => [l.plannedMinor, l.committedMinor, l.actualMinor])).toEqual([
      [50_000_00, 0, null],
      [50_000_00, 0, null],
    ]);
    expect(copy.tasks.every((t) => t.status === 'todo' && t.progress === 0)).toBe(true);
    expect(copy.tasks[0]!.checklist).toEqual([{ id: expect.any(String), text: '拉数据', done: false }]);
    expect(copy.checklist.every((c) => !c.done)).toBe(true);
    expect(copy.risks.every((r) => r.status === 'open')).toBe(true);
    expect(copy.review).toMatchObject({
      summary: '',
      indicators: [{ name: 'GMV 达成', weight: 1, membership: null }],
    });
    expect(copy.plan).toMatchObject({
      name: '2026 双11',
      status: 'draft',
      createdAt: '2026-08-01T09:30:00.000Z',
    });
    expect(copy.goals[0]).toMatchObject({
      target: 300_000_000,
      baseline: 250_000_000,
      deadline: '2026-11-14',
    });
  });

  it('does not touch the source', () => {
    expect(source).toEqual(untouched);
  });

  it('refuses an impossible peak date and an empty name', () => {
    expect(() => duplicatePlan(source, { newPeakDate: '2026-13-01', name: 'x', now })).toThrow(
      'New peak date: "2026-13-01"',
    );
    expect(() => duplicatePlan(source, { newPeakDate: '2026-11-11', name: ' ', now })).toThrow(
      'Plan name: must not be empty.',
    );
  });
});

describe('shiftDocumentDates', () => {
  const source = lastYearsDouble11();

  it('moves every date including actuals and lessons, and keeps every id', () => {
    const shifted = shiftDocumentDates(source, -3);
    const before = datesIn(source);
    const after = datesIn(shifted);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, date] of before) expect(after.get(path), path).toBe(addDays(date, -3));
    expect(shifted.actuals[0]!.date).toBe('2025-11-08');
    expect(shifted.lessons[0]!.dueDate).toBe('2026-09-27');
    expect(shifted.tasks.map((t) => t.id)).toEqual(source.tasks.map((t) => t.id));
  });

  it('refuses a fractional shift', () => {
    expect(() => shiftDocumentDates(source, 1.5)).toThrow('Shift: days must be a whole number, got 1.5.');
  });

  it('gives back the same dates after +d then −d (also through duplicatePlan)', () => {
    const original = datesIn(source);
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (d) => {
        expect(datesIn(shiftDocumentDates(shiftDocumentDates(source, d), -d))).toEqual(original);
        const there = duplicatePlan(source, {
          newPeakDate: addDays(source.plan.peakDate, d),
          name: 'there',
          now,
        });
        const back = duplicatePlan(there, { newPeakDate: source.plan.peakDate, name: 'back', now });
        const { actuals: _a, lessons: _l, ...kept } = source;
        expect(datesIn(back)).toEqual(datesIn(kept));
      }),
      { numRuns: 60 },
    );
  });
});
