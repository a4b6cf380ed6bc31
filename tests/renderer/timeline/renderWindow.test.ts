import { describe, expect, it } from 'vitest';
import {
  dayChunkSize,
  nextWindow,
  windowDays,
  windowRows,
  type RenderWindow,
} from '../../../renderer/src/features/timeline/renderWindow';

// 2,000 rows (500 blocks of 4), 400 days in chunks of 32.
const ROWS = 2000;
const DAYS = 400;
const CHUNK = 32;

describe('render window', () => {
  it('starts with four rows and a quarter chunk beyond the view on each side', () => {
    const win = nextWindow(null, { vr0: 100, vr1: 120, vd0: 60, vd1: 87 }, ROWS, DAYS, CHUNK);
    // rows 96…124 → blocks 24…31 (rows 96…127); days 52…95 → chunks 1…2 (days 32…95)
    expect(win).toEqual({ b0: 24, b1: 31, c0: 1, c1: 2 });
    expect(windowRows(win!, ROWS)).toEqual({ r0: 96, r1: 127 });
    expect(windowDays(win!, DAYS, CHUNK)).toEqual({ d0: 32, d1: 95 });
  });

  it('stays put while the view is inside it with the margin to spare', () => {
    const win: RenderWindow = { b0: 24, b1: 31, c0: 1, c1: 2 };
    expect(nextWindow(win, { vr0: 100, vr1: 123, vd0: 36, vd1: 91 }, ROWS, DAYS, CHUNK)).toBeNull();
  });

  it('moves by a block when the view comes within 4 rows of its edge', () => {
    const win: RenderWindow = { b0: 24, b1: 31, c0: 1, c1: 2 };
    // vr1 124 + 4 > 127: rows 100…128 → blocks 25…32
    expect(nextWindow(win, { vr0: 104, vr1: 124, vd0: 60, vd1: 87 }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 25,
      b1: 32,
      c0: 1,
      c1: 2,
    });
  });

  it('never reaches past the first or last block and chunk', () => {
    expect(nextWindow(null, { vr0: 0, vr1: 20, vd0: 0, vd1: 27 }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 0,
      b1: 6,
      c0: 0,
      c1: 1,
    });
    const end = nextWindow(null, { vr0: 1980, vr1: 1999, vd0: 380, vd1: 399 }, ROWS, DAYS, CHUNK);
    expect(end).toEqual({ b0: 494, b1: 499, c0: 11, c1: 12 });
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
