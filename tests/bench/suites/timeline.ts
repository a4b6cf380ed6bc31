import type { Page } from 'playwright-core';
import { generateLargePlan } from '../fixtures/generatePlan';
import { clickTime, domNodes, FRAME_MARK, installFrameHelpers, mainThreadPerFrame } from '../pageTimers';
import { eachOpening, frameRow, median, readyRows, round, type BenchRow, type BenchSuite } from '../types';

/**
 * Opens a seeded plan on another tab, then times the switch to the timeline (started right after a
 * frame, as the SVAR suite starts its mount) until the view is drawn (window.benchOpenChart).
 */
async function timeReady(page: Page, baseUrl: string, planId: string) {
  await page.goto(`${baseUrl}#/plans/${planId}/overview`);
  await page.waitForSelector('[data-testid="plan-title"]', { timeout: 60_000 });
  return page.evaluate(async (id) => {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return window.benchOpenChart(
      () => {
        location.hash = `#/plans/${id}/timeline`;
      },
      '[data-testid="timeline-scroller"]',
      '.tl-chart .tl-bar',
    );
  }, planId);
}

/**
 * Main-thread work per frame, measured synchronously: the event handler (and React's synchronous
 * re-render where the window moves) plus forced style and layout. Paint runs on the compositor.
 * With `drained`, a frame is timed until a task posted after the event has run as well — the
 * method tests/bench/suites/svar.ts must use for SVAR, which renders in a task React schedules
 * after the event; the `.drained` rows compare the two renderers by one method. With `marked`,
 * each frame sets the mark mainThreadPerFrame reads its main-thread time between.
 */
async function scrollFrames(page: Page, drained = false, marked = false): Promise<number[]> {
  return page.evaluate(
    async ([drain, mark, markName]) => {
      const afterQueuedTasks = window.benchAfterQueuedTasks;
      const el = document.querySelector('[data-testid="timeline-scroller"]') as HTMLDivElement;
      const times: number[] = [];
      for (let i = 0; i < 120; i++) {
        if (mark) performance.mark(markName);
        const t0 = performance.now();
        el.scrollTop += 45;
        if (i % 3 === 0) el.scrollLeft += 30;
        el.dispatchEvent(new Event('scroll'));
        if (drain) await afterQueuedTasks();
        el.getBoundingClientRect();
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      if (mark) performance.mark(markName);
      return times;
    },
    [drained, marked, FRAME_MARK] as const,
  );
}

async function dragFrames(page: Page, drained = false, marked = false): Promise<number[]> {
  return page.evaluate(
    async ([drain, mark, markName]) => {
      const afterQueuedTasks = window.benchAfterQueuedTasks;
      const body = document.querySelector('.tl-chart g.tl-bar [data-part="body"]') as SVGGraphicsElement;
      const box = body.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      body.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, clientX: x, clientY: y, button: 0, pointerId: 1 }),
      );
      const times: number[] = [];
      for (let i = 1; i <= 90; i++) {
        if (mark) performance.mark(markName);
        const t0 = performance.now();
        window.dispatchEvent(
          new PointerEvent('pointermove', { bubbles: true, clientX: x + i * 2, clientY: y, pointerId: 1 }),
        );
        if (drain) await afterQueuedTasks();
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      if (mark) performance.mark(markName);
      // Let go where it started, so nothing is committed.
      window.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y, pointerId: 1 }),
      );
      window.dispatchEvent(
        new PointerEvent('pointerup', { bubbles: true, clientX: x, clientY: y, pointerId: 1 }),
      );
      return times;
    },
    [drained, marked, FRAME_MARK] as const,
  );
}

/** Back to the top-left of the chart, settled, so each measurement starts from the same view. */
async function scrollToStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="timeline-scroller"]') as HTMLDivElement;
    el.scrollTop = 0;
    el.scrollLeft = 0;
  });
  await page.waitForTimeout(100);
}

/** Issue 3's figures for the timeline, in Chromium against the built app. */
const suite: BenchSuite = async (ctx) => {
  const rows: BenchRow[] = [];
  const page = await ctx.newPage();
  await installFrameHelpers(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ctx.baseUrl);
  await page.waitForSelector('text=/方案库|Plans/');

  const nodes = new Map<number, number>();
  const chartNodes = new Map<number, number>();
  for (const n of [1000, 2000, 5000, 10000]) {
    const doc = generateLargePlan({ tasks: n, links: Math.round(n * 0.75), seed: 11 });
    await ctx.seedDocument(page, doc);
    const readies = await eachOpening(n, () => timeReady(page, ctx.baseUrl, doc.plan.id));
    if (n === 2000 || n === 10000) rows.push(...readyRows('timeline', n, readies, n === 2000 ? 500 : null));
    nodes.set(n, await domNodes(page));
    chartNodes.set(n, await domNodes(page, '[data-testid="timeline-scroller"]'));
    if (n === 2000) {
      await page.getByText('日', { exact: true }).click();
      const scroll = await scrollFrames(page);
      rows.push(frameRow('timeline.scroll.p95frame', scroll, { budget: 16.7 }));
      await scrollToStart(page);
      const drag = await dragFrames(page);
      rows.push(frameRow('timeline.drag.p95frame', drag, { budget: 16.7 }));
      const zooms: number[] = [];
      for (const label of ['月', '周', '日', '整个活动', '日'])
        zooms.push(await clickTime(page, 'label, button', label));
      rows.push({ name: 'timeline.zoom.2000', value: round(median(zooms)), unit: 'ms', budget: 200 });
      // The same frames again, timed as the SVAR suite must time them (after the zoom, so the
      // figures above are measured exactly as before).
      await scrollToStart(page);
      const dragDrained = await dragFrames(page, true);
      rows.push(frameRow('timeline.drag.p95frame.drained', dragDrained));
      await scrollToStart(page);
      const scrollDrained = await scrollFrames(page, true);
      rows.push(frameRow('timeline.scroll.p95frame.drained', scrollDrained));
      // The same frames once more, each taken as all the main thread ran in it (see
      // mainThreadPerFrame): what the drained method cannot see, for either renderer.
      await scrollToStart(page);
      const dragMain = await mainThreadPerFrame(page, () => dragFrames(page, true, true));
      rows.push(frameRow('timeline.drag.p95mainthread', dragMain));
      await scrollToStart(page);
      const scrollMain = await mainThreadPerFrame(page, () => scrollFrames(page, true, true));
      rows.push(frameRow('timeline.scroll.p95mainthread', scrollMain));
      rows.push(frameRow('timeline.scroll.meanmainthread', scrollMain, { stat: 'mean' }));
    }
    if (n === 10000) {
      const scroll = await scrollFrames(page);
      rows.push(frameRow('timeline.scroll.p95frame.10000', scroll));
    }
  }
  const n1 = nodes.get(1000) ?? 1;
  const n5 = nodes.get(5000) ?? 1;
  rows.push({ name: 'timeline.dom.1000', value: n1, unit: 'nodes', budget: null });
  rows.push({ name: 'timeline.dom.5000', value: n5, unit: 'nodes', budget: null });
  // The chart alone (its header, grid, bars and links), the same scope in both suites.
  for (const n of [1000, 5000])
    rows.push({
      name: `timeline.dom.chart.${n}`,
      value: chartNodes.get(n) ?? 0,
      unit: 'nodes',
      budget: null,
    });
  rows.push({ name: 'timeline.dom.ratio.5000vs1000', value: round(n5 / n1, 3), unit: 'ratio', budget: 1.2 });
  return rows;
};

export default suite;
