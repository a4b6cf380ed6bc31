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

/** Every element in the page: what virtualisation keeps flat as a plan grows. */
export async function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('*').length);
}
