import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../shared/domain';
import type { PlanSummary } from '../../../renderer/src/db';
import { keepUnchanged } from '../../../renderer/src/state/libraryEntries';

// A visit to the library re-reads the plan list: what did not change must stay the very same
// object (rows are memoised and search texts folded per entry), and an unchanged list the same list.
function entry(id: string, updatedAt: string, owners: string[] = ['张三']): PlanSummary {
  const plan = planSchema.parse({
    id,
    name: `方案 ${id}`,
    type: 'double11',
    startDate: '2026-10-20',
    endDate: '2026-11-11',
    peakDate: '2026-11-11',
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt,
  });
  return { plan, taskCount: 3, owners, isSummaryPending: false };
}

describe('keepUnchanged', () => {
  it('keeps the old list when the re-read holds the same plans in the same order', () => {
    const old = [entry('a', '2026-09-02T00:00:00.000Z'), entry('b', '2026-09-02T00:00:00.000Z')];
    expect(
      keepUnchanged(old, [entry('a', '2026-09-02T00:00:00.000Z'), entry('b', '2026-09-02T00:00:00.000Z')]),
    ).toBe(old);
  });
  it('gives a new list with the changed plan new and the others kept as they were', () => {
    const old = [entry('a', '2026-09-02T00:00:00.000Z'), entry('b', '2026-09-02T00:00:00.000Z')];
    const changed = entry('b', '2026-09-03T00:00:00.000Z');
    const got = keepUnchanged(old, [entry('a', '2026-09-02T00:00:00.000Z'), changed]);
    expect(got).not.toBe(old);
    expect(got[0]).toBe(old[0]);
    expect(got[1]).toBe(changed);
  });
  it('takes a summary that changed without the plan record (owners counted, a pending one taken)', () => {
    const old = [entry('a', '2026-09-02T00:00:00.000Z', ['张三'])];
    const counted = entry('a', '2026-09-02T00:00:00.000Z', ['张三', '李四']);
    expect(keepUnchanged(old, [counted])[0]).toBe(counted);
    const pending = { ...entry('a', '2026-09-02T00:00:00.000Z'), isSummaryPending: true };
    const taken = entry('a', '2026-09-02T00:00:00.000Z');
    expect(keepUnchanged([pending], [taken])[0]).toBe(taken);
  });
  it('follows a new order, an added plan and a removed one', () => {
    const [a, b] = [entry('a', '2026-09-02T00:00:00.000Z'), entry('b', '2026-09-02T00:00:00.000Z')];
    const reordered = keepUnchanged(
      [a, b],
      [entry('b', '2026-09-02T00:00:00.000Z'), entry('a', '2026-09-02T00:00:00.000Z')],
    );
    expect(reordered).toEqual([b, a]);
    expect(reordered[0]).toBe(b);
    const c = entry('c', '2026-09-02T00:00:00.000Z');
    expect(keepUnchanged([a, b], [entry('a', '2026-09-02T00:00:00.000Z'), c])).toEqual([a, c]);
  });
});
