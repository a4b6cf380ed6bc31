import type { Page } from 'playwright-core';
import { clickTime, domNodes, FRAME_MARK, installFrameHelpers, mainThreadPerFrame } from '../pageTimers';
import { eachOpening, frameRow, median, readyRows, round, type BenchRow, type BenchSuite } from '../types';

/**
 * The timeline suite's figures for SVAR React Gantt 2.7 (MIT core), on the bench page
 * tests/bench/pages/svar.html: same machine, same generator and seed, same viewport and the same
 * frame size as the own timeline's scroller, so the README can compare the two side by side.
 * Reported only (budget null): the app does not ship SVAR.
 *
 * One difference of method, needed for a fair figure: the own renderer re-renders synchronously
 * inside its scroll handler (flushSync) and moves a dragged bar synchronously, so the timeline
 * suite's synchronous timing holds all of a frame's work. SVAR re-renders from its store in a task
 * React schedules after the event, so here a frame is timed until a task posted after the event
 * has run (React's render task is queued before it), then style and layout are forced.
 */
/** The own timeline's scroller at 1280×800 (grid plus chart, below the app's header and toolbar). */
const FRAME = { width: 1080, height: 642 };

/** Mounts SVAR with a prepared plan, right after a frame, and times it until its view is drawn. */
async function timeReady(page: Page, tasks: number) {
  return page.evaluate(
    async ({ n, frame }) => {
      window.svarBench.unmount();
      window.svarBench.prepare(n);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return window.benchOpenChart(
        () => window.svarBench.show(frame.width, frame.height),
        '[data-testid="svar-frame"]',
        '.wx-bar',
      );
    },
    { n: tasks, frame: FRAME },
  );
}

async function scrollFrames(page: Page, marked = false): Promise<number[]> {
  return page.evaluate(
    async ([mark, markName]) => {
      const afterQueuedTasks = window.benchAfterQueuedTasks;
      // SVAR scrolls rows on its outer element and days on the chart.
      const rowsEl = document.querySelector('.wx-gantt') as HTMLDivElement;
      const daysEl = document.querySelector('.wx-chart') as HTMLDivElement;
      const times: number[] = [];
      for (let i = 0; i < 120; i++) {
        if (mark) performance.mark(markName);
        const t0 = performance.now();
        rowsEl.scrollTop += 45;
        rowsEl.dispatchEvent(new Event('scroll'));
        if (i % 3 === 0) {
          daysEl.scrollLeft += 30;
          daysEl.dispatchEvent(new Event('scroll'));
        }
        await afterQueuedTasks();
        rowsEl.getBoundingClientRect();
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      if (mark) performance.mark(markName);
      return times;
    },
    [marked, FRAME_MARK] as const,
  );
}

/**
 * SVAR drags with mouse events (mousedown on the bar, mousemove on its bars layer, mouseup on the
 * window) and starts a move only after 20 px; the first frames below that are cheap for it.
 */
async function dragFrames(page: Page, marked = false): Promise<number[]> {
  return page.evaluate(
    async ([mark, markName]) => {
      const afterQueuedTasks = window.benchAfterQueuedTasks;
      const chart = (document.querySelector('.wx-chart') as HTMLElement).getBoundingClientRect();
      // A plain task bar wide enough that its middle is "move", not a resize edge, and fully in view.
      const bar = [...document.querySelectorAll<HTMLElement>('.wx-bar.wx-task')].find((b) => {
        const r = b.getBoundingClientRect();
        return r.width >= 64 && r.left >= chart.left && r.right + 200 < chart.right && r.top > chart.top + 60;
      });
      if (!bar) throw new Error('svar drag: no task bar in view');
      const box = bar.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const mouse = (type: string, clientX: number) =>
        new MouseEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX,
          clientY: y,
          button: 0,
          buttons: 1,
          view: window,
        });
      bar.dispatchEvent(mouse('mousedown', x));
      // SVAR keeps the drag in React state: let it commit before the first move.
      await afterQueuedTasks();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const times: number[] = [];
      for (let i = 1; i <= 90; i++) {
        if (mark) performance.mark(markName);
        const t0 = performance.now();
        bar.dispatchEvent(mouse('mousemove', x + i * 2));
        await afterQueuedTasks();
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      if (mark) performance.mark(markName);
      const moved = bar.getBoundingClientRect().left - box.left;
      // Let go where it started, so nothing is committed.
      bar.dispatchEvent(mouse('mousemove', x));
      await afterQueuedTasks();
      window.dispatchEvent(mouse('mouseup', x));
      // A drag that never moved the bar would measure nothing: fail rather than report it.
      if (moved < 100) throw new Error(`svar drag: the bar moved ${moved} px, not ~180`);
      return times;
    },
    [marked, FRAME_MARK] as const,
  );
}

