import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../shared/backup/backupFile';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasCount, hasText, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 10 "backups": imports and manual backups no longer push earlier backups out, a restore
 * leaves the backup it came from listed, and each backup shows its kind and size, with the total
 * disk they take (docs/backup-retention.md).
 */
const doc = createPlanFromTemplate({
  templateId: 'double11',
  peakDate: '2026-11-11',
  name: '2026 双11 全店大促',
  locale: 'zh-CN',
  now: new Date('2026-09-01T00:00:00Z'),
});
const shareFile = Buffer.from(serializeBackup([doc], { exportedAt: new Date('2026-09-01T00:00:00Z') }));

const rows = (page: Page) => page.getByTestId('backup-row');

async function openShareFile(page: Page) {
  const before = await rows(page).count();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('open-share-file').click(),
  ]);
  await chooser.setFiles({ name: 'plan.campaign.json', mimeType: 'application/json', buffer: shareFile });
  await hasText(page.getByTestId('backup-outcome'), /已作为副本加入/);
  await hasCount(rows(page), before + 1);
}

/** Each stored backup as the browser holds it: name, recorded size, and its JSON's UTF-8 bytes. */
function storedBackups(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const req = indexedDB.open('campaign-desk-backups');
      req.onsuccess = () => ok(req.result);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((ok) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => ok(req.result as T[]);
      });
    const list = await all<{ name: string; size: number }>('list');
    const contents = await all<{ name: string; json: string }>('contents');
    db.close();
    return list.map((row) => ({
      name: row.name,
      size: row.size,
      bytes: new TextEncoder().encode(contents.find((c) => c.name === row.name)?.json ?? '').length,
    }));
  });
}

describe('backup retention, kind and size', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await app.seedDocument(doc);
    await app.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('two imports and a manual backup push out none of the earlier ones', async () => {
    const { page } = app;
    await page.getByTestId('nav-backups').click();
    // The start backup, taken because there are plans and no backup yet.
    await hasCount(rows(page), 1);
    const start = await rows(page).first().getAttribute('data-name');
    await page.getByTestId('backup-now').click();
    await hasCount(rows(page), 2);
    await page.getByTestId('backup-now').click();
    await hasCount(rows(page), 3);
    await openShareFile(page);
    await openShareFile(page);
    await page.getByTestId('backup-now').click();
    // Until issue 10 only the 3 latest of the day were left here.
    await hasCount(rows(page), 6);
    await isVisible(page.locator(`[data-testid="backup-row"][data-name="${start}"]`));
    await hasCount(rows(page).filter({ has: page.getByTestId('backup-kind').getByText('自动') }), 1);
    await hasCount(rows(page).filter({ has: page.getByTestId('backup-kind').getByText('手动') }), 3);
    await hasCount(rows(page).filter({ has: page.getByTestId('backup-kind').getByText('操作前') }), 2);
    await hasCount(rows(page).filter({ hasText: '导入前' }), 2);
  });

  it('restoring from a backup leaves it listed', async () => {
    const { page } = app;
    const start = page.locator('[data-testid="backup-row"][data-kind="automatic"]');
    const name = await start.getAttribute('data-name');
    await start.getByRole('button', { name: '恢复' }).click();
    await page.getByTestId('confirm-button').click();
    await hasText(page.getByTestId('backup-outcome'), /已恢复 1 个方案/);
    await hasCount(rows(page), 7);
    await isVisible(page.locator(`[data-testid="backup-row"][data-name="${name}"]`));
    await isVisible(rows(page).filter({ hasText: '恢复前' }));
    // The restore really happened: the two imported copies are gone from the library.
    await page.goto(`${app.baseUrl}#/`);
    await hasCount(page.getByTestId('plan-row'), 1);
  });

  it('shows each size as stored and the total on disk', async () => {
    const { page } = app;
    await page.getByTestId('nav-backups').click();
    await hasCount(rows(page), 7);
    const stored = await storedBackups(page);
    expect(stored).toHaveLength(7);
    // The recorded size is the JSON's size in bytes (UTF-8), not its length in characters.
    for (const b of stored) expect(b.size).toBe(b.bytes);
    // A 双11 plan from the template is tens of KB; the list shows KB to one decimal.
    for (const b of stored) {
      const shown = await page.locator(`[data-name="${b.name}"] [data-testid="backup-size"]`).innerText();
      expect(shown.trim()).toBe(`${(Math.round((b.size / 1024) * 10) / 10).toLocaleString('zh-CN')} KB`);
    }
    const total = stored.reduce((sum, b) => sum + b.size, 0);
    // Seven backups of one to three plans stay well under a megabyte.
    expect(total).toBeLessThan(1024 * 1024);
    const totalShown = `${(Math.round((total / 1024) * 10) / 10).toLocaleString('zh-CN')} KB`;
    await hasText(page.getByTestId('backup-total'), `共 7 份，占用 ${totalShown}`);
    await app.screenshot('backups-zh');
  });

  it('deletes a manual backup by hand', async () => {
    const { page } = app;
    const manual = page.locator('[data-testid="backup-row"][data-kind="manual"]');
    await hasCount(manual, 3);
    await manual.first().getByTestId('backup-delete').click();
    await page.getByTestId('confirm-button').click();
    await hasText(page.getByTestId('backup-outcome'), /已删除/);
    await hasCount(manual, 2);
    await hasText(page.getByTestId('backup-total'), /^共 6 份，占用 [\d.]+ KB$/);
  });

  it('says the same in English', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).click();
    // The outcome follows the language too: the date of the deleted backup is written in English.
    await hasText(page.getByTestId('backup-outcome'), /^Deleted the backup of [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await hasText(page.getByTestId('backup-total'), /^6 backups, [\d.]+ KB on disk$/);
    await hasCount(rows(page).filter({ has: page.getByTestId('backup-kind').getByText('Automatic') }), 1);
    await hasCount(rows(page).filter({ has: page.getByTestId('backup-kind').getByText('Manual') }), 2);
    await hasCount(rows(page).filter({ has: page.getByTestId('backup-kind').getByText('Safety') }), 3);
    await isVisible(rows(page).filter({ hasText: 'Before restore' }));
    await page.getByTestId('backup-outcome').getByRole('button').click();
    await app.screenshot('backups-en');
    await page.getByText('中文', { exact: true }).click();
  });

  it('made no request that left the machine', () => {
    app.assertNoExternalRequests();
  });
});
