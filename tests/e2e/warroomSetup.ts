import type { PlanDocument } from '../../shared/domain';
import { launchApp, type App } from './harness';

/**
 * The war-room e2e files' one setup: the app at 1280×720 in `locale`, `doc` seeded and its war
 * room open with the pace shown. `prepare` runs on the fresh app before seeding (axe, a reload).
 */
export async function openWarRoom(
  doc: PlanDocument,
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
  prepare?: (app: App) => Promise<void>,
): Promise<App> {
  const app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
  await prepare?.(app);
  await app.seedDocument(doc);
  await app.openPlan(doc.plan.id, 'warroom');
  await app.page.getByTestId('warroom-pace').waitFor();
  return app;
}
