import type { Page } from 'playwright-core';

/**
 * Clicks the control (among `selector`) whose text is `label` and times until the next frame
 * and the tasks queued behind it have run: a zoom's full re-render, for either timeline.
 */
export async function clickTime(page: Page, selector: string, label: string): Promise<number> {
  return page.evaluate(
    async ([sel, text]) => {
      const control = [...document.querySelectorAll<HTMLElement>(sel)].find(
        (b) => b.textContent?.trim() === text,
      );
      if (!control) throw new Error(`bench: no ${sel} labelled ${text}`);
      const t0 = performance.now();
      control.click();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t0;
    },
    [selector, label] as const,
  );
}

/**
 * Every element in the page: what virtualisation keeps flat as a plan grows. With `within`, the
 * elements inside the first element that selector matches (itself included) — the chart alone, so
 * the own timeline (inside the app's navigation and toolbars) and SVAR (on a page of its own) are
 * counted over the same thing.
 */
export async function domNodes(page: Page, within?: string): Promise<number> {
  return page.evaluate((selector) => {
    if (!selector) return document.querySelectorAll('*').length;
    const root = document.querySelector(selector);
    if (!root) throw new Error(`domNodes: nothing matches ${selector}`);
    return root.querySelectorAll('*').length + 1;
  }, within);
}

/** When a chart opened: its first bar, and all it draws for the view (ms after the start). */
export interface ChartReady {
  firstBar: number;
  drawn: number;
}

declare global {
  interface Window {
    /** Resolves once every task queued before the call has run (installFrameHelpers). */
    benchAfterQueuedTasks(): Promise<void>;
    /**
     * Opens a chart (`open`, called at once) and times it until its view is drawn
     * (installFrameHelpers). Must be called in a requestAnimationFrame callback, so the clock
     * starts as a frame starts, for every renderer alike. Watches the elements inside `scope` and
     * the `bar`s among them as they change, and notes for each change the frame that paints it (a
     * change made before a frame's rendering is painted by that frame, one made after it by the
     * next), until nothing has changed for 15 frames. `firstBar` is when the frame that first
     * painted a bar had ended (the next frame began); `drawn` when the frame that painted the
     * view as it stays had ended — every row and bar in view. A renderer that draws its view in
     * passes (SVAR's first frame holds 3 of its 27 rows and 2 of its 24 bars) is ready when its
     * last pass is on screen; one that draws it at once, when that frame is.
     */
    benchOpenChart(open: () => void, scope: string, bar: string): Promise<ChartReady>;
  }
}

/**
 * The in-page helper the frame passes of both timeline suites share, installed in every document
 * the page loads: a function given to page.evaluate is sent as text and cannot import one.
 */
export async function installFrameHelpers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // A message posted now is queued behind every task already queued (React's scheduled slices).
    window.benchAfterQueuedTasks = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    window.benchOpenChart = (open, scope, bar) =>
      new Promise((resolve, reject) => {
        const STILL_FRAMES = 15;
        const t0 = performance.now();
        // frames[k]: when the k-th frame after the start began (frames[0], the start's own frame).
        const frames = [0];
        // True from a frame's start until a task after its rendering runs.
        let inFrame = true;
        const frameEnds = () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            inFrame = false;
          };
          channel.port2.postMessage(null);
        };
        frameEnds();
        const states: { nodes: number; bars: number; shownBy: number }[] = [];
        const look = () => {
          const root = document.querySelector(scope);
          const nodes = root ? root.querySelectorAll('*').length : 0;
          const bars = root ? root.querySelectorAll(bar).length : 0;
          const last = states[states.length - 1];
          if (last && last.nodes === nodes && last.bars === bars) return;
          const frame = frames.length - 1;
          // Painted by this frame (over when the next begins), or by the next one.
          states.push({ nodes, bars, shownBy: inFrame ? frame + 1 : frame + 2 });
        };
        const observer = new MutationObserver(look);
        observer.observe(document.body, { childList: true, subtree: true });
        open();
        look();
        let still = 0;
        let seen = states.length;
        const tick = () => {
          frames.push(performance.now() - t0);
          inFrame = true;
          frameEnds();
          look();
          const last = states[states.length - 1];
          if (states.length === seen && last && last.bars > 0) still++;
          else [still, seen] = [0, states.length];
          const first = states.find((x) => x.bars > 0);
          if (still >= STILL_FRAMES && last && first) {
            observer.disconnect();
            resolve({ firstBar: frames[first.shownBy] ?? NaN, drawn: frames[last.shownBy] ?? NaN });
          } else if (performance.now() - t0 > 10_000) {
            observer.disconnect();
            reject(new Error(`bench: ${scope} did not settle with a ${bar} within 10 s`));
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
  });
}

/** The mark a traced pass sets at the start of each frame, and once after its last frame. */
export const FRAME_MARK = 'bench-frame';

/**
 * Main-thread time per frame, from Chromium's own trace: runs `pass` (which must call
 * `performance.mark(FRAME_MARK)` as each frame starts and once after the last) while tracing, and
 * returns, for each frame, how long the page's main thread was running tasks from that mark to the
 * next — the event and its handlers, every task queued behind them (a React scheduler's later
 * slices included), idle callbacks, and the browser's own style, layout, paint and commit of the
 * frame. Nothing the page does in a frame escapes it, whichever way a renderer schedules its work,
 * so it compares two renderers by what their frames cost in all. Tracing slows a page a little,
 * so a traced pass is a pass of its own, not one whose times are also reported.
 */
export async function mainThreadPerFrame(page: Page, pass: () => Promise<unknown>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] },
    });
    await pass();
    const complete = new Promise<string>((resolve) =>
      cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
    );
    await cdp.send('Tracing.end');
    const stream = await complete;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    return framesFromTrace(JSON.parse(text) as TraceFile);
  } finally {
    await cdp.detach();
  }
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}
type TraceFile = { traceEvents: TraceEvent[] } | TraceEvent[];

/** Per frame (between consecutive FRAME_MARKs), the ms the marks' thread spent in tasks. */
function framesFromTrace(trace: TraceFile): number[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const marks = events
    .filter((e) => e.name === FRAME_MARK && e.cat.includes('user_timing'))
    .sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first || marks.length < 2) throw new Error('bench: the traced pass set no frame marks');
  const thread = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  // Top-level tasks of the page's main thread (nested run loops aside, they do not overlap).
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && thread(e) && e.dur !== undefined,
  );
  const frames: number[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const from = marks[i]?.ts ?? 0;
    const to = marks[i + 1]?.ts ?? 0;
    let busy = 0;
    for (const t of tasks) {
      const start = Math.max(t.ts, from);
      const end = Math.min(t.ts + (t.dur ?? 0), to);
      if (end > start) busy += end - start;
    }
    frames.push(busy / 1000);
  }
  return frames;
}
