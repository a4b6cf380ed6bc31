import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain';
import { generateLargePlan } from '../bench/fixtures/generatePlan';
import { launchWithPlan, screenshotDir, type App } from './harness';
import { pdfText } from './pdfText';

/**
 * Issue 3's timeline, driven with a real mouse in Chromium: drag a bar three days, undo it, draw a
 * link, present at 1280×720, and export a PDF whose text holds the plan's Chinese title.
 */
describe('timeline', () => {
  let app: App;
  const doc = generateLargePlan({ tasks: 40, links: 20, seed: 3 });
  const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;

  beforeAll(async () => {
    app = await launchWithPlan(doc, 'timeline', { locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await app.page.getByTestId('timeline-scroller').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  function firstTaskRow() {
    return app.page.locator('[data-row-task]').first();
  }

  async function barBox(id: string, part = 'body') {
    const body = app.page.locator(`.tl-chart g[data-task-id="${id}"] [data-part="body"]`);
    await body.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    // A bar's handles and link dots are there once the pointer has come over the bar.
    if (part !== 'body') await body.hover();
    const bar = app.page.locator(`.tl-chart g[data-task-id="${id}"] [data-part="${part}"]`);
    const box = await bar.boundingBox();
    if (!box) throw new Error(`no bar for ${id}`);
    return box;
  }

  it('moves a bar by three days with the mouse, stores it, and undo puts it back', async () => {
    const { page } = app;
    await page.getByText('日', { exact: true }).click(); // day zoom: 32 px a day
    const row = firstTaskRow();
    const id = (await row.getAttribute('data-row-task')) ?? '';
    const task = doc.tasks.find((t) => t.id === id);
    if (!task) throw new Error('first row is not a seeded task');
    await expect.poll(() => row.locator('[data-col="start"]').textContent()).toBe(shortDate(task.startDate));

    const box = await barBox(id);
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2; // the middle: the ends are resize handles
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(x + i * 16, y);
    await page.mouse.up();

    const moved = addDays(task.startDate, 3);
    await expect.poll(() => row.locator('[data-col="start"]').textContent()).toBe(shortDate(moved));
    await expect
      .poll(() => row.locator('[data-col="end"]').textContent())
      .toBe(shortDate(addDays(task.endDate, 3)));

    // Stored: a reload reads the plan back from IndexedDB.
    await app.reload();
    await page.getByTestId('timeline-scroller').waitFor();
    await expect
      .poll(() => firstTaskRow().locator('[data-col="start"]').textContent())
      .toBe(shortDate(moved));

    // Undo works for edits of this session: make one more move, then Ctrl+Z restores it.
    await page.getByText('日', { exact: true }).click();
    const again = await barBox(id);
    const ax = again.x + again.width / 2;
    await page.mouse.move(ax, again.y + again.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(ax + i * 16, again.y + again.height / 2);
    await page.mouse.up();
    await expect
      .poll(() => firstTaskRow().locator('[data-col="start"]').textContent())
      .toBe(shortDate(addDays(task.startDate, 6)));
    await page.getByTestId('timeline-scroller').focus();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => firstTaskRow().locator('[data-col="start"]').textContent())
      .toBe(shortDate(moved));
  });

  it('links two bars by dragging from the end dot of one onto the other', async () => {
    const { page } = app;
    const rows = page.locator('[data-row-task]');
    const fromId = (await rows.nth(0).getAttribute('data-row-task')) ?? '';
    const toId = (await rows.nth(1).getAttribute('data-row-task')) ?? '';
    expect(await page.locator(`[data-link="${fromId}>${toId}"]`).count()).toBe(0);
    await page.getByText('整个活动', { exact: true }).click();
    const target = await barBox(toId);
    const dot = await barBox(fromId, 'link-end');
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await page.mouse.down();
    await page.mouse.move(dot.x + 30, dot.y + 10);
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
    await page.mouse.up();
    await expect.poll(() => page.locator(`[data-link="${fromId}>${toId}"]`).count()).toBe(1);
    await app.screenshot('timeline-zh');
  });

  it('draws no link over a bar: every link dot in view takes the pointer', async () => {
    const { page } = app;
    await page.getByText('整个活动', { exact: true }).click();
    // A link leaves its bar through the bar's link dot; drawn above the bar (as a later row
    // block's links once were) it took the pointer, and the dot could not be grabbed. A bar's
    // dots are there once the pointer comes over it, so each bar in view is pointed at in turn.
    type InView = { tlInView(x: number, y: number): boolean };
    await page.evaluate(() => {
      (window as unknown as InView).tlInView = (x, y) => {
        const scroller = document.querySelector('[data-testid="timeline-scroller"]') as HTMLElement;
        const chart = (document.querySelector('.tl-chart-area') as HTMLElement).getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        const grid = (document.querySelector('.tl-grid') as HTMLElement).getBoundingClientRect();
        const header = (document.querySelector('.tl-header') as HTMLElement).getBoundingClientRect();
        const bottom = document.querySelector('.tl-pacing')?.getBoundingClientRect().top ?? view.bottom;
        return (
          x > Math.max(grid.right, chart.left) + 2 &&
          x < Math.min(view.right, chart.right) - 20 &&
          y > header.bottom + 2 &&
          y < Math.min(view.bottom, bottom) - 20
        );
      };
    });
    const covered = async () => {
      const bars = await page.evaluate(() => {
        const visible = (window as unknown as InView).tlInView;
        return [...document.querySelectorAll('.tl-chart g.tl-bar rect[data-part="body"]')].flatMap((body) => {
          const r = body.getBoundingClientRect();
          const id = body.closest('[data-task-id]')?.getAttribute('data-task-id');
          const x = r.left + Math.min(r.width / 2, 20);
          const y = r.top + r.height / 2;
          return id && visible(x, y) ? [{ id, x, y }] : [];
        });
      });
      const out = { checked: 0, covered: [] as string[] };
      for (const bar of bars.slice(0, 15)) {
        await page.mouse.move(bar.x, bar.y);
        const dots = page.locator(`.tl-chart g[data-task-id="${bar.id}"] [data-part^="link-"]`);
        await expect.poll(() => dots.count()).toBe(2);
        const seen = await page.evaluate((id) => {
          const visible = (window as unknown as InView).tlInView;
          const res = { checked: 0, covered: [] as string[] };
          for (const dot of document.querySelectorAll(
            `.tl-chart g[data-task-id="${id}"] [data-part^="link-"]`,
          )) {
            const r = dot.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            if (!visible(x, y)) continue;
            res.checked++;
            if (document.elementFromPoint(x, y) !== dot)
              res.covered.push(`${id} ${dot.getAttribute('data-part')}`);
          }
          return res;
        }, bar.id);
        out.checked += seen.checked;
        out.covered.push(...seen.covered);
      }
      return out;
    };
    const top = await covered();
    expect(top.checked).toBeGreaterThan(10);
    expect(top.covered).toEqual([]);
    await page.getByTestId('timeline-scroller').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await page.waitForTimeout(200);
    const end = await covered();
    expect(end.checked).toBeGreaterThan(10);
    expect(end.covered).toEqual([]);
  });

  it('moves a task a day later and back from its right-click menu, which opens each time', async () => {
    const { page } = app;
    const id = (await page.locator('[data-row-task]').nth(4).getAttribute('data-row-task')) ?? '';
    const task = doc.tasks.find((t) => t.id === id);
    if (!task) throw new Error('row 4 is not a seeded task');
    const row = page.locator(`[data-row-task="${id}"]`);
    const start = row.locator('[data-col="start"]');
    await expect.poll(() => start.textContent()).toBe(shortDate(task.startDate));
    const menu = page.getByTestId('timeline-context-menu');
    await row.click({ button: 'right' });
    await expect.poll(() => menu.locator('.mantine-Menu-label').textContent()).toBe(task.title);
    await menu.getByText('推后一天').click();
    await expect.poll(() => start.textContent()).toBe(shortDate(addDays(task.startDate, 1)));
    await menu.waitFor({ state: 'hidden' });
    // Escape closes it without an edit; the next right-click opens it again.
    await row.click({ button: 'right' });
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await row.click({ button: 'right' });
    await menu.getByText('提前一天').click();
    await expect.poll(() => start.textContent()).toBe(shortDate(task.startDate));
  });

  it('names a holiday when the pointer is over its column', async () => {
    const { page } = app;
    await page.getByText('日', { exact: true }).click();
    // 国庆节 (2026-10-01) is inside the plan; bring its column to the middle of the chart, then
    // find a point in it that no bar covers, as a planner would hover the empty part of a day.
    const spot = await page.evaluate(() => {
      const column = [...document.querySelectorAll('svg.tl-chart-bg rect')].find(
        (r) => r.querySelector('title')?.textContent === '国庆节',
      );
      if (!column) return null;
      const scroller = document.querySelector('[data-testid="timeline-scroller"]') as HTMLElement;
      const grid = (document.querySelector('.tl-grid') as HTMLElement).getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      const box = column.getBoundingClientRect();
      const x = (grid.right + view.right) / 2; // the middle of the chart's part of the view
      scroller.scrollLeft += box.left + box.width / 2 - x;
      const top = (document.querySelector('.tl-header') as HTMLElement).getBoundingClientRect().bottom;
      for (let y = top + 4; y < view.bottom - 20; y += 5) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !hit.closest('.tl-bar')) return { x, y };
      }
      return null;
    });
    if (!spot) throw new Error('no 国庆节 column, or none of it free of bars');
    await page.mouse.move(spot.x, spot.y);
    const hovered = () =>
      page.evaluate(() => document.querySelector('svg.tl-chart-bg rect:hover > title')?.textContent ?? null);
    await expect.poll(hovered).toBe('国庆节');
  });

  it('presents full screen at 1280×720 and leaves with Esc', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '演示' }).click();
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presentation').textContent()).toContain('预热期');
    await page.waitForTimeout(200);
    await app.screenshot('presentation-zh');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
  });

  it('exports the timeline as a PNG image a planner can paste into slides', async () => {
    const { page } = app;
    await page.getByTestId('timeline-export').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-png').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await file.path());
    // PNG signature, then the IHDR chunk's width and height (big-endian).
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // The whole campaign, not the visible viewport: wider than the 1280 px window.
    expect(width).toBeGreaterThan(1280);
    expect(height).toBeGreaterThan(200);
    copyFileSync(await file.path(), join(screenshotDir, 'timeline-export-zh.png'));
  });

  it('exports the whole timeline as a PDF whose text holds the Chinese title', async () => {
    const { page } = app;
    await page.getByTestId('timeline-export').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-pdf-A4-fit').click();
    const path = await (await download).path();
    const { text, pages } = await pdfText(new Uint8Array(readFileSync(path)));
    expect(text).toContain(doc.plan.name);
    expect(text).toContain('预热期');
    expect(pages).toBeGreaterThanOrEqual(1);

    await page.getByTestId('timeline-export').click();
    const tiled = page.waitForEvent('download');
    await page.getByTestId('export-pdf-A3-tile').click();
    const tiledText = await pdfText(new Uint8Array(readFileSync(await (await tiled).path())));
    expect(tiledText.pages).toBeGreaterThan(1);
    // Row labels repeat on every page.
    expect(tiledText.text.split(doc.plan.name).length - 1).toBe(tiledText.pages);
  });
});

