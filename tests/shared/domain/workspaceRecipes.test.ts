import { describe, expect, it } from 'vitest';
import {
  addPerson,
  personSchema,
  removePerson,
  TASK_LIMIT_MAX,
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

  it('creates the year on the first cap, sets one quarter (the others without a cap), and keeps the same object when unchanged', () => {
    const capped = setYearCap(empty, { year: 2026, currency: 'CNY', slot: 'year', capMinor: 5_000_000_00 });
    expect(capped.yearBudgets).toMatchObject([{ year: 2026, currency: 'CNY', capMinor: 5_000_000_00 }]);
    const q2 = setYearCap(capped, { year: 2026, currency: 'CNY', slot: 2, capMinor: 800_000_00 });
    expect(q2.yearBudgets[0]?.quarterCapsMinor).toEqual([null, 800_000_00, null, null]);
    expect(setYearCap(q2, { year: 2026, currency: 'CNY', slot: 2, capMinor: 800_000_00 })).toBe(q2);
    const off = setCapByQuarter(q2, { year: 2026, currency: 'CNY', on: false });
    expect(off.yearBudgets[0]?.quarterCapsMinor).toBeNull();
  });

  it('an emptied cap field means no cap, not a cap of 0 (docs/year-budget.md)', () => {
    const capped = setYearCap(empty, { year: 2026, currency: 'CNY', slot: 'year', capMinor: 1_000_000_00 });
    const cleared = setYearCap(capped, { year: 2026, currency: 'CNY', slot: 'year', capMinor: null });
    expect(cleared.yearBudgets[0]?.capMinor).toBeNull();
    // A cap of 0 typed as 0 stays a cap of 0.
    const zero = setYearCap(capped, { year: 2026, currency: 'CNY', slot: 'year', capMinor: 0 });
    expect(zero.yearBudgets[0]?.capMinor).toBe(0);
    expect(workspaceSchema.safeParse(cleared).success).toBe(true);
  });

  it('switching the quarter caps on with none typed sets no cap at all, the year’s included', () => {
    const on = setCapByQuarter(empty, { year: 2026, currency: 'CNY', on: true });
    expect(on.yearBudgets[0]).toMatchObject({ capMinor: null, quarterCapsMinor: [null, null, null, null] });
  });

  it('quarter caps switched off come back with the switch', () => {
    let w = setCapByQuarter(empty, { year: 2026, currency: 'CNY', on: true });
    w = setYearCap(w, { year: 2026, currency: 'CNY', slot: 1, capMinor: 200_000_00 });
    w = setYearCap(w, { year: 2026, currency: 'CNY', slot: 3, capMinor: 300_000_00 });
    const off = setCapByQuarter(w, { year: 2026, currency: 'CNY', on: false });
    expect(off.yearBudgets[0]?.quarterCapsMinor).toBeNull();
    const back = setCapByQuarter(off, { year: 2026, currency: 'CNY', on: true });
    expect(back.yearBudgets[0]?.quarterCapsMinor).toEqual([200_000_00, null, 300_000_00, null]);
    // Typing one quarter while off switches on with the others as they were.
    const typed = setYearCap(off, { year: 2026, currency: 'CNY', slot: 2, capMinor: 100_000_00 });
    expect(typed.yearBudgets[0]?.quarterCapsMinor).toEqual([200_000_00, 100_000_00, 300_000_00, null]);
    expect(workspaceSchema.safeParse(off).success).toBe(true);
  });

  it('refuses a task limit past 1,000 in the schema, as the field does', () => {
    expect(personSchema.safeParse({ ...ana, limit: TASK_LIMIT_MAX }).success).toBe(true);
    expect(personSchema.safeParse({ ...ana, limit: TASK_LIMIT_MAX + 1 }).success).toBe(false);
    expect(TASK_LIMIT_MAX).toBe(1000);
  });
});
