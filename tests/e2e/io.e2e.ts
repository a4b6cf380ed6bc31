import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { generateLargePlan } from '../bench/fixtures/generatePlan';
import { hasText, isVisible } from './assertions';
import { launchApp, type App } from './harness';

const fixtures = resolve(import.meta.dirname, '../fixtures/xlsx');
const doc = generateLargePlan({ tasks: 30, links: 12, seed: 11 });

async function pick(app: App, file: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: /选择文件|Choose a file/ }).click();
  await (await chooser).setFiles(resolve(fixtures, file));
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  describe(`import and export (${locale})`, () => {
    let app: App;
    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await app.seedDocument(doc);
      await app.openPlan(doc.plan.id, 'io');
    });
    afterAll(async () => {
      app.assertNoExternalRequests();
      await app.close();
    });

    it('downloads a budget workbook whose lines are the plan’s', async () => {
      const download = app.page.waitForEvent('download');
      await app.page.getByRole('button', { name: /预算表（给财务）|Budget workbook/ }).click();
      const path = await (await download).path();
      const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
      expect(wb.SheetNames).toEqual(lang === 'zh' ? ['汇总', '预算明细'] : ['Summary', 'Budget lines']);
      expect(XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[1]!]!)).toHaveLength(doc.budgetLines.length);
    });

    it('shows the mapping, preview and problems of a broken sheet, and imports only its valid rows', async () => {
      await pick(app, 'schedule-broken.xlsx');
      await isVisible(app.page.getByTestId('import-problems'));
      await hasText(
        app.page.getByTestId('import-problems'),
        lang === 'zh' ? /日期“2026-04-31”不存在/ : /The date "2026-04-31" does not exist/,
      );
      await app.screenshot(`io-mapping-${lang}`);
      await app.page.getByTestId('import-problems').scrollIntoViewIfNeeded();
      await app.screenshot(`io-problems-${lang}`);
      await app.page
        .getByRole('button', { name: /只导入 2 行有效数据|Import only the 2 valid rows/ })
        .click();
      await app.page.waitForSelector('[data-testid="plan-title"]');
      await hasText(app.page.getByTestId('plan-title'), /schedule-broken/);
      await app.openPlan(doc.plan.id, 'io');
    });

    it('previews a merge of a messy 双11 schedule into the open plan', async () => {
      await app.page.getByText(lang === 'zh' ? '合并到当前方案' : 'The open plan (merge)').click();
      await pick(app, 'schedule-double11-messy.xlsx');
      await isVisible(app.page.getByTestId('merge-preview'));
      await hasText(app.page.getByTestId('merge-preview'), lang === 'zh' ? /新增 7/ : /7 added/i);
      await isVisible(app.page.getByTestId('import-preview'));
      await app.page.getByTestId('merge-preview').scrollIntoViewIfNeeded();
      await app.screenshot(`io-merge-${lang}`);
      await app.page.getByRole('button', { name: /确认合并|Merge/ }).click();
      await hasText(app.page.locator('.mantine-Alert-root').first(), lang === 'zh' ? /导入完成/ : /Imported/);
    });

    it('refuses a file that is not a workbook with a clear message', async () => {
      await pick(app, 'random-bytes.xlsx');
      await hasText(app.page.getByTestId('import-failed'), /random-bytes\.xlsx/);
    });
  });
}
