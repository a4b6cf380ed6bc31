/**
 * Which rows and days the Gantt renders. Rows come in fixed blocks of ROW_BLOCK and days in fixed
 * chunks, each a memoised component: when the viewport leaves the rendered range, one block is
 * mounted and one unmounted, and the blocks in between are not touched (nor re-laid out).
 * Pure arithmetic, so it is tested in node.
 */
export const ROW_BLOCK = 4;
/** Rows kept beyond the viewport on each side; the window moves by a block when the view comes closer. */
export const ROW_MARGIN = 4;

export interface RenderWindow {
  /** Row blocks, inclusive. */
  b0: number;
  b1: number;
  /** Day chunks, inclusive. */
  c0: number;
  c1: number;
}

/** The rows and days in view (inclusive indexes). */
export interface ViewRange {
  vr0: number;
  vr1: number;
  vd0: number;
  vd1: number;
}

/** Days per header chunk: about 1,000 px of axis, never fewer than 16 days. */
export function dayChunkSize(pxPerDay: number): number {
  return Math.max(16, Math.ceil(1024 / Math.max(0.5, pxPerDay)));
}

/** Rows first…last (inclusive) of the rendered blocks. */
export function windowRows(win: RenderWindow, rowCount: number): { r0: number; r1: number } {
  return { r0: win.b0 * ROW_BLOCK, r1: Math.min(rowCount - 1, (win.b1 + 1) * ROW_BLOCK - 1) };
}

/** Days first…last (inclusive) of the rendered chunks. */
export function windowDays(win: RenderWindow, dayCount: number, chunk: number): { d0: number; d1: number } {
  return { d0: win.c0 * chunk, d1: Math.min(dayCount - 1, (win.c1 + 1) * chunk - 1) };
}

/**
 * The window to render for a view, or null when the current one still covers the view with a
 * margin to spare (so most scroll events re-render nothing). A new window reaches ROW_MARGIN rows
 * (and a quarter chunk of days) beyond the view on each side, rounded out to whole blocks and
 * chunks. Blocks are small, so a scroll frame that moves the window mounts a few rows, not a page.
 */
export function nextWindow(
  current: RenderWindow | null,
  view: ViewRange,
  rowCount: number,
  dayCount: number,
  chunk: number,
): RenderWindow | null {
  const lastBlock = Math.max(0, Math.ceil(rowCount / ROW_BLOCK) - 1);
  const lastChunk = Math.max(0, Math.ceil(dayCount / chunk) - 1);
  if (current) {
    const rows = windowRows(current, rowCount);
    const days = windowDays(current, dayCount, chunk);
    const rowsOk =
      (current.b0 === 0 || view.vr0 - ROW_MARGIN >= rows.r0) &&
      (current.b1 >= lastBlock || view.vr1 + ROW_MARGIN <= rows.r1);
    const daysOk =
      (current.c0 === 0 || view.vd0 - Math.ceil(chunk / 8) >= days.d0) &&
      (current.c1 >= lastChunk || view.vd1 + Math.ceil(chunk / 8) <= days.d1);
    if (rowsOk && daysOk && current.b1 <= lastBlock && current.c1 <= lastChunk) return null;
  }
  const next: RenderWindow = {
    b0: clamp(Math.floor((view.vr0 - ROW_MARGIN) / ROW_BLOCK), 0, lastBlock),
    b1: clamp(Math.floor((view.vr1 + ROW_MARGIN) / ROW_BLOCK), 0, lastBlock),
    c0: clamp(Math.floor((view.vd0 - chunk / 4) / chunk), 0, lastChunk),
    c1: clamp(Math.floor((view.vd1 + chunk / 4) / chunk), 0, lastChunk),
  };
  if (
    current &&
    next.b0 === current.b0 &&
    next.b1 === current.b1 &&
    next.c0 === current.c0 &&
    next.c1 === current.c1
  )
    return null;
  return next;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Indexes lo…hi inclusive. */
export function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}
