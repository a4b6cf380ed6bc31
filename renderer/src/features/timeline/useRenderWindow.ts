import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useLatest } from '../../components/useLatest';
import { flushSync } from 'react-dom';
import type { TimeScale } from '../../../../shared/planning/timeScale';
import {
  aheadWindow,
  firstWindow,
  nextWindow,
  sameWindow,
  type RenderWindow,
  type ScrollDirection,
  type ViewRange,
} from './renderWindow';

interface Geometry {
  headerH: number;
  /** The pacing strip's height: it covers the bottom of the rows, so they are not in view there. */
  footerH: number;
  gridW: number;
  rowHeight: number;
  rowCount: number;
  scale: TimeScale;
  chunk: number;
}

/** How the window follows a change of the view (see `update`). */
export type WindowUpdate = 'scroll' | 'jump' | 'fresh';

interface Size {
  width: number;
  height: number;
}

/**
 * The scroller's size when a Gantt last mounted or resized: a new Gantt (the screen opened again)
 * renders its first window for that size, so its rows are laid out once, with the rest of the
 * screen, and not in a second pass after measuring. The window's size before any Gantt has been.
 */
let lastSize: Size | null = null;

const sizeOf = (el: HTMLDivElement): Size => ({ width: el.clientWidth, height: el.clientHeight });

function rangeOf(size: Size, top: number, left: number, g: Geometry): ViewRange {
  const viewH = Math.max(1, size.height - g.headerH - g.footerH);
  const viewW = Math.max(1, size.width - g.gridW);
  return {
    vr0: Math.max(0, Math.floor(top / g.rowHeight)),
    vr1: Math.min(Math.max(0, g.rowCount - 1), Math.ceil((top + viewH) / g.rowHeight)),
    vd0: Math.max(0, Math.floor(left / g.scale.pxPerDay)),
    vd1: Math.min(g.scale.dayCount - 1, Math.ceil((left + viewW) / g.scale.pxPerDay)),
  };
}

function viewRange(el: HTMLDivElement, g: Geometry): ViewRange {
  return rangeOf(sizeOf(el), Math.max(0, el.scrollTop), Math.max(0, el.scrollLeft), g);
}

const axisKey = (s: TimeScale, chunk: number) => `${s.pxPerDay}:${s.originDay}:${s.dayCount}:${chunk}`;

/** Idle time, where the browser has it (Chromium, Electron); a timer elsewhere. */
const whenIdle: (cb: (deadline?: IdleDeadline) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 200 })
    : (cb) => window.setTimeout(cb, 16);
const cancelIdle: (handle: number) => void =
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback : (h) => window.clearTimeout(h);

/** Two scrolls closer than this: the planner is scrolling, and rows are rendered ahead. */
const SCROLLING_MS = 500;

/** Less idle time than this left in a frame: rendering ahead waits for the next frame. */
const IDLE_STEP_MS = 8;

/**
 * The rows and day chunks the Gantt renders (renderWindow.ts), kept in step with the scroller:
 * re-windowed synchronously inside the scroll handler (so a fast scroll never shows an empty strip)
 * and in a layout effect when the content changes size. Once the planner scrolls, idle time renders
 * far ahead in that direction (aheadWindow) and lays the rows out there and then, so a steady
 * scroll finds its rows ready and most of its frames only move the content. On a zoom the date in
 * the middle of the view stays there, and the window is worked out from that new scroll position,
 * before paint.
 * The first render already holds the rows and days in view, for the scroller's last measured size
 * and the opening scroll (`openLeft`, given the view's width): the screen is laid out once, and the
 * mount only checks that window against the real size (a new window only when it falls short).
 * While a zoom's first render runs, header chunks of the old axis are not drawn at all.
 */
