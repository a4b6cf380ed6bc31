import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLargePlan } from '../bench/fixtures/generatePlan';
import { hasValue } from './assertions';
import { launchWithPlan, type App } from './harness';
import { pdfText } from './pdfText';

/**
 * The timeline in English at 1280×720: the README screenshots, presentation mode, and an export
 * that shows its progress, ignores a second click while it runs, and carries the pacing strip.
 */
describe('timeline (English)', () => {
  let app: App;
  const doc = generateLargePlan({ tasks: 40, links: 20, seed: 3 });

  beforeAll(async () => {
    app = await launchWithPlan(doc, 'timeline', { locale: 'en-US', viewport: { width: 1280, height: 720 } });
    await app.page.getByTestId('timeline-scroller').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens on the peak when today is outside the campaign', async () => {
    const { page } = app;
    // The seeded campaign is in 2026 autumn; the peak (11-11) is in the middle of the view.
    const centred = await page.evaluate((peak) => {
      const scroller = document.querySelector('[data-testid="timeline-scroller"]') as HTMLElement;
      const peakLine = [...document.querySelectorAll('.tl-chart line')].find(
        (l) => l.getAttribute('stroke') === '#e8590c',
      );
      if (!peakLine) return `no peak line for ${peak}`;
      const box = peakLine.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return box.left > view.left + 300 && box.left < view.right ? 'in view' : `at ${box.left}`;
    }, doc.plan.peakDate);
    expect(centred).toBe('in view');
  });

  it('shows the whole campaign in English', async () => {
    const { page } = app;
    await page.getByText('Whole campaign', { exact: true }).click();
    await expect.poll(() => page.locator('.tl-chart g.tl-bar').count()).toBeGreaterThan(10);
    await expect.poll(() => page.getByTestId('timeline-screen').textContent()).toContain('Cumulative spend');
    await page.waitForTimeout(200);
    // The bottom header row's dates are drawn whole or not at all: none runs past the chart's end
    // or into its neighbour (the last, short week gave way to "11/16").
    const clashes = await page.evaluate(() => {
      const svg = document.querySelector('.tl-header svg') as SVGSVGElement;
      const end = svg.getBoundingClientRect().right;
      const texts = [...svg.querySelectorAll('text')];
      const bottom = Math.max(...texts.map((t) => Number(t.getAttribute('y'))));
      const boxes = texts
        .filter((t) => Number(t.getAttribute('y')) === bottom)
        .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
        .sort((a, b) => a.box.left - b.box.left);
      const out: string[] = [];
      boxes.forEach(({ text, box }, i) => {
        if (box.right > end + 0.5) out.push(`${text} past the end`);
        const next = boxes[i + 1];
        if (next && next.box.left < box.right) out.push(`${text} into ${next.text}`);
      });
      return out;
    });
    expect(clashes).toEqual([]);
    // A phase's name is drawn inside its band or not at all (names ran into the next band), and
    // the hint line under the toolbar reads to its end at 1280 px ("… F…" was cut).
    const spilled = await page.evaluate(() => {
      const svg = document.querySelector('.tl-header svg') as SVGSVGElement;
      const bands = [...svg.querySelectorAll('rect')].filter((r) => r.querySelector('title'));
      const texts = [...svg.querySelectorAll('text')];
      return bands.flatMap((band) => {
        const b = band.getBoundingClientRect();
        const name = texts.find((t) => Number(t.getAttribute('x')) === Number(band.getAttribute('x')) + 4);
        return name && name.getBoundingClientRect().right > b.right + 0.5 ? [name.textContent] : [];
      });
    });
    expect(spilled).toEqual([]);
    const hint = page.getByTestId('timeline-hint');
    expect(await hint.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await hint.textContent()).toContain('F fit the campaign');
    await app.screenshot('timeline-en');
  });

  /**
   * The toolbar's Selects are drawn as their input until first pointed at or focused
   * (components/LazySelect); a click right after the pointer arrives, and the keyboard, still
   * open the list as before.
   */
  it('groups by workstream from the toolbar by a click, and back to phase by the keyboard', async () => {
    const { page } = app;
    const groupBy = page.locator('#tl-group-by');
    await groupBy.click();
    await page.getByRole('option', { name: 'Workstream', exact: true }).click();
    await hasValue(groupBy, 'Workstream');
    await groupBy.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await hasValue(groupBy, 'Phase');
  });

  it('presents at 1280×720 and leaves with Esc', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presentation').textContent()).toContain('Phase 3');
    // English brackets around the phase's dates, not the Chinese full-width ones.
    expect(await page.getByTestId('presentation').textContent()).toMatch(/\S \(\d+\/\d+ – \d+\/\d+\)/);
    await page.waitForTimeout(200);
    await app.screenshot('presentation-en');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
  });

  it('exports once however often it is clicked, showing progress, with the pacing strip', async () => {
    const { page } = app;
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByTestId('timeline-export').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-pdf-A4-fit').click();
    // While it runs the button says what it is doing and is disabled, so no second export starts.
    await expect.poll(() => page.getByTestId('timeline-export').isDisabled()).toBe(true);
    await page.getByTestId('timeline-export').click({ force: true });
    const path = await (await download).path();
    await expect.poll(() => page.getByTestId('timeline-export').isDisabled()).toBe(false);
    const { text } = await pdfText(new Uint8Array(readFileSync(path)));
    expect(text).toContain(doc.plan.name);
    expect(text).toContain('Cumulative spend');
    await page.waitForTimeout(500);
    expect(downloads).toHaveLength(1);
  });

  it('edits a start date in the grid as YYYY-MM-DD text, and refuses one that is not a date', async () => {
    const { page } = app;
    const cell = page.locator('.tl-cell-start').first();
    await cell.dblclick();
    const input = page.locator('.tl-cell-input');
    const stored = await input.inputValue();
    expect(stored).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await input.fill('11/05/2026');
    await input.press('Enter');
    await expect
      .poll(() => page.locator('.mantine-Notification-root').last().textContent())
      .toContain('Write the date as YYYY-MM-DD');
    // Nothing was stored: the editor opens on the same date again.
    await cell.dblclick();
    expect(await input.inputValue()).toBe(stored);
    const nextDay = new Date(`${stored}T00:00:00Z`);
    nextDay.setUTCDate(nextDay.getUTCDate() + 1);
    const typed = nextDay.toISOString().slice(0, 10);
    await input.fill(typed);
    await input.press('Enter');
    await cell.dblclick();
    expect(await input.inputValue()).toBe(typed);
    await input.press('Escape');
  });
});
