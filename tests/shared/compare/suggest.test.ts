import { describe, expect, it } from 'vitest';
import { newId, planSchema, type Plan } from '../../../shared/domain';
import { suggestedComparisons } from '../../../shared/compare/suggest';

/** docs/compare.md "Suggested pairs": the example library, by hand. */
function plan(name: string, type: string, peakDate: string, extra: Partial<Plan> = {}): Plan {
  return planSchema.parse({
    id: newId(),
    name,
    type,
    currency: 'CNY',
    startDate: peakDate,
    endDate: peakDate,
    peakDate,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...extra,
  });
}

describe('suggested comparisons', () => {
  it('pairs this 双11 with last 双11, not a 618 two years apart', () => {
    const d25 = plan('2025 双11', 'double11', '2025-11-11');
    const d26 = plan('2026 双11', 'double11', '2026-11-11');
    const m26 = plan('2026 618', 'mid618', '2026-06-18');
    const m24 = plan('2024 618', 'mid618', '2024-06-18');
    const pairs = suggestedComparisons([m24, d25, m26, d26]);
    expect(pairs.map((p) => [p.earlier.name, p.later.name])).toEqual([['2025 双11', '2026 双11']]);
  });

  it('lists the latest first, leaves out trashed plans, and stops at the limit', () => {
    const d24 = plan('2024 双11', 'double11', '2024-11-11');
    const d25 = plan('2025 双11', 'double11', '2025-11-11');
    const d26 = plan('2026 双11', 'double11', '2026-11-11');
    const m25 = plan('2025 618', 'mid618', '2025-06-18');
    const m26 = plan('2026 618', 'mid618', '2026-06-20'); // two days off the same day: still a pair
    const pairs = suggestedComparisons([d24, d25, d26, m25, m26]);
    expect(pairs.map((p) => p.later.name)).toEqual(['2026 双11', '2026 618', '2025 双11']);
    expect(pairs[2]!.earlier.name).toBe('2024 双11');
    const trashed = { ...d25, deletedAt: '2026-12-01T00:00:00.000Z' };
    expect(suggestedComparisons([d24, trashed, d26]).map((p) => p.later.name)).toEqual([]);
    expect(suggestedComparisons([d24, d25, d26, m25, m26], 1)).toHaveLength(1);
  });
});
