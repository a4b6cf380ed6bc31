import { describe, expect, it } from 'vitest';
import {
  addPerson,
  removePerson,
  setCapByQuarter,
  setYearCap,
  updatePerson,
  workspaceSchema,
  type PersonId,
} from '../../../shared/domain';

const empty = workspaceSchema.parse({});
const ana = { id: 'p-ana' as PersonId, name: '安娜', department: '', role: '', limit: null };

describe('the workspace recipes (team and year caps)', () => {
  it('adds, edits and removes a person without touching the others', () => {
    const bo = { ...ana, id: 'p-bo' as PersonId, name: 'Bo' };
    const two = addPerson(addPerson(empty, ana), bo);
    expect(two.people.map((p) => p.name)).toEqual(['安娜', 'Bo']);
    const edited = updatePerson(two, bo.id, { limit: 4 });
    expect(edited.people).toEqual([ana, { ...bo, limit: 4 }]);
    expect(removePerson(edited, ana.id).people).toEqual([{ ...bo, limit: 4 }]);
  });

  it('creates the year on the first cap, sets one quarter (others 0), and keeps the same object when unchanged', () => {
    const capped = setYearCap(empty, { year: 2026, currency: 'CNY', slot: 'year', capMinor: 5_000_000_00 });
    expect(capped.yearBudgets).toMatchObject([{ year: 2026, currency: 'CNY', capMinor: 5_000_000_00 }]);
    const q2 = setYearCap(capped, { year: 2026, currency: 'CNY', slot: 2, capMinor: 800_000_00 });
    expect(q2.yearBudgets[0]?.quarterCapsMinor).toEqual([0, 800_000_00, 0, 0]);
    expect(setYearCap(q2, { year: 2026, currency: 'CNY', slot: 2, capMinor: 800_000_00 })).toBe(q2);
    const off = setCapByQuarter(q2, { year: 2026, currency: 'CNY', on: false });
    expect(off.yearBudgets[0]?.quarterCapsMinor).toBeNull();
    expect(
      setCapByQuarter(off, { year: 2026, currency: 'CNY', on: true }).yearBudgets[0]?.quarterCapsMinor,
    ).toEqual([0, 0, 0, 0]);
  });
});
