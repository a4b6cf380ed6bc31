import type { Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionKeys, planDocumentSchema, type PlanDocument } from '../../shared/domain';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasText, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 7, "nothing let in": markup typed into a plan (or pasted from a hostile spreadsheet) is
 * text. It shows literally on every screen; nothing of it is parsed as HTML or run as script.
 */
const payloads = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=alert(1)>',
  '<img src=x onerror="window.__pwned=1">\'"<b>bold</b>',
] as const;

/** Every plain text field the screens show gets one of the payloads, with a tag to tell them apart. */
function hostilePlan(): PlanDocument {
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale: 'zh-CN',
    now: new Date('2026-09-01T09:00:00Z'),
  });
  let n = 0;
  const next = () => `${payloads[n % payloads.length]} #${n++}`;
  const mutable = doc as unknown as Record<string, Record<string, unknown>[]>;
  for (const key of collectionKeys) {
    for (const record of mutable[key] ?? []) {
      for (const field of ['title', 'name', 'description', 'mitigation', 'owner', 'notes', 'purpose']) {
        if (typeof record[field] === 'string' && record[field] !== '') record[field] = next();
      }
    }
  }
  doc.plan.name = `${payloads[0]} 双11`;
  doc.plan.theme = payloads[1];
  return planDocumentSchema.parse(doc);
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
  'review',
  'io',
];

describe('hostile text in a plan stays text', () => {
  let app: App;
  const doc = hostilePlan();
  const dialogs: string[] = [];
  const onDialog = (d: Dialog) => {
    dialogs.push(d.message());
    void d.dismiss();
  };

  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN' });
    app.page.on('dialog', onDialog);
    await app.seedDocument(doc);
    await app.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** No alert, no script ran, and no element the payloads would have created exists. */
  async function nothingRan(where: string) {
    const injected = await app.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      imgX: document.querySelectorAll('img[src="x"]').length,
      handlers: document.querySelectorAll('[onerror], [onload]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned'))
        .length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').length,
    }));
    expect({ where, dialogs, ...injected }).toEqual({
      where,
      dialogs: [],
      pwned: null,
      imgX: 0,
      handlers: 0,
      scripts: 0,
      bold: 0,
    });
  }

  /**
   * A section's tab is in the plan's tab bar. A renamed or removed tab fails the check instead of
   * skipping it, so the security checks below cannot quietly stop running.
   */
  async function hasTab(section: string): Promise<void> {
    const count = await app.page.getByTestId(`tab-${section}`).count();
    expect(count, `the plan has no tab with test id "tab-${section}"`).toBe(1);
  }

  /** The payload is on screen as typed: in the page's text or in a field's value. */
  async function showsLiterally(payload: string): Promise<boolean> {
    return app.page.evaluate(
      (p) =>
        document.body.innerText.includes(p) ||
        [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((i) =>
          i.value.includes(p),
        ),
      payload,
    );
  }

  it('lists the plan by its name, as text', async () => {
    await isVisible(app.page.getByText(doc.plan.name, { exact: true }));
    await nothingRan('library');
  });

  for (const section of sections) {
    it(`shows the ${section} section without running anything`, async () => {
      await app.openPlan(doc.plan.id, 'overview');
      await hasTab(section);
      await app.openPlan(doc.plan.id, section);
      await app.page.locator(`[data-testid="tab-${section}"][data-active]`).waitFor();
      await app.page.locator('main .mantine-Loader').waitFor({ state: 'detached' });
      await app.page.waitForTimeout(300); // lazy screens and charts settle
      await hasText(app.page.getByTestId('plan-title'), doc.plan.name);
      await nothingRan(section);
    });
  }

  it('shows task titles, goal titles and risk texts literally where they are edited', async () => {
    const task = doc.tasks[0];
    const goal = doc.goals[0];
    const risk = doc.risks[0];
    if (!task || !goal || !risk) throw new Error('the template plan lost its tasks, goals or risks');

    await app.openPlan(doc.plan.id, 'tasks');
    await app.page.getByTestId('task-grid').waitFor();
    expect(await showsLiterally(task.title)).toBe(true);

    await app.openPlan(doc.plan.id, 'goals');
    await app.page.locator('[data-testid="tab-goals"][data-active]').waitFor();
    await expect.poll(() => showsLiterally(goal.title)).toBe(true);

    await app.openPlan(doc.plan.id, 'risks');
    await app.page.locator('[data-testid="tab-risks"][data-active]').waitFor();
    await expect.poll(() => showsLiterally(risk.description)).toBe(true);
    await nothingRan('edited fields');
  });

  it('shows task titles as text on the timeline', async () => {
    await app.openPlan(doc.plan.id, 'overview');
    await hasTab('timeline');
    await app.openPlan(doc.plan.id, 'timeline');
    await app.page.getByTestId('timeline-scroller').waitFor();
    const title = doc.tasks[0]?.title ?? '';
    await isVisible(app.page.getByText(title, { exact: true }));
    await nothingRan('timeline text');
  });

  it('typing markup into a task title stores text and runs nothing', async () => {
    await app.openPlan(doc.plan.id, 'tasks');
    const input = app.page.getByTestId('task-title').first();
    const typed = '<img src=x onerror=alert(2)><script>window.__pwned=2</script>';
    await input.fill(typed);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe(typed);
    await app.openPlan(doc.plan.id, 'timeline');
    await app.page.getByTestId('timeline-scroller').waitFor();
    await isVisible(app.page.getByText(typed, { exact: true }));
    await nothingRan('typed title');
  });
});
