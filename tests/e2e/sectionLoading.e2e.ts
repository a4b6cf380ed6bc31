import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { isHidden, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * A side-bar click answers at once. Under load a section's code chunk can take a second or more
 * to arrive; the click must then show a loader in place of the previous screen, not leave the
 * previous screen standing as if the click were lost. The risks chunk is held back here until the
 * test lets it through, so the in-between state is seen for certain, not by timing luck.
 */
describe('a plan section whose code is still on the way', () => {
  let app: App;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale: 'en-US',
    now: new Date('2026-09-01T09:00:00Z'),
  });

  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US' });
    await app.page.route(/\/RisksScreen-[^/]*\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    await app.seedDocument(doc);
    await app.openPlan(doc.plan.id, 'overview');
  });
  afterAll(async () => {
    release();
    await app?.close();
  });

  it('shows a loader instead of the previous screen, then the section', async () => {
    const page = app.page;
    await isVisible(page.getByRole('heading', { level: 1, name: 'Overview' }));
    await page.getByRole('link', { name: 'Risks', exact: true }).click();
    await isVisible(page.getByRole('status', { name: 'Loading…' }));
    await isHidden(page.getByRole('heading', { level: 1, name: 'Overview' }));
    release();
    await isVisible(page.getByRole('heading', { level: 1, name: 'Risk register' }));
    await isHidden(page.getByRole('status', { name: 'Loading…' }));
  });
});
