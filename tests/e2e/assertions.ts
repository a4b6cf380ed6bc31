import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waiting assertions for locators (playwright-core has no `expect`; these retry like
 * @playwright/test's web-first assertions, through vitest's `expect.poll`).
 */
const opts = { timeout: 10_000, interval: 100 };

export async function isVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: opts.timeout });
}

export async function isHidden(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout: opts.timeout });
}

export async function hasValue(locator: Locator, value: string | RegExp): Promise<void> {
  if (typeof value === 'string') await expect.poll(() => locator.inputValue(), opts).toBe(value);
  else await expect.poll(() => locator.inputValue(), opts).toMatch(value);
}

export async function hasText(locator: Locator, text: string | RegExp): Promise<void> {
  const read = () => locator.innerText().then((t) => t.trim());
  if (typeof text === 'string') await expect.poll(read, opts).toBe(text);
  else await expect.poll(read, opts).toMatch(text);
}

export async function hasCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), opts).toBe(count);
}

/**
 * Nothing is drawn over the element's lower edge (a sticky bar, an overlay, the dialog's own clip):
 * the element under that point is it or inside it, so a planner sees and can press all of it.
 */
export async function isUncovered(locator: Locator): Promise<void> {
  const uncovered = () =>
    locator.first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.bottom - 2);
      return top !== null && el.contains(top);
    });
  await expect.poll(uncovered, opts).toBe(true);
}
