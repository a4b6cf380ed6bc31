import { describe, expect, it } from 'vitest';
import {
  personSchema,
  setCapByQuarter,
  setYearCap,
  yearBudgetSchema,
  type Person,
  type Workspace,
  type YearBudget,
} from '../../../shared/domain';
import { mergeWorkspace } from '../../../shared/sync/mergeWorkspace';

/** Two windows editing the team and the yearly caps (docs/architecture.md, the workspace). */
const person = (id: string, name: string, extra: Partial<Person> = {}): Person =>
  personSchema.parse({ id, name, ...extra });
const cap = (id: string, year: number, capMinor: number): YearBudget =>
  yearBudgetSchema.parse({ id, year, capMinor });

const zhang = person('p1', '张三', { department: '运营' });
const li = person('p2', '李四');
const base: Workspace = { people: [zhang, li], yearBudgets: [cap('y26', 2026, 100_000_00)] };

describe('mergeWorkspace', () => {
  it('keeps both windows’ edits to different fields of one person', () => {
    const mine = { ...base, people: [{ ...zhang, role: '组长' }, li] };
    const theirs = { ...base, people: [{ ...zhang, department: '市场' }, li] };
    const merged = mergeWorkspace(base, mine, theirs);
    expect(merged.people[0]).toMatchObject({ name: '张三', role: '组长', department: '市场' });
    expect(merged.people[1]).toBe(li);
  });

  it('takes this window’s value for a field both changed (the later writer)', () => {
    const mine = { ...base, people: [{ ...zhang, limit: 3 }, li] };
    const theirs = { ...base, people: [{ ...zhang, limit: 4 }, li] };
    expect(mergeWorkspace(base, mine, theirs).people[0]?.limit).toBe(3);
  });

  it('adds the other window’s new person after mine, and drops one it deleted', () => {
    const wang = person('p3', 'Wang Wu');
    const zhao = person('p4', '赵六');
    const mine = { ...base, people: [zhang, li, zhao] };
    const theirs = { ...base, people: [zhang, wang] }; // 李四 deleted there
    expect(mergeWorkspace(base, mine, theirs).people.map((p) => p.name)).toEqual(['张三', '赵六', 'Wang Wu']);
  });

  it('a deletion wins over an edit of the same person', () => {
    const mine = { ...base, people: [zhang, { ...li, role: '设计' }] };
    const theirs = { ...base, people: [zhang] };
    expect(mergeWorkspace(base, mine, theirs).people.map((p) => p.name)).toEqual(['张三']);
  });

  it('takes the other window’s cap, and keeps one record per year when both created it', () => {
    const theirs = {
      ...base,
      yearBudgets: [cap('y26', 2026, 120_000_00), cap('y27-theirs', 2027, 50_000_00)],
    };
    const mine = { ...base, yearBudgets: [...base.yearBudgets, cap('y27-mine', 2027, 80_000_00)] };
    const merged = mergeWorkspace(base, mine, theirs);
    expect(merged.yearBudgets.map((y) => [y.year, y.capMinor, y.id])).toEqual([
      [2026, 120_000_00, 'y26'],
      [2027, 80_000_00, 'y27-mine'],
    ]);
  });

  describe('quarter caps: only one of the active and the kept quarter caps is set (docs/year-budget.md)', () => {
    const year = { year: 2026, currency: 'CNY' };
    const quarterly: Workspace = {
      people: [],
      yearBudgets: [
        yearBudgetSchema.parse({
          id: 'y26',
          year: 2026,
          capMinor: null,
          quarterCapsMinor: [null, 300_000_00, null, 0],
        }),
      ],
    };
    const typedQ2 = setYearCap(quarterly, { ...year, slot: 2, capMinor: 400_000_00 });
    const switchedOff = setCapByQuarter(quarterly, { ...year, on: false });
    const capsOf = (w: Workspace) => {
      const b = w.yearBudgets[0];
      return { quarterCapsMinor: b?.quarterCapsMinor, keptQuarterCapsMinor: b?.keptQuarterCapsMinor };
    };

    it('this window typed a quarter cap while the other switched quarter caps off: mine, switched on with ¥400,000 for Q2', () => {
      expect(capsOf(mergeWorkspace(quarterly, typedQ2, switchedOff))).toEqual({
        quarterCapsMinor: [null, 400_000_00, null, 0],
        keptQuarterCapsMinor: null,
      });
    });

    it('this window switched quarter caps off while the other typed one: mine, off with the caps it kept', () => {
      expect(capsOf(mergeWorkspace(quarterly, switchedOff, typedQ2))).toEqual({
        quarterCapsMinor: null,
        keptQuarterCapsMinor: [null, 300_000_00, null, 0],
      });
    });

    it('the other window’s quarter switch comes in whole beside my year cap', () => {
      const mine = setYearCap(quarterly, { ...year, slot: 'year', capMinor: 1_000_000_00 });
      const merged = mergeWorkspace(quarterly, mine, switchedOff).yearBudgets[0];
      expect(merged).toMatchObject({
        capMinor: 1_000_000_00,
        quarterCapsMinor: null,
        keptQuarterCapsMinor: [null, 300_000_00, null, 0],
      });
    });

    it('never both, whatever each window did to the quarter caps', () => {
      const offBase = switchedOff;
      for (const start of [quarterly, offBase]) {
        const edits = [
          start,
          setYearCap(start, { ...year, slot: 1, capMinor: 5_00 }),
          setYearCap(start, { ...year, slot: 3, capMinor: null }),
          setCapByQuarter(start, { ...year, on: false }),
          setCapByQuarter(start, { ...year, on: true }),
          setYearCap(start, { ...year, slot: 'year', capMinor: 7_00 }),
        ];
        for (const mine of edits) {
          for (const theirs of edits) {
            const b = mergeWorkspace(start, mine, theirs).yearBudgets[0];
            expect(b?.quarterCapsMinor !== null && b?.keptQuarterCapsMinor !== null).toBe(false);
          }
        }
      }
    });
  });

  it('returns this window’s workspace itself when nothing new is stored', () => {
    const mine = { ...base, people: [{ ...zhang, role: '组长' }, li] };
    expect(mergeWorkspace(base, mine, base)).toBe(mine);
    // Stored copies read back from the database are equal, not identical: still nothing new.
    expect(mergeWorkspace(base, base, structuredClone(base))).toBe(base);
  });
});
