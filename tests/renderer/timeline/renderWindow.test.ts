import { describe, expect, it } from 'vitest';
import {
  dayChunkSize,
  nextWindow,
  windowDays,
  windowRows,
  type RenderWindow,
} from '../../../renderer/src/features/timeline/renderWindow';

// 2,000 rows (126 blocks of 16), 400 days in chunks of 32.
const ROWS = 2000;
const DAYS = 400;
const CHUNK = 32;

describe('render window', () => {
  it('starts with a whole block and chunk beyond the view on each side', () => {
    const win = nextWindow(null, { vr0: 100, vr1: 120, vd0: 60, vd1: 87 }, ROWS, DAYS, CHUNK);
    // rows 92…128 → blocks 5…8 (rows 80…143); days 52…95 → chunks 1…2 (days 32…95)
    expect(win).toEqual({ b0: 5, b1: 8, c0: 1, c1: 2 });
    expect(windowRows(win!, ROWS)).toEqual({ r0: 80, r1: 143 });
    expect(windowDays(win!, DAYS, CHUNK)).toEqual({ d0: 32, d1: 95 });
  });

  it('stays put while the view is inside it with the margin to spare', () => {
    const win: RenderWindow = { b0: 5, b1: 8, c0: 1, c1: 2 };
    expect(nextWindow(win, { vr0: 84, vr1: 139, vd0: 36, vd1: 91 }, ROWS, DAYS, CHUNK)).toBeNull();
  });

  it('moves by a block when the view comes within 4 rows of its edge', () => {
    const win: RenderWindow = { b0: 5, b1: 8, c0: 1, c1: 2 };
    // vr1 140 + 4 > 143: rows 132…148 → blocks 7…9
    expect(nextWindow(win, { vr0: 120, vr1: 140, vd0: 60, vd1: 87 }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 7,
      b1: 9,
      c0: 1,
      c1: 2,
    });
  });

  it('never reaches past the first or last block and chunk', () => {
    expect(nextWindow(null, { vr0: 0, vr1: 20, vd0: 0, vd1: 27 }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 0,
      b1: 1,
      c0: 0,
      c1: 1,
    });
    const end = nextWindow(null, { vr0: 1980, vr1: 1999, vd0: 380, vd1: 399 }, ROWS, DAYS, CHUNK);
    expect(end).toEqual({ b0: 123, b1: 124, c0: 11, c1: 12 });
    expect(windowRows(end!, ROWS).r1).toBe(1999);
    expect(windowDays(end!, DAYS, CHUNK).d1).toBe(399);
    // At the edges the margin is not needed: nothing to add.
    expect(nextWindow(end, { vr0: 1982, vr1: 1999, vd0: 385, vd1: 399 }, ROWS, DAYS, CHUNK)).toBeNull();
  });

  it('chunks about 1,000 px of axis, at least 16 days', () => {
    expect(dayChunkSize(32)).toBe(32);
    expect(dayChunkSize(12)).toBe(86);
    expect(dayChunkSize(64)).toBe(16);
  });
});