/** Back to the top-left of the chart, settled, so each measurement starts from the same view. */
async function scrollToStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.querySelector('.wx-gantt') as HTMLElement).scrollTop = 0;
    (document.querySelector('.wx-chart') as HTMLElement).scrollLeft = 0;
  });
  await page.waitForTimeout(300);
}

const suite: BenchSuite = async (ctx) => {
  const rows: BenchRow[] = [];
  const page = await ctx.newPage();
  await installFrameHelpers(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  // The comparison page, like the app, must not reach the network (SVAR's themes can load
  // fonts from its CDN; the page turns that off). Anything not from the local server fails the run.
  const external: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') external.push(request.url());
  });
  await page.goto(`${ctx.benchUrl}svar.html`);
  await page.waitForFunction(() => typeof window.svarBench === 'object');

  const nodes = new Map<number, number>();
  const chartNodes = new Map<number, number>();
  for (const n of [1000, 2000, 5000, 10000]) {
    const readies = await eachOpening(n, () => timeReady(page, n));
    if (n === 2000 || n === 10000) rows.push(...readyRows('svar.timeline', n, readies, null));
    // Let the mount settle (SVAR sizes its chart in effects after the first frame).
    await page.waitForTimeout(300);
    nodes.set(n, await domNodes(page));
    chartNodes.set(n, await domNodes(page, '[data-testid="svar-frame"]'));
    if (n === 2000) {
      await page.getByText('日', { exact: true }).click();
      await page.waitForTimeout(300);
      const scroll = await scrollFrames(page);
      rows.push(frameRow('svar.timeline.scroll.p95frame', scroll));
      await scrollToStart(page);
      const drag = await dragFrames(page);
      rows.push(frameRow('svar.timeline.drag.p95frame', drag));
      await page.waitForTimeout(300);
      const zooms: number[] = [];
      for (const label of ['月', '周', '日', '整个活动', '日'])
        zooms.push(await clickTime(page, 'button', label));
      rows.push({ name: 'svar.timeline.zoom.2000', value: round(median(zooms)), unit: 'ms', budget: null });
      // The same frames once more, each taken as all the main thread ran in it (see
      // mainThreadPerFrame): SVAR's later React slices and its frame's rendering included.
      await scrollToStart(page);
      const dragMain = await mainThreadPerFrame(page, () => dragFrames(page, true));
      rows.push(frameRow('svar.timeline.drag.p95mainthread', dragMain));
      await scrollToStart(page);
      const scrollMain = await mainThreadPerFrame(page, () => scrollFrames(page, true));
      rows.push(frameRow('svar.timeline.scroll.p95mainthread', scrollMain));
      rows.push(frameRow('svar.timeline.scroll.meanmainthread', scrollMain, { stat: 'mean' }));
    }
  }
  const n1 = nodes.get(1000) ?? 1;
  const n5 = nodes.get(5000) ?? 1;
  rows.push({ name: 'svar.timeline.dom.1000', value: n1, unit: 'nodes', budget: null });
  rows.push({ name: 'svar.timeline.dom.5000', value: n5, unit: 'nodes', budget: null });
  // The chart alone (its header, grid, bars and links), the same scope in both suites.
  for (const n of [1000, 5000])
    rows.push({
      name: `svar.timeline.dom.chart.${n}`,
      value: chartNodes.get(n) ?? 0,
      unit: 'nodes',
      budget: null,
    });
  rows.push({
    name: 'svar.timeline.dom.ratio.5000vs1000',
    value: round(n5 / n1, 3),
    unit: 'ratio',
    budget: null,
  });
  if (external.length > 0) throw new Error(`svar bench page reached the network: ${external.join(', ')}`);
  return rows;
};

export default suite;
