import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasCount, hasText, hasValue, isHidden, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 7: two tabs of the app stay consistent about the plan library. What one tab archives,
 * moves to the trash, restores or deletes for good leaves (or joins) the other's list without a
 * reload, and a tab that has the plan open says so instead of editing a deleted plan silently.
 */
function plan(name: string, peakDate: string): PlanDocument {
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate,
    locale: 'en-US',
    now: new Date('2026-09-01T09:00:00Z'),
  });
  return { ...doc, plan: { ...doc.plan, name } };
}

describe('the plan library across tabs', () => {
  let app: App;
  let a: Page;
  let b: Page;
  const archived = plan('Archive me 11.11', '2026-11-11');
  const trashed = plan('Trash me 12.12', '2026-12-12');
  const open = plan('Open elsewhere 618', '2027-06-18');

  const row = (page: Page, name: string) => page.getByTestId('plan-row').filter({ hasText: name });

  async function libraryAction(page: Page, name: string, action: RegExp) {
    await page.getByRole('button', { name: `Actions: ${name}` }).click();
    await page.getByRole('menuitem', { name: action }).click();
  }

  async function trashFromLibrary(page: Page, name: string) {
    await libraryAction(page, name, /^Move to trash$/);
    await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  }

  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US' });
    for (const doc of [archived, trashed, open]) await app.seedDocument(doc);
    await app.reload();
    a = app.page;
    b = await app.context.newPage();
    await b.goto(app.baseUrl);
    for (const page of [a, b]) await isVisible(row(page, open.plan.name));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a plan archived in one tab leaves the other tab’s list without a reload', async () => {
    await libraryAction(a, archived.plan.name, /^Archive$/);
    await hasCount(row(a, archived.plan.name), 0);
    await hasCount(row(b, archived.plan.name), 0);
    await hasCount(row(b, trashed.plan.name), 1);
  });

  it('a plan moved to the trash in one tab leaves the other’s list and shows in its trash', async () => {
    await trashFromLibrary(a, trashed.plan.name);
    await hasCount(row(b, trashed.plan.name), 0);
    await b.getByRole('link', { name: 'Trash', exact: true }).click();
    await isVisible(b.getByTestId('trash-list').getByText(trashed.plan.name, { exact: true }));
  });

  it('a plan restored from the trash in one tab comes back to the other’s list', async () => {
    // B restores from its trash screen; A, still on the library, sees the plan return.
    await b.getByTestId('trash-list').getByRole('button', { name: 'Restore' }).click();
    await hasCount(row(a, trashed.plan.name), 1);
    await b.getByRole('link', { name: 'Plans' }).first().click();
    await hasCount(row(b, trashed.plan.name), 1);
  });

  it('a plan moved to the trash while open in another tab: that tab says so and stops saving', async () => {
    await b.goto(`${app.baseUrl}#/plans/${open.plan.id}/tasks`);
    await b.getByTestId('task-grid').waitFor();
    const title = b.getByTestId('task-title').first();
    const original = await title.inputValue();
    await isHidden(b.getByTestId('plan-in-trash'));

    await trashFromLibrary(a, open.plan.name);
    await hasCount(row(a, open.plan.name), 0);
    const banner = b.getByTestId('plan-in-trash');
    await hasText(banner, /moved to the trash/);

    // An edit typed now is not stored: after a reload the old title is still there.
    await title.fill('typed into a trashed plan');
    await title.press('Enter');
    await b.waitForTimeout(500);
    await b.reload();
    await b.getByTestId('task-grid').waitFor();
    await hasValue(b.getByTestId('task-title').first(), original);
    await isVisible(b.getByTestId('plan-in-trash'));

    // Restoring from the open plan brings it back to the other tab's list, and editing resumes.
    await b.getByTestId('plan-restore').click();
    await isHidden(b.getByTestId('plan-in-trash'));
    await hasCount(row(a, open.plan.name), 1);
    await b.getByTestId('task-title').first().fill('edited after restoring');
    await b.getByTestId('task-title').first().press('Enter');
    await b.reload();
    await b.getByTestId('task-grid').waitFor();
    await hasValue(b.getByTestId('task-title').first(), 'edited after restoring');
  });

  it('a plan trashed from this tab’s own list and opened again says it is in the trash', async () => {
    await isHidden(b.getByTestId('plan-in-trash'));
    await b.getByRole('link', { name: 'Plans' }).first().click();
    await trashFromLibrary(b, open.plan.name);
    await hasCount(row(b, open.plan.name), 0);
    await hasCount(row(a, open.plan.name), 0);
    await b.goBack();
    await b.getByTestId('task-grid').waitFor();
    await isVisible(b.getByTestId('plan-in-trash'));
  });

  it('a plan deleted for good while open in another tab closes there with a clear message', async () => {
    await isVisible(b.getByTestId('plan-in-trash'));
    await a.getByRole('link', { name: 'Trash', exact: true }).click();
    const trashRow = a.getByTestId('trash-list').getByRole('row').filter({ hasText: open.plan.name });
    await trashRow.getByRole('button', { name: 'Delete forever' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
    await hasText(b.getByTestId('plan-load-error'), /deleted for good in another window/);
    await hasCount(b.getByTestId('task-grid'), 0);
    // Nothing of the plan was written back by the tab that had it open.
    const left = await a.evaluate(
      (id) =>
        new Promise<number>((ok, fail) => {
          const req = indexedDB.open('campaign-desk');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(['plans', 'tasks'], 'readonly');
            const plans = tx.objectStore('plans').get(id);
            const tasks = tx.objectStore('tasks').getAll();
            tx.oncomplete = () => {
              db.close();
              const own = (tasks.result as { planId: string }[]).filter((t) => t.planId === id);
              ok((plans.result ? 1 : 0) + own.length);
            };
          };
        }),
      open.plan.id,
    );
    expect(left).toBe(0);
  });
});
