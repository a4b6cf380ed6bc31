/**
 * Which rows and days the Gantt renders. Rows come in fixed blocks of ROW_BLOCK and days in fixed
 * chunks, each a memoised component: when the window changes, blocks are mounted and unmounted at
 * its ends, and the blocks in between are not touched (nor re-laid out).
 * Two moves: the scroll handler's (nextWindow), only when the view would otherwise reach past the
 * rendered rows; and idle time's (aheadWindow), which renders far ahead in the direction of the
 * scroll in one go, so that a steady scroll changes the page only every thousand pixels or so.
 * Each change is painted with the whole rendered window, so fewer, larger changes cost less.
 * Pure arithmetic, so it is tested in node.
 */
export const ROW_BLOCK = 4;
/** Rows kept beyond the viewport on each side; the window moves by a block when the view comes closer. */
export const ROW_MARGIN = 4;
/** Rows idle time renders ahead of the view, in the direction of the scroll. */
export const AHEAD_ROWS = 64;
/** Rows idle time keeps behind the view (fewer: the planner is moving away from them). */
export const BEHIND_ROWS = 20;
/** Fewer rows than this ready ahead of the view, and idle time renders AHEAD_ROWS again. */
export const LOW_ROWS = 16;
/** Blocks further than this from the view are dropped when the scroll handler moves the window. */
export const KEEP_ROWS = AHEAD_ROWS + 2 * ROW_BLOCK;

/** Which way the planner last scrolled, down and right until they scroll. */
export interface ScrollDirection {
  down: boolean;
  right: boolean;
}

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
 * margin to spare (so most scroll events re-render nothing). A window that must move reaches at
 * least ROW_MARGIN rows (and a quarter chunk of days) beyond the view on each side, rounded out to
 * whole blocks and chunks, and keeps the blocks and chunks it already has within KEEP_ROWS rows (a
 * chunk of days) of the view: a scroll frame that moves it mounts only what is missing.
 */
export function nextWindow(
  current: RenderWindow | null,
  view: ViewRange,
  rowCount: number,
  dayCount: number,
  chunk: number,
): RenderWindow | null {
  const edges = edgesOf(rowCount, dayCount, chunk);
  const { lastBlock, lastChunk } = edges;
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
  const tight = firstWindow(view, rowCount, dayCount, chunk);
  const next = current ? widen(tight, current, keepWindow(view, edges)) : tight;
  return current && sameWindow(next, current) ? null : next;
}

/** The window for a view with nothing rendered yet: ROW_MARGIN rows and a quarter chunk around it. */
export function firstWindow(
  view: ViewRange,
  rowCount: number,
  dayCount: number,
  chunk: number,
): RenderWindow {
  return around(view, [ROW_MARGIN, ROW_MARGIN], [chunk / 4, chunk / 4], edgesOf(rowCount, dayCount, chunk));
}

/**
 * Rendering ahead, for idle time: when fewer than LOW_ROWS rows (half a chunk of days) are ready
 * beyond the view in the direction of the scroll, the window becomes AHEAD_ROWS rows (one and a
 * half chunks) ahead and BEHIND_ROWS rows (a quarter chunk) behind, rows and days together. Null
 * when enough is ready, or when the window does not cover the view (the scroll handler moves it).
 */
export function aheadWindow(
  current: RenderWindow,
  view: ViewRange,
  dir: ScrollDirection,
  rowCount: number,
  dayCount: number,
  chunk: number,
): RenderWindow | null {
  const edges = edgesOf(rowCount, dayCount, chunk);
  const rows = windowRows(current, rowCount);
  const days = windowDays(current, dayCount, chunk);
  if (rows.r0 > view.vr0 || rows.r1 < view.vr1 || days.d0 > view.vd0 || days.d1 < view.vd1) return null;
  const rowsLow = dir.down
    ? rows.r1 < rowCount - 1 && rows.r1 - view.vr1 < LOW_ROWS
    : rows.r0 > 0 && view.vr0 - rows.r0 < LOW_ROWS;
  const daysLow = dir.right
    ? days.d1 < dayCount - 1 && days.d1 - view.vd1 < chunk / 2
    : days.d0 > 0 && view.vd0 - days.d0 < chunk / 2;
  if (!rowsLow && !daysLow) return null;
  const up = dir.down ? BEHIND_ROWS : AHEAD_ROWS;
  const down = dir.down ? AHEAD_ROWS : BEHIND_ROWS;
  const left = dir.right ? chunk / 4 : chunk * 1.5;
  const right = dir.right ? chunk * 1.5 : chunk / 4;
  const next = around(view, [up, down], [left, right], edges);
  return sameWindow(next, current) ? null : next;
}

interface Edges {
  lastBlock: number;
  lastChunk: number;
  chunk: number;
}

/** The last block and chunk of a plan, with the chunk size. */
function edgesOf(rowCount: number, dayCount: number, chunk: number): Edges {
  return {
    lastBlock: Math.max(0, Math.ceil(rowCount / ROW_BLOCK) - 1),
    lastChunk: Math.max(0, Math.ceil(dayCount / chunk) - 1),
    chunk,
  };
}

/**
 * The blocks and chunks that hold the view and `rows` (before, after) rows and `days` (before,
 * after) days around it, within the plan.
 */
function around(
  view: ViewRange,
  rows: readonly [number, number],
  days: readonly [number, number],
  { lastBlock, lastChunk, chunk }: Edges,
): RenderWindow {
  return {
    b0: clamp(Math.floor((view.vr0 - rows[0]) / ROW_BLOCK), 0, lastBlock),
    b1: clamp(Math.floor((view.vr1 + rows[1]) / ROW_BLOCK), 0, lastBlock),
    c0: clamp(Math.floor((view.vd0 - days[0]) / chunk), 0, lastChunk),
    c1: clamp(Math.floor((view.vd1 + days[1]) / chunk), 0, lastChunk),
  };
}

/** The furthest a window may reach around a view: KEEP_ROWS rows and a chunk of days. */
function keepWindow(view: ViewRange, edges: Edges): RenderWindow {
  return around(view, [KEEP_ROWS, KEEP_ROWS], [edges.chunk, edges.chunk], edges);
}

/** `tight` grown by what `current` already holds next to it, within `keep`. */
function widen(tight: RenderWindow, current: RenderWindow, keep: RenderWindow): RenderWindow {
  const rowsTouch = current.b0 <= tight.b1 + 1 && current.b1 >= tight.b0 - 1;
  const daysTouch = current.c0 <= tight.c1 + 1 && current.c1 >= tight.c0 - 1;
  return {
    b0: rowsTouch ? Math.max(keep.b0, Math.min(current.b0, tight.b0)) : tight.b0,
    b1: rowsTouch ? Math.min(keep.b1, Math.max(current.b1, tight.b1)) : tight.b1,
    c0: daysTouch ? Math.max(keep.c0, Math.min(current.c0, tight.c0)) : tight.c0,
    c1: daysTouch ? Math.min(keep.c1, Math.max(current.c1, tight.c1)) : tight.c1,
  };
}

export function sameWindow(a: RenderWindow, b: RenderWindow): boolean {
  return a.b0 === b.b0 && a.b1 === b.b1 && a.c0 === b.c0 && a.c1 === b.c1;
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
