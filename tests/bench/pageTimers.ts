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
