import { generateLargePlan } from '../fixtures/generatePlan';
import { median, round, type BenchRow, type BenchSuite } from '../types';

declare global {
  interface Window {
    dbBench: {
      writeRecords(count: number): Promise<number>;
      loadPlan(tasks: number): Promise<number>;
      singleEdit(tasks: number): Promise<number>;
    };
  }
}

const RUNS = 5;

/** Issue 2's figures: renderer start-up, opening a 2,000-task plan, storing 10,000 records. */
const suite: BenchSuite = async (ctx) => {
  const rows: BenchRow[] = [];

  // startup.renderer: navigation start → the library is on screen and answers input.
  const startups: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await ctx.newPage();
    await page.goto(ctx.baseUrl);
    await page.waitForSelector('text=/方案库|Plans/');
    startups.push(await page.evaluate(() => performance.now()));
  }
  rows.push({ name: 'startup.renderer', value: round(median(startups)), unit: 'ms', budget: 1500 });

  // plan.open.2000: from clicking into a plan to its task table being on screen.
  const opens: number[] = [];
  const doc = generateLargePlan({ tasks: 2000, links: 1500, seed: 11 });
  const page = await ctx.newPage();
  await page.goto(ctx.baseUrl);
  await page.waitForSelector('text=/方案库|Plans/');
  await ctx.seedDocument(page, doc);
  await page.reload();
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.waitForSelector('[data-testid="plan-list"]');
    const ms = await page.evaluate(async (planId) => {
      const t0 = performance.now();
      location.hash = `#/plans/${planId}/tasks`;
      await new Promise<void>((resolve) => {
        const check = () =>
          document.querySelector('[data-testid="task-row"]') ? resolve() : requestAnimationFrame(check);
        check();
      });
      return performance.now() - t0;
    }, doc.plan.id);
    opens.push(ms);
  }
  rows.push({ name: 'plan.open.2000', value: round(median(opens)), unit: 'ms', budget: 1000 });

  // Storage through the app's own repositories in Chromium's IndexedDB.
  const dbPage = await ctx.newPage();
  await dbPage.goto(ctx.benchUrl);
  await dbPage.waitForFunction(() => document.title === 'ready');
  const writes: number[] = [];
  const loads: number[] = [];
  const edits: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    writes.push(await dbPage.evaluate(() => window.dbBench.writeRecords(10_000)));
    loads.push(await dbPage.evaluate(() => window.dbBench.loadPlan(2000)));
    edits.push(await dbPage.evaluate(() => window.dbBench.singleEdit(2000)));
  }
  rows.push({ name: 'db.write.10000', value: round(median(writes)), unit: 'ms', budget: 3000 });
  rows.push({ name: 'db.load.2000', value: round(median(loads)), unit: 'ms', budget: 500 });
  rows.push({ name: 'db.edit.one', value: round(median(edits)), unit: 'ms', budget: 50 });
  return rows;
};

export default suite;
