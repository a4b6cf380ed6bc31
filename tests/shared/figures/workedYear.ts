import {
  budgetCategorySchema,
  budgetLineSchema,
  channelSchema,
  emptyDocument,
  phaseSchema,
  planSchema,
  yearBudgetSchema,
  type BudgetCategoryKey,
  type PlanDocument,
  type YearBudget,
} from '../../../shared/domain';

/**
 * The worked year of docs/year-budget.md, built record by record: plans A (2026 618), B (2026
 * 双11) and C (2025 双12), and the 2026 budget. Amounts in yuan as the doc writes them.
 */
interface LineSpec {
  category: BudgetCategoryKey;
  channel: string | null;
  phase: string | null;
  planned: number;
  committed: number;
  actual: number | null;
}

function planOf(
  key: string,
  name: string,
  peakDate: string,
  phases: [string, string, string][],
  lines: LineSpec[],
): PlanDocument {
  const planId = `plan-${key}`;
  const plan = planSchema.parse({
    id: planId,
    name,
    type: 'custom',
    startDate: phases[0]?.[1] ?? peakDate,
    endDate: peakDate,
    peakDate,
    createdAt: '2026-01-05T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
  });
  const doc = emptyDocument(plan);
  doc.phases = phases.map(([phaseName, start, end], i) =>
    phaseSchema.parse({
      id: `${key}-ph${i}`,
      planId,
      name: phaseName,
      startDate: start,
      endDate: end,
      order: i,
    }),
  );
  const channelNames = [...new Set(lines.flatMap((l) => (l.channel ? [l.channel] : [])))];
  doc.channels = channelNames.map((channelName, i) =>
    channelSchema.parse({ id: `${key}-ch${i}`, planId, name: channelName, order: i }),
  );
  const keys = [...new Set(lines.map((l) => l.category))];
  doc.budgetCategories = keys.map((k, i) =>
    budgetCategorySchema.parse({ id: `${key}-cat-${k}`, planId, key: k, order: i }),
  );
  doc.budgetLines = lines.map((l, i) =>
    budgetLineSchema.parse({
      id: `${key}${i + 1}`,
      planId,
      item: `${key.toUpperCase()}${i + 1}`,
      categoryId: `${key}-cat-${l.category}`,
      channelId: l.channel ? doc.channels.find((c) => c.name === l.channel)?.id : null,
      phaseId: l.phase ? doc.phases.find((p) => p.name === l.phase)?.id : null,
      plannedMinor: l.planned * 100,
      committedMinor: l.committed * 100,
      actualMinor: l.actual === null ? null : l.actual * 100,
      order: i,
    }),
  );
  return doc;
}

export function workedYear(): { docs: PlanDocument[]; budget: YearBudget } {
  const a = planOf(
    'a',
    '2026 618',
    '2026-06-18',
    [
      ['预热', '2026-05-25', '2026-05-31'],
      ['正式', '2026-06-01', '2026-06-20'],
    ],
    [
      {
        category: 'advertising',
        channel: '天猫',
        phase: '预热',
        planned: 100_000,
        committed: 80_000,
        actual: 90_000,
      },
      { category: 'kol', channel: '抖音', phase: '正式', planned: 50_000, committed: 50_000, actual: null },
      {
        category: 'advertising',
        channel: '抖音',
        phase: null,
        planned: 30_000,
        committed: 0,
        actual: 36_000,
      },
    ],
  );
  const b = planOf(
    'b',
    '2026 双11',
    '2026-11-11',
    [
      ['预售', '2026-10-20', '2026-10-31'],
      ['正式', '2026-11-01', '2026-11-11'],
    ],
    [
      {
        category: 'advertising',
        channel: '天猫',
        phase: '预售',
        planned: 200_000,
        committed: 150_000,
        actual: 180_000,
      },
      {
        category: 'material',
        channel: null,
        phase: '正式',
        planned: 20_000,
        committed: 20_000,
        actual: 20_000,
      },
    ],
  );
  const c = planOf(
    'c',
    '2025 双12',
    '2025-12-12',
    [['正式', '2025-12-01', '2025-12-12']],
    [
      {
        category: 'advertising',
        channel: '天猫',
        phase: '正式',
        planned: 70_000,
        committed: 0,
        actual: null,
      },
    ],
  );
  const budget = yearBudgetSchema.parse({
    id: 'year-2026',
    year: 2026,
    capMinor: 100_000_000,
    quarterCapsMinor: [20_000_000, 30_000_000, 20_000_000, 30_000_000],
  });
  return { docs: [c, b, a], budget };
}
