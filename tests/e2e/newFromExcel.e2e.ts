import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { hasCount, hasText, hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 10 "import from where a planner starts": the library and the new-plan dialog offer
 * 从 Excel 新建 / New from Excel, and a workbook dropped anywhere on the window opens the same
 * mapping and preview for a new plan.
 */
const fixtures = resolve(import.meta.dirname, '../fixtures/xlsx');
// schedule-wps.xlsx (tests/fixtures/makeXlsxFixtures.ts): two title rows, then three tasks —
// 主KV设计, 直播脚本, 零点开抢 — with dates as real dates, 2026/10/25 text and "11.11".
const WPS_TASKS = ['主KV设计', '直播脚本', '零点开抢'];

/** Drops a file on the page the way a file manager does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, name: string, bytes: Buffer, target = 'body') {
  await page.evaluate(
    ({ name, data, target }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      const element = document.querySelector(target)!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        element.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    },
    { name, data: [...bytes], target },
  );
}

async function confirmNewPlan(page: Page) {
  await page.getByRole('button', { name: /导入为新方案|Import as new plan/ }).click();
  await page.waitForSelector('[data-testid="plan-title"]');
}

describe('new plan from Excel', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('from the library: pick a schedule workbook, check mapping and preview, get a new plan', async () => {
    const { page } = app;
    await hasCount(page.getByTestId('plan-row'), 0);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('new-from-excel').click();
    await (await chooser).setFiles(resolve(fixtures, 'schedule-wps.xlsx'));
    await isVisible(page.getByTestId('new-from-excel-screen'));
    // The mapping: the sheet found, its header below the two title rows.
    await hasValue(page.getByTestId('import-header-row'), '3');
    await hasValue(page.getByTestId('import-sheet'), /^WPS表格/);
    for (const title of WPS_TASKS) await isVisible(page.getByTestId('import-preview').getByText(title));
    await app.screenshot('new-from-excel-zh');
    await confirmNewPlan(page);
    // The plan is named after the sheet's title row.
    await hasText(page.getByTestId('plan-title'), /2026 双11 推广排期/);
    await page.goto(`${app.baseUrl}#/`);
    await hasCount(page.getByTestId('plan-row'), 1);
    await hasText(page.getByTestId('plan-row'), /3 项任务/);
  });

  it('from the new-plan dialog', async () => {
    const { page } = app;
    await page.getByTestId('new-plan').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('new-plan-from-excel').click();
    await (await chooser).setFiles(resolve(fixtures, 'schedule-english-dm.csv'));
    await isVisible(page.getByTestId('import-preview').getByText('Landing page build'));
    await confirmNewPlan(page);
    await page.goto(`${app.baseUrl}#/`);
    await hasCount(page.getByTestId('plan-row'), 2);
  });

  it('a workbook dropped on a plan screen opens the import for a new plan', async () => {
    const { page } = app;
    await page.getByTestId('plan-row').first().getByRole('link').click();
    await page.waitForSelector('[data-testid="plan-title"]');
    await dropFile(page, 'schedule-wps.xlsx', readFileSync(resolve(fixtures, 'schedule-wps.xlsx')));
    await isVisible(page.getByTestId('new-from-excel-screen'));
    for (const title of WPS_TASKS) await isVisible(page.getByTestId('import-preview').getByText(title));
    await confirmNewPlan(page);
    await page.goto(`${app.baseUrl}#/`);
    await hasCount(page.getByTestId('plan-row'), 3);
  });

  it('a note under the table is listed on the preview and kept as the plan’s notes', async () => {
    const { page } = app;
    const csv = [
      '任务名称,开始日期,结束日期',
      '主KV设计,2026-10-20,2026-10-28',
      '',
      '注：日期以平台公告为准',
    ].join('\n');
    await dropFile(page, '带注释的排期.csv', Buffer.from(csv));
    await hasText(page.getByTestId('import-footnotes'), /第 4 行\s*注：日期以平台公告为准/);
    await isVisible(page.getByText('没有发现问题。'));
    await confirmNewPlan(page);
    await hasValue(page.getByRole('textbox', { name: '备注' }), '注：日期以平台公告为准');
    await page.goto(`${app.baseUrl}#/`);
    await hasCount(page.getByTestId('plan-row'), 4);
  });

  it('a dropped file that is not a workbook is refused by name, and nothing changes', async () => {
    const { page } = app;
    await dropFile(page, '会议纪要.docx', Buffer.from('not a workbook'));
    await isVisible(page.getByText('“会议纪要.docx”不是 Excel 或 CSV 文件'));
    await hasCount(page.getByTestId('plan-row'), 4);
    expect(page.url()).toMatch(/#\/$/);
    await page.locator('.mantine-Notification-root').getByRole('button').click();
  });

  it('in English: the library button, the drop overlay and the screen', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).click();
    await hasText(page.getByTestId('new-from-excel'), 'New from Excel');
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'a.csv'));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
    });
    await hasText(page.getByTestId('workbook-drop-overlay'), /Drop to create a new plan from this file/);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'a.csv'));
      document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: transfer, bubbles: true }));
    });
    await hasCount(page.getByTestId('workbook-drop-overlay'), 0);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('new-from-excel').click();
    await (await chooser).setFiles(resolve(fixtures, 'schedule-english-dm.csv'));
    await hasText(page.getByRole('heading', { level: 1 }), 'New plan from Excel');
    await isVisible(page.getByTestId('import-preview').getByText('Creative brief'));
    await app.screenshot('new-from-excel-en');
    await page.getByText('中文', { exact: true }).click();
  });

  it('a workbook of a schedule and a SKU list becomes one new plan holding both', async () => {
    const { page } = app;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['任务名称', '开始日期', '结束日期'],
        ['新品预热', '2026-10-20', '2026-10-28'],
        [],
        ['注：以平台公告为准'],
      ]),
      '排期',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['SKU', '商品名称', '库存'],
        ['NX-01', '新品保温杯', 800],
      ]),
      '商品',
    );
    await dropFile(page, '新品方案.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await isVisible(page.getByTestId('book-mapping'));
    await hasText(page.getByTestId('book-total'), /新建 2 条/);
    await page.getByRole('button', { name: /导入为新方案.*（2 条记录）/ }).click();
    await page.waitForSelector('[data-testid="plan-title"]');
    await hasValue(page.getByRole('textbox', { name: '备注' }), '注：以平台公告为准');
    const planUrl = page.url();
    await page.goto(planUrl.replace(/\/[^/]+$/, '/products'));
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('input')].some((el) => el.value === 'NX-01') ||
            document.body.innerText.includes('NX-01'),
        ),
      )
      .toBe(true);
    await page.goto(`${app.baseUrl}#/`);
  });

  it('made no request that left the machine', () => {
    app.assertNoExternalRequests();
  });
});