export function useRenderWindow(
  scrollRef: RefObject<HTMLDivElement | null>,
  g: Geometry,
  openLeft?: (viewW: number) => number,
): { win: RenderWindow; update(how: WindowUpdate): void } {
  // What the first render assumed (the size, the opening scroll), for the mount to check.
  const [first] = useState(() => {
    const size = lastSize ?? { width: window.innerWidth, height: window.innerHeight };
    const left = openLeft ? Math.max(0, openLeft(size.width - g.gridW)) : 0;
    const win = firstWindow(rangeOf(size, 0, left, g), g.rowCount, g.scale.dayCount, g.chunk);
    return { size, openLeft, win, key: axisKey(g.scale, g.chunk) };
  });
  const [state, setState] = useState({ win: first.win, key: first.key });
  const current = useRef(state);
  const geometry = useLatest(g);

  /** Renders a new window now (in the scroll handler, or in idle time). */
  const show = useCallback((win: RenderWindow, key: string) => {
    current.current = { win, key };
    flushSync(() => setState(current.current));
  }, []);
  const idle = useRef<number | null>(null);
  const direction = useRef<ScrollDirection>({ down: true, right: true });
  const lastScroll = useRef({ top: 0, left: 0, at: -Infinity });
  const fillAhead = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const geo = geometry.current;
    const cur = current.current;
    if (cur.key !== axisKey(geo.scale, geo.chunk)) return;
    const next = aheadWindow(
      cur.win,
      viewRange(el, geo),
      direction.current,
      geo.rowCount,
      geo.scale.dayCount,
      geo.chunk,
    );
    if (!next) return;
    show(next, cur.key);
    // Style and layout of the new rows now, in idle time, rather than in the next frame.
    void el.offsetHeight;
  }, [scrollRef, show, geometry]);
  const scheduleAhead = useCallback(() => {
    if (idle.current !== null) return;
    const run = (deadline?: IdleDeadline) => {
      idle.current = null;
      if (deadline && !deadline.didTimeout && deadline.timeRemaining() < IDLE_STEP_MS) {
        idle.current = whenIdle(run);
        return;
      }
      fillAhead();
    };
    idle.current = whenIdle(run);
  }, [fillAhead]);
  useEffect(
    () => () => {
      if (idle.current !== null) cancelIdle(idle.current);
      idle.current = null;
    },
    [],
  );

  /**
   * `scroll`: the planner scrolled (the window moves only if the view would leave it, and idle time
   * renders ahead once they keep scrolling); `jump`: our own scroll or a new size (the same, but not
   * counted as scrolling); `fresh`: the content changed shape, so the window is worked out anew.
   */
  const update = useCallback(
    (how: WindowUpdate) => {
      const el = scrollRef.current;
      if (!el) return;
      const geo = geometry.current;
      const key = axisKey(geo.scale, geo.chunk);
      const cur = current.current;
      const fresh = how === 'fresh' || cur.key !== key;
      const next = nextWindow(
        fresh ? null : cur.win,
        viewRange(el, geo),
        geo.rowCount,
        geo.scale.dayCount,
        geo.chunk,
      );
      // Where the scroll stands, and whether the planner is scrolling: a scroll that moved it soon
      // after another (not a resize, a zoom, or a jump of our own such as opening on a date,
      // whose scroll event then finds nothing moved) renders ahead in idle time.
      const last = lastScroll.current;
      const top = el.scrollTop;
      const left = el.scrollLeft;
      if (how !== 'scroll') {
        lastScroll.current = { top, left, at: -Infinity };
        lastSize = sizeOf(el);
      } else if (top !== last.top || left !== last.left) {
        const now = performance.now();
        const dir = direction.current;
        if (top !== last.top) dir.down = top > last.top;
        if (left !== last.left) dir.right = left > last.left;
        if (now - last.at < SCROLLING_MS) scheduleAhead();
        lastScroll.current = { top, left, at: now };
      }
      if (!next || (cur.key === key && sameWindow(next, cur.win))) return;
      show(next, key);
    },
    [scrollRef, scheduleAhead, show, geometry],
  );

  // Mount: the opening scroll, then the first window checked against the real size. Later, a zoom
  // keeps the middle date and re-windows from there (one render of the new window).
  const lastScale = useRef<TimeScale | null>(null);
  const { scale, gridW, rowCount, rowHeight, headerH, footerH } = g;
  useLayoutEffect(() => {
    const prev = lastScale.current;
    lastScale.current = scale;
    const el = scrollRef.current;
    if (!el) return;
    if (!prev) {
      if (first.openLeft) el.scrollLeft = Math.max(0, first.openLeft(el.clientWidth - gridW));
      // Rendered for the size it has: kept. For another size (the first Gantt of a session, or
      // after presentation's full screen): worked out for the real one, with no rows to spare.
      const sized = el.clientWidth === first.size.width && el.clientHeight === first.size.height;
      update(sized ? 'jump' : 'fresh');
      return;
    }
    if (prev.pxPerDay !== scale.pxPerDay || prev.originDay !== scale.originDay) {
      const viewW = el.clientWidth - gridW;
      const centreDay = prev.originDay + (el.scrollLeft + viewW / 2) / prev.pxPerDay;
      el.scrollLeft = Math.max(0, (centreDay - scale.originDay) * scale.pxPerDay - viewW / 2);
    }
    update('fresh');
  }, [scrollRef, update, first, scale, gridW, rowCount, rowHeight, headerH, footerH]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => update('scroll');
    el.addEventListener('scroll', onScroll, { passive: true });
    // A new size keeps the rows it has when they still cover the view (the observer's first call,
    // right after the mount, finds the window the mount checked).
    const ro = new ResizeObserver(() => update('jump'));
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
    };
  }, [scrollRef, update]);

  const win = state.key === axisKey(g.scale, g.chunk) ? state.win : { ...state.win, c0: 0, c1: -1 };
  return { win, update };
}
