import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasCount, hasText, hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';
import { DATA_VERSION } from '../../shared/domain';

/**
 * Issue 7 "nothing lost", tried as a planner would: backups to preview and restore (and undo
 * the restore), export all / restore from file, a share file opened as a copy, Ctrl+Z in a
 * non-timeline editor, and two tabs editing different fields of the same risk.
 */
const doc = createPlanFromTemplate({
  templateId: 'double11',
  peakDate: '2026-11-11',
  name: '2026 双11 全店大促',
  locale: 'zh-CN',
  now: new Date('2026-09-01T00:00:00Z'),
});

const firstRisk = (page: Page) => page.getByTestId('risk-card').first();
const description = (page: Page) => firstRisk(page).getByRole('textbox', { name: /风险描述|^Risk$/ });
const owner = (page: Page) => firstRisk(page).getByRole('textbox', { name: /负责人|Owner/ });

async function type(page: Page, field: ReturnType<typeof owner>, text: string) {
  await field.fill(text);
  await field.press('Enter');
  await hasText(page.getByTestId('save-status'), /已保存|Saved/);
}

describe('backups: preview, restore, undo; files; undo in editors; two tabs', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await app.seedDocument(doc);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes a backup and lists it with why it was taken', async () => {
    const { page } = app;
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backup-now').click();
    await isVisible(page.getByTestId('backup-row'));
    await hasText(page.getByTestId('backup-kind').first(), '手动');
    await isVisible(page.getByText(/已获准持久保存|未获准持久保存|无法确认/));
  });

  it('restores a backup after an edit, then undoes the restore', async () => {
    const { page } = app;
    const original = doc.risks.find((r) => r.id === doc.risks[0]!.id);
    await app.openPlan(doc.plan.id, 'risks');
    const before = await owner(page).inputValue();
    await type(page, owner(page), '备份之后改的');
    await page.getByTestId('nav-backups').click();
    const manual = page.getByTestId('backup-row').filter({ hasText: '手动' });
    await manual.getByRole('button', { name: '预览' }).click();
    await hasCount(page.getByTestId('preview-plan'), 1);
    await hasText(page.getByTestId('preview-plan'), /2026 双11 全店大促\s+39/);
    await app.screenshot('backups-preview-zh');
    await page.getByTestId('preview-restore').click();
    await page.getByTestId('confirm-button').click();
    await hasText(page.getByTestId('backup-outcome'), /已恢复 1 个方案/);
    await isVisible(page.getByTestId('backup-row').filter({ hasText: '恢复前' }));
    await app.openPlan(doc.plan.id, 'risks');
    await hasValue(owner(page), before);
    expect(original).toBeDefined();
    // Undo the restore: the edit comes back.
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('undo-restore').click();
    await hasText(page.getByTestId('backup-outcome'), /已撤销恢复/);
    await app.openPlan(doc.plan.id, 'risks');
    await hasValue(owner(page), '备份之后改的');
  });

  it('Ctrl+Z undoes an edit in the risks editor, Ctrl+Y redoes it', async () => {
    const { page } = app;
    await type(page, owner(page), '小李');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Control+z');
    await hasValue(owner(page), '备份之后改的');
    await page.keyboard.press('Control+y');
    await hasValue(owner(page), '小李');
  });

  it('exports all data, and restores it from the file', async () => {
    const { page } = app;
    await page.getByTestId('nav-backups').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-all').click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      dataVersion: number;
      plans: { plan: { name: string } }[];
    };
    expect(file.format).toBe('campaign-desk-backup');
    expect(file.dataVersion).toBe(DATA_VERSION);
    expect(file.plans.map((p) => p.plan.name)).toEqual(['2026 双11 全店大促']);
    file.plans[0]!.plan.name = '从文件恢复的方案';
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('restore-from-file').click(),
    ]);
    await chooser.setFiles({
      name: 'all.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByTestId('confirm-button').click();
    await hasText(page.getByTestId('backup-outcome'), /已恢复 1 个方案/);
    await page.goto(`${app.baseUrl}#/`);
    await hasCount(page.getByTestId('plan-row'), 1);
    await isVisible(page.getByText('从文件恢复的方案'));
  });

  it('refuses a file from a newer version, naming the file', async () => {
    const { page } = app;
    await page.getByTestId('nav-backups').click();
    const newer = JSON.stringify({
      format: 'campaign-desk-backup',
      dataVersion: 7,
      exportedAt: '',
      plans: [],
    });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('restore-from-file').click(),
    ]);
    await chooser.setFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await hasText(page.getByTestId('backup-outcome'), /“future\.json”由更新版本的大促规划台写入（数据版本 7/);
  });

  it('saves a share file and opens it as a copy when the plan is already here', async () => {
    const { page } = app;
    await page.getByTestId('share-plan').click();
    await page.getByRole('option', { name: '从文件恢复的方案' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-share-file').click(),
    ]);
    expect(download.suggestedFilename()).toBe('从文件恢复的方案.campaign.json');
    const bytes = readFileSync((await download.path())!);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('open-share-file').click(),
    ]);
    await chooser.setFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: bytes,
    });
    await hasText(page.getByTestId('backup-outcome'), /已作为副本加入/);
    await page.goto(`${app.baseUrl}#/`);
    await hasCount(page.getByTestId('plan-row'), 2);
  });

  it('two tabs editing different fields of the same risk: both edits survive', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}#/`);
    const planId = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const req = indexedDB.open('campaign-desk');
        req.onsuccess = () => ok(req.result);
      });
      const plans = await new Promise<{ id: string; name: string }[]>((ok) => {
        const req = db.transaction('plans').objectStore('plans').getAll();
        req.onsuccess = () => ok(req.result as { id: string; name: string }[]);
      });
      db.close();
      return plans.find((p) => p.name === '从文件恢复的方案')!.id;
    });
    await app.openPlan(planId, 'risks');
    const other = await app.context.newPage();
    await other.goto(`${app.baseUrl}#/plans/${planId}/risks`);
    await other.waitForSelector('[data-testid="risk-card"]');
    await type(page, owner(page), '甲窗口的负责人');
    await type(other, description(other), '乙窗口改的风险描述');
    // Each tab shows the other's edit without a reload…
    await hasValue(description(page), '乙窗口改的风险描述');
    await hasValue(owner(other), '甲窗口的负责人');
    // …and both are stored.
    await page.reload();
    await page.waitForSelector('[data-testid="risk-card"]');
    await hasValue(description(page), '乙窗口改的风险描述');
    await hasValue(owner(page), '甲窗口的负责人');
    await other.close();
  });

  it('looks right in English too', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).click();
    await page.getByTestId('nav-backups').click();
    await hasText(page.getByRole('heading', { level: 1 }), 'Backups & restore');
    await page.getByText('中文', { exact: true }).click();
  });

  it('made no request that left the machine', () => {
    app.assertNoExternalRequests();
  });
});

describe('the backup at start', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is taken once the library is on screen, when there are plans and no recent backup', async () => {
    const { page } = app;
    // An empty library has nothing to back up.
    await page.getByTestId('nav-backups').click();
    await isVisible(page.getByText(/已获准持久保存|未获准持久保存|无法确认/));
    await hasCount(page.getByTestId('backup-row'), 0);
    // Plans and no backup yet: the next start takes one, after the library is painted.
    await app.seedDocument(doc);
    await page.goto(`${app.baseUrl}#/`);
    await app.reload();
    await hasCount(page.getByTestId('plan-row'), 1);
    await page.getByTestId('nav-backups').click();
    await hasCount(page.getByTestId('backup-row'), 1);
    await hasText(page.getByTestId('backup-reason').first(), '启动时');
  });
});