/**
 * A long plan scrolled with the mouse wheel, as a planner reads down it: at every step the rows
 * in view are drawn (grid and bars, no blank strip), and once the planner is scrolling the rows
 * just below the view are already there, drawn in the idle time between frames.
 */
describe('timeline, scrolling a long plan', () => {
  let app: App;
  const doc = generateLargePlan({ tasks: 600, links: 400, seed: 5 });

  beforeAll(async () => {
    app = await launchWithPlan(doc, 'timeline', { locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await app.page.getByTestId('timeline-scroller').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Rows missing in view (grid or bar), and rows drawn below the view. */
  const look = () =>
    app.page.evaluate(() => {
      const scroller = document.querySelector('[data-testid="timeline-scroller"]') as HTMLElement;
      const view = scroller.getBoundingClientRect();
      const header = (document.querySelector('.tl-header') as HTMLElement).getBoundingClientRect();
      const bottom = document.querySelector('.tl-pacing')?.getBoundingClientRect().top ?? view.bottom;
      const grid = (document.querySelector('.tl-grid') as HTMLElement).getBoundingClientRect();
      const missing: number[] = [];
      for (let y = header.bottom + 4; y < bottom - 4; y += 10) {
        const hit = document.elementFromPoint(grid.left + 40, y);
        if (!hit?.closest('.tl-grid-row')) missing.push(Math.round(y));
      }
      const rows = [...document.querySelectorAll<HTMLElement>('.tl-grid-row')];
      const inView = rows.filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= header.bottom && b.bottom <= bottom;
      });
      const barless = inView
        .map((r) => r.getAttribute('data-row-task'))
        .filter((id) => id && !document.querySelector(`.tl-chart g[data-task-id="${id}"]`));
      const below = rows.filter((r) => r.getBoundingClientRect().top >= bottom).length;
      // A row whose cells are wider than the row has its last column cut off at the edge.
      const cut = rows.filter((r) => r.scrollWidth > r.clientWidth).length;
      return { missing, barless, below, inView: inView.length, cut };
    });

  it('draws every row in view at each step, and has the next rows ready while scrolling', async () => {
    const { page } = app;
    const box = await page.getByTestId('timeline-scroller').boundingBox();
    if (!box) throw new Error('no scroller');
    // Opening renders the view and a few rows around it, not the rows ahead.
    const opened = await look();
    expect(opened.missing).toEqual([]);
    expect(opened.below).toBeLessThan(12);
    expect(opened.cut).toBe(0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 25; step++) {
      await page.mouse.wheel(0, 160);
      await page.waitForTimeout(40);
      const seen = await look();
      expect(seen.missing, `step ${step}`).toEqual([]);
      expect(seen.barless, `step ${step}`).toEqual([]);
      expect(seen.inView).toBeGreaterThan(10);
    }
    // Scrolling: at least the next 16 rows below the view are drawn already.
    await expect.poll(async () => (await look()).below).toBeGreaterThanOrEqual(16);
  });
});
