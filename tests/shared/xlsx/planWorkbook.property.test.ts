import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  planDocumentSchema,
  type ActualDay,
  type BudgetLine,
  type Goal,
  type PlanDocument,
  type Risk,
  type Task,
} from '../../../shared/domain';
import { exportPlanWorkbook, importFile } from '../../../shared/xlsx';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';

/** Text as planners type it, including what a spreadsheet could mistake for a formula. */
const chars = fc.constantFrom(
  ...'abcXYZ 019.,;:!?"\'<>&/\\%()[]{}#_'.split(''),
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '双',
  '十',
  '一',
  '预',
  '热',
  '¥',
  '万',
  '😀',
  '_x0041_',
  '  ',
);
const userText = fc.array(chars, { maxLength: 24 }).map((a) => a.join(''));
const formulaLike = fc.constantFrom(
  '=SUM(A1:A9)',
  '+86 138 0000',
  '-1+1',
  '@cmd',
  '\t=1',
  '\r=2',
  '\n=3',
  '=HYPERLINK("http://x","y")',
);
const anyText = fc.oneof(userText, formulaLike);
const day = fc.integer({ min: -60, max: 30 }).map((d) => addDays('2026-11-11', d));
const money = fc.integer({ min: -50_000_000, max: 900_000_000 });

const docArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 1000 }),
    name: anyText.filter((s) => s.length > 0),
    notes: anyText,
    platforms: fc.array(anyText, { maxLength: 3 }),
    tasks: fc.array(
      fc.record({
        title: anyText.filter((s) => s.length > 0),
        owner: anyText,
        notes: anyText,
        progress: fc.double({ min: 0, max: 1, noNaN: true }),
        start: day,
        len: fc.integer({ min: 0, max: 9 }),
        order: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      }),
      { maxLength: 6 },
    ),
    lines: fc.array(
      fc.record({
        item: anyText,
        planned: money,
        actual: fc.option(money),
        quantity: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true })),
        paymentDate: fc.option(day),
        vendor: anyText,
      }),
      { maxLength: 6 },
    ),
    goal: fc.record({
      title: anyText,
      target: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
      deadline: fc.option(day),
      weight: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    risk: fc.record({
      description: anyText.filter((s) => s.length > 0),
      likelihood: fc.integer({ min: 1, max: 5 }),
      mitigation: anyText,
    }),
    actual: fc.record({ date: day, uv: fc.option(fc.nat()), gmv: fc.option(money) }),
    hasReview: fc.boolean(),
    summary: anyText,
  })
  .map((r): PlanDocument => {
    const base = generateLargePlan({ tasks: 4, links: 2, seed: r.seed });
    const planId = base.plan.id;
    const tasks: Task[] = [
      ...base.tasks,
      ...r.tasks.map((t, i) => ({
        ...base.tasks[0]!,
        id: `t-${i}` as Task['id'],
        title: t.title,
        owner: t.owner,
        notes: t.notes,
        progress: t.progress,
        startDate: t.start,
        endDate: addDays(t.start, t.len),
        order: t.order === 0 ? 0 : t.order,
        predecessors: i > 0 ? [{ taskId: `t-${i - 1}` as Task['id'], type: 'SS' as const, lagDays: -i }] : [],
        checklist: [{ id: `c${i}`, text: t.notes, done: i % 2 === 0 }],
      })),
    ];
    const lines: BudgetLine[] = r.lines.map((l, i) => ({
      ...base.budgetLines[0]!,
      id: `l-${i}` as BudgetLine['id'],
      item: l.item,
      plannedMinor: l.planned,
      actualMinor: l.actual,
      quantity: l.quantity,
      paymentDate: l.paymentDate,
      vendor: l.vendor,
    }));
    const goal: Goal = {
      id: 'g1' as Goal['id'],
      planId,
      title: r.goal.title,
      metric: 'gmv',
      unit: 'money',
      customUnit: '',
      target: r.goal.target === null ? null : r.goal.target || 0,
      direction: 'higher',
      targetMax: null,
      baseline: null,
      baselinePeriod: '',
      deadline: r.goal.deadline,
      owner: '',
      rationale: '',
      weight: r.goal.weight,
      order: 0,
    };
    const risk: Risk = {
      id: 'r1' as Risk['id'],
      planId,
      description: r.risk.description,
      kind: 'stock',
      triggeredAt: null,
      likelihood: r.risk.likelihood,
      impact: 2,
      owner: '',
      trigger: '',
      mitigation: r.risk.mitigation,
      contingency: '',
      status: 'open',
      order: 0,
    };
    const actual: ActualDay = {
      id: 'a1' as ActualDay['id'],
      planId,
      period: 'campaign',
      date: r.actual.date,
      channelId: null,
      uv: r.actual.uv,
      pv: null,
      buyers: null,
      orders: null,
      gmvMinor: r.actual.gmv,
      spendMinor: null,
      couponsClaimed: null,
      couponsRedeemed: null,
      refundsMinor: null,
      newCustomers: null,
    };
    return planDocumentSchema.parse({
      ...base,
      plan: {
        ...base.plan,
        name: r.name,
        notes: r.notes,
        platforms: r.platforms,
        keyMoments: [{ id: 'k', kind: 'peak', label: r.notes, date: base.plan.peakDate, time: '00:00' }],
        contingency: { kind: 'percent', rate: 0.05 },
      },
      tasks,
      budgetLines: [...base.budgetLines, ...lines],
      goals: [goal],
      risks: [risk],
      actuals: [actual],
      review: r.hasReview
        ? {
            planId,
            method: 'ahp',
            indicators: [
              { id: 'i1', goalId: 'g1', name: 'GMV', weight: 0.5, membership: [0.1, 0.2, 0.3, 0.4] },
            ],
            ahpMatrix: [[1]],
            useFuzzy: true,
            summary: r.summary,
            baselineLabel: '',
          }
        : null,
    });
  });

describe('the full plan workbook', () => {
  it('imports back to an identical plan (random plans)', () => {
    fc.assert(
      fc.property(docArb, fc.constantFrom('zh' as const, 'en' as const), (doc, language) => {
        const bytes = exportPlanWorkbook(doc, { language, exportedAt: '2026-11-23T08:00:00.000Z' });
        const back = importFile(bytes, { context: { fileName: 'plan.xlsx' } });
        expect(back.problems).toEqual([]);
        expect(back.value!.kind).toBe('plan');
        expect(back.value!.document).toEqual(doc);
      }),
      { numRuns: 40 },
    );
  });
});
