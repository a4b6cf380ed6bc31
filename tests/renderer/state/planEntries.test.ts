import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/domain';
import { withPlanEntry } from '../../../renderer/src/state/planEntries';

// What a cross-plan screen (year calendar, annual budget, workload) does when another window
// saved one plan: only that plan's entry changes.
const a = { id: 'a' as PlanId, v: 1 };
const b = { id: 'b' as PlanId, v: 1 };
const idOf = (e: { id: PlanId }) => e.id;

describe('withPlanEntry', () => {
  it('replaces the saved plan in place, keeping the others and their order', () => {
    expect(withPlanEntry([a, b], a.id, { id: a.id, v: 2 }, idOf)).toEqual([{ id: 'a', v: 2 }, b]);
  });
  it('appends a plan that was not shown and now belongs', () => {
    const c = { id: 'c' as PlanId, v: 1 };
    expect(withPlanEntry([a, b], c.id, c, idOf)).toEqual([a, b, c]);
  });
  it('drops a plan that no longer belongs (trashed, moved out of the year)', () => {
    expect(withPlanEntry([a, b], a.id, null, idOf)).toEqual([b]);
  });
  it('changes nothing for a plan neither shown nor belonging', () => {
    expect(withPlanEntry([a, b], 'z' as PlanId, null, idOf)).toBeNull();
  });
  it('never changes the list it was given', () => {
    const list = [a, b];
    withPlanEntry(list, a.id, null, idOf);
    expect(list).toEqual([a, b]);
  });
});
