import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasText, hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 7, "everything reachable by keyboard": a planner who never touches the mouse creates a
 * plan from a template, visits every section of the side bar, renames a task in the table and
 * takes it back with Ctrl+Z — and can always see where the focus is.
 */

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max`. */
async function tabTo(page: Page, selector: string, opts: { max?: number; back?: boolean } = {}) {
  const max = opts.max ?? 60;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
  throw new Error(`Tab never reached ${selector} in ${max} presses; focus is on ${at}`);
}

/**
 * How the focused element shows its focus: an outline, a ring (box-shadow) or a coloured border
 * that differs from the same element's border when it is not focused.
 */
async function focusIsVisible(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const s = getComputedStyle(el);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return 'outline';
    if (s.boxShadow && s.boxShadow !== 'none') return 'ring';
    const focusedBorder = s.borderTopColor;
    const clone = el.cloneNode(false) as HTMLElement;
    clone.removeAttribute('id');
    el.parentElement?.appendChild(clone);
    const restBorder = getComputedStyle(clone).borderTopColor;
    clone.remove();
    return focusedBorder !== restBorder && parseFloat(s.borderTopWidth) > 0
      ? 'border'
      : `no visible focus on ${el.outerHTML.slice(0, 120)}`;
  });
}

/** Focus styles may fade in (Mantine inputs transition their border), so this waits for them. */
async function focusShows(page: Page): Promise<void> {
  await expect.poll(() => focusIsVisible(page), { timeout: 2_000 }).toMatch(/^(outline|ring|border)$/);
}

const sections = [
  'overview',
  'goals',
  'phases',
  'tasks',
  'timeline',
  'channels',
  'budget',
  'promotions',
  'products',
  'forecast',
  'risks',
  'checklist',
  'warroom',
  'review',
  'io',
];

describe('keyboard only', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a 618 plan from its template with Tab, Space, typing and Enter', async () => {
    const { page } = app;
    await tabTo(page, '[data-testid="new-plan"]');
    await focusShows(page);
    await page.keyboard.press('Enter');
    await isVisible(page.getByRole('dialog'));

    await tabTo(page, '[data-testid="template-mid618"]');
    await focusShows(page);
    await page.keyboard.press('Space');
    await hasText(page.locator('[role="radio"][aria-checked="true"]').locator('p').first(), /618/);

    await tabTo(page, '[data-testid="peak-date"]');
    await focusShows(page);
    // The dialog fills in the template's next peak; the planner replaces it.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-06-18');
    await tabTo(page, '[data-testid="plan-name"]');
    await hasValue(page.getByTestId('peak-date'), '2026-06-18');
    await page.keyboard.type('618 by keyboard');
    await tabTo(page, '[data-testid="create-plan"]');
    await focusShows(page);
    await page.keyboard.press('Enter');
    await hasText(page.getByTestId('plan-title'), '618 by keyboard');
  });

  it('reaches every section of the side bar', async () => {
    const { page } = app;
    const present: string[] = [];
    for (const id of sections) {
      if ((await page.getByTestId(`tab-${id}`).count()) > 0) present.push(id);
    }
    expect(present.length).toBeGreaterThanOrEqual(10);
    // From the first section onwards, each next one is the next Tab stop in the side bar.
    await tabTo(page, `[data-testid="tab-${present[0]}"]`);
    for (const [i, id] of present.entries()) {
      if (i > 0) await tabTo(page, `[data-testid="tab-${id}"]`, { max: 1 });
      await focusShows(page);
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="tab-${id}"][data-active]`).waitFor();
      expect(new URL(page.url()).hash).toMatch(new RegExp(`/${id}$`));
    }
  });

  it('renames a task in the table and undoes it with Ctrl+Z', async () => {
    const { page } = app;
    await page.getByTestId('tab-tasks').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('task-grid').waitFor();
    const first = page.getByTestId('task-title').first();
    const before = await first.inputValue();

    await tabTo(page, '[data-testid="task-title"]', { max: 80 });
    await focusShows(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Renamed by keyboard');
    await page.keyboard.press('Enter');
    await hasValue(first, 'Renamed by keyboard');
    await hasText(page.getByTestId('save-status'), /^saved$/i);

    await page.keyboard.press('Control+Z');
    await hasValue(first, before);
  });
});
