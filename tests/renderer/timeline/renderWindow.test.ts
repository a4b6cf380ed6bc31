import { describe, expect, it } from 'vitest';
import {
  aheadWindow,
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

  it('grows by a block when the view comes within 4 rows of its edge, keeping the rows it has', () => {
    const win: RenderWindow = { b0: 24, b1: 31, c0: 1, c1: 2 };
    // vr1 124 + 4 > 127: block 32 is added; blocks 24…31 are within 72 rows of the view, so kept.
    expect(nextWindow(win, { vr0: 104, vr1: 124, vd0: 60, vd1: 87 }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 24,
      b1: 32,
      c0: 1,
      c1: 2,
    });
  });

  it('drops the rows more than 72 rows from the view when it moves, and starts afresh after a jump', () => {
    // Rendered rows 0…199; the view is at rows 180…200: block 50 is added, and rows before
    // 180 - 72 = 108 (blocks 0…26) are dropped.
    const win: RenderWindow = { b0: 0, b1: 49, c0: 0, c1: 1 };
    expect(nextWindow(win, { vr0: 180, vr1: 200, vd0: 10, vd1: 30 }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 27,
      b1: 51,
      c0: 0,
      c1: 1,
    });
    // A jump far away shares nothing with the old window: only the view and its margin.
    expect(nextWindow(win, { vr0: 1000, vr1: 1020, vd0: 10, vd1: 30 }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 249,
      b1: 256,
      c0: 0,
      c1: 1,
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

  it('renders 64 rows ahead in the direction of the scroll once fewer than 16 are ready', () => {
    const down = { down: true, right: true };
    // Rows 96…127 rendered, view 100…120: 7 rows ready below, fewer than 16. Down: 64 rows below
    // (up to row 184, block 46) and 20 above (from row 80, block 20); days: a quarter chunk
    // left of the view (chunk 1) and one and a half chunks right (day 87 + 48 = 135, chunk 4).
    const win: RenderWindow = { b0: 24, b1: 31, c0: 1, c1: 2 };
    const view = { vr0: 100, vr1: 120, vd0: 60, vd1: 87 };
    expect(aheadWindow(win, view, down, ROWS, DAYS, CHUNK)).toEqual({ b0: 20, b1: 46, c0: 1, c1: 4 });
    // Scrolling up instead: 64 rows above (from row 36, block 9), 20 below (to row 140, block 35);
    // days to the left: 48 days before day 60 is day 12 (chunk 0), a quarter chunk right is chunk 2.
    expect(aheadWindow(win, view, { down: false, right: false }, ROWS, DAYS, CHUNK)).toEqual({
      b0: 9,
      b1: 35,
      c0: 0,
      c1: 2,
    });
  });

  it('does nothing while enough is ready, or when the view has left the window', () => {
    const down = { down: true, right: true };
    // 24 rows ready below the view, half a chunk and more of days to the right.
    const win: RenderWindow = { b0: 20, b1: 36, c0: 1, c1: 4 };
    expect(aheadWindow(win, { vr0: 100, vr1: 124, vd0: 60, vd1: 87 }, down, ROWS, DAYS, CHUNK)).toBeNull();
    // The view is past the rendered rows: the scroll handler's move, not idle time's.
    expect(aheadWindow(win, { vr0: 140, vr1: 160, vd0: 60, vd1: 87 }, down, ROWS, DAYS, CHUNK)).toBeNull();
    // At the last rows there is nothing more to render below.
    const end: RenderWindow = { b0: 490, b1: 499, c0: 11, c1: 12 };
    expect(
      aheadWindow(end, { vr0: 1980, vr1: 1999, vd0: 380, vd1: 399 }, down, ROWS, DAYS, CHUNK),
    ).toBeNull();
  });

  it('chunks about 1,000 px of axis, at least 16 days', () => {
    expect(dayChunkSize(32)).toBe(32);
    expect(dayChunkSize(12)).toBe(86);
    expect(dayChunkSize(64)).toBe(16);
  });
});
