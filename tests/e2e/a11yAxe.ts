import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** The violations axe-core reports, trimmed to what a person fixing them needs to read. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Makes axe-core available in every page of the context. The built app's CSP refuses inline
 * scripts and eval, so axe is not added as a <script> tag: an init script is installed through
 * the DevTools protocol (Page.addScriptToEvaluateOnNewDocument), which the page's CSP does not
 * govern. Pages opened or reloaded afterwards have `window.axe`.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: axePath });
}

/** Runs axe on the whole document (portals and modals included) against WCAG 2.1 A/AA. */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  await page.waitForFunction(() => 'axe' in window);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    }
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.slice(0, 200),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      })),
    }));
  });
}

export const isBlocking = (f: AxeFinding) => f.impact === 'serious' || f.impact === 'critical';

/** One readable block per violation, for the test log. */
export function describeFindings(screen: string, findings: AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `[${screen}] ${f.impact} ${f.id}: ${f.help}\n` +
        f.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target}\n      ${n.html}\n      ${n.summary}`)
          .join('\n') +
        (f.nodes.length > 5 ? `\n    … and ${f.nodes.length - 5} more` : ''),
    )
    .join('\n');
}
