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

declare global {
  interface Window {
    /** Resolves once every task queued before the call has run (installFrameHelpers). */
    benchAfterQueuedTasks(): Promise<void>;
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
