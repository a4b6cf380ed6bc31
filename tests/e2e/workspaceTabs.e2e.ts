import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { emptyDocument, planSchema, taskSchema, type PlanDocument } from '../../shared/domain';
import { workedYear } from '../shared/figures/workedYear';
import { hasCount, hasText, hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 14: the planner has the app open in two windows. What one changes in the workspace — the
 * team, a person's fields, the default task limit, the year's cap — and in a plan shows in the
 * other without a reload, on the team, workload and annual budget screens; two windows editing
 * different fields of one person both keep their edit.
 */
const plan: PlanDocument = (() => {
  const doc = emptyDocument(
    planSchema.parse({
      id: 'plan-sync',
      name: 'Singles Day sync',
      type: 'double11',
      startDate: '2026-10-20',
      endDate: '2026-11-30',
      peakDate: '2026-11-11',
      createdAt: '2026-07-01T00:00:00.000Z',
      updatedAt: '2026-07-01T00:00:00.000Z',
    }),
  );
  // Two tasks of Zhang San in 2026-W45 (11-02..11-08), one of Li Si.
  const tasks: [string, string, string, string][] = [
    ['Key visual', 'Zhang San', '2026-11-02', '2026-11-04'],
    ['Coupons', 'Zhang San', '2026-11-03', '2026-11-05'],
    ['Live stream', 'Li Si', '2026-11-04', '2026-11-06'],
  ];
  doc.tasks = tasks.map(([title, owner, startDate, endDate], i) =>
    taskSchema.parse({ id: `sync-t${i}`, planId: 'plan-sync', title, owner, startDate, endDate, order: i }),
  );
  return doc;
})();

describe('the workspace across two windows', () => {
  let app: App;
  let a: Page;
  let b: Page;

  const go = async (page: Page, path: string) => {
    await page.goto(`${app.baseUrl}#${path}`);
    await isVisible(page.locator('main h1'));
  };
  const person = (page: Page) => page.getByTestId('person-row');

  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    await app.seedDocument(plan);
    for (const doc of workedYear().docs) await app.seedDocument(doc);
    a = app.page;
    b = await app.context.newPage();
    await b.setViewportSize({ width: 1280, height: 720 });
    await go(a, '/team');
    await go(b, '/team');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a person added and named in one window appears in the other', async () => {
    await a.getByTestId('add-person').click();
    await hasCount(person(b), 1);
    const name = person(a).getByLabel('Name');
    await name.fill('Zhang San');
    await name.press('Tab');
    await hasValue(person(b).getByLabel('Name'), 'Zhang San');
  });

  it('two windows editing different fields of the same person both keep their edit', async () => {
    const department = person(a).getByLabel('Department');
    const role = person(b).getByLabel('Role');
    await department.fill('Operations');
    await role.fill('Lead');
    await department.press('Tab');
    await role.press('Tab');
    for (const page of [a, b]) {
      await hasValue(person(page).getByLabel('Department'), 'Operations');
      await hasValue(person(page).getByLabel('Role'), 'Lead');
    }
    await b.reload();
    await hasValue(person(b).getByLabel('Department'), 'Operations');
    await hasValue(person(b).getByLabel('Role'), 'Lead');
  });

  it('the workload follows the other window: a new person, a plan edit and the default limit', async () => {
    await go(b, '/workload');
    await hasText(b.getByTestId('load-Zhang San-2026-W45'), /^2$/);
    // A adds Li Si to the team: B's grid gets the row.
    await a.getByTestId('add-person').click();
    await hasCount(person(a), 2);
    const name = person(a).nth(1).getByLabel('Name');
    await name.fill('Li Si');
    await name.press('Tab');
    await hasText(b.getByTestId('load-Li Si-2026-W45'), /^1$/);
    // A gives Li Si's task to Zhang San in the plan: B's cells move without a reload.
    await app.openPlan(plan.plan.id, 'tasks');
    const owner = a.getByTestId('task-row').nth(2).getByLabel('Owner');
    await owner.fill('Zhang San');
    await owner.press('Tab');
    await hasText(b.getByTestId('load-Zhang San-2026-W45'), /^3$/);
    // An empty cell is not a button; its name says 0.
    await isVisible(b.getByLabel('Li Si 2026-W45: 0 tasks'));
    // A lowers the default limit to 2 on the team screen: B marks Zhang San's 3 as over.
    await go(a, '/team');
    const limit = a.getByTestId('default-limit');
    await limit.fill('2');
    await limit.press('Tab');
    await hasText(b.getByTestId('load-Zhang San-2026-W45'), /^3\s*Over$/);
    await hasText(b.getByTestId('overload-count'), '1 overload');
  });

  it('the year’s cap set in one window shows, with what is left of it, in the other', async () => {
    await go(a, '/year-budget?year=2026');
    await go(b, '/year-budget?year=2026');
    await hasText(b.getByTestId('year-cap-left'), 'No cap set');
    const cap = a.getByTestId('year-cap');
    await cap.fill('1000000');
    await cap.press('Tab');
    await hasText(b.getByTestId('year-cap-left'), /600,000/);
    await hasValue(b.getByTestId('year-cap'), /1,000,000/);
  });

  it('made no request that left the machine', () => {
    app.assertNoExternalRequests();
  });
});
