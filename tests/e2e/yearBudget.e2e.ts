import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedYear } from '../shared/figures/workedYear';
import { hasText, hasValue } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 14 point 2: the annual budget with the worked year of docs/year-budget.md — two 2026 plans
 * (and a 2025 one that must not count): the roll-up's totals, the cap and what is left of it, one
 * undo step per cap edit that survives a reload, and the finance workbook.
 */
const { docs } = workedYear();

async function run(locale: 'zh-CN' | 'en-US') {
  const zh = locale === 'zh-CN';
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    for (const doc of docs) await app.seedDocument(doc);
  });
  afterAll(async () => {
    await app?.close();
  });

  const cap = () => app.page.getByTestId('year-cap');
  const saved = () => hasText(app.page.getByTestId('save-status'), zh ? '已保存' : /saved/i);

  it('rolls the year’s two plans up: ¥400,000 planned, ¥326,000 actual, variance −¥24,000', async () => {
    const { page } = app;
    await page.getByTestId('nav-year-budget').click();
    // Only the annual budget's link is marked as the current screen, not the year calendar's too.
    const linkColour = (id: string) => page.getByTestId(id).evaluate((el) => getComputedStyle(el).color);
    await expect.poll(() => linkColour('nav-year')).toBe(await linkColour('nav-team'));
    expect(await linkColour('nav-year-budget')).not.toBe(await linkColour('nav-team'));
    await page.getByTestId('year-select').click();
    await page.getByRole('option', { name: '2026' }).click();
    await hasText(page.getByTestId('year-planned'), /400,000|40万/);
    await hasText(page.getByTestId('year-committed'), /300,000|30万/);
    await hasText(page.getByTestId('year-actual'), /326,000|32\.6万/);
    await hasText(page.getByTestId('year-variance'), /[-−]¥(24,000|2\.4万)/);
    await hasText(page.getByTestId('year-cap-left'), zh ? '未设上限' : 'No cap set');
    const table = page.getByTestId('year-rollup-table');
    await hasText(table, /2026 618[\s\S]*2026 双11/);
    expect(await table.textContent()).not.toContain('2025 双12');
  });

  it('sets the cap, undoes a later change of it, and finds it after a reload', async () => {
    const { page } = app;
    await cap().fill('1000000');
    await cap().press('Tab');
    await saved();
    await hasText(page.getByTestId('year-cap-left'), /600,000|60万/);
    await cap().fill('1200000');
    await cap().press('Tab');
    await hasText(page.getByTestId('year-cap-left'), /800,000|80万/);
    // Ctrl+Z from outside the field undoes the last cap edit, one step.
    await page.getByTestId('year-planned').click();
    await page.keyboard.press('Control+z');
    await hasText(page.getByTestId('year-cap-left'), /600,000|60万/);
    await saved();
    await app.screenshot(zh ? 'year-budget-zh' : 'year-budget-en');
    await app.reload();
    await hasValue(cap(), /1,000,000/);
    await hasText(page.getByTestId('year-cap-left'), /600,000|60万/);
  });

  it('exports the finance workbook with the year’s totals and the cap left', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('year-export').click(),
    ]);
    const wb = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
    const total = rows.find((r) => r[0] === (zh ? '合计' : 'Total'));
    expect(total?.slice(1, 5)).toEqual([400_000, 300_000, 326_000, -24_000]);
    const left = rows.find((r) => String(r[0]).startsWith(zh ? '上限剩余' : 'Cap left'));
    expect(left?.[1]).toBe(600_000);
    expect(wb.SheetNames).toEqual(zh ? ['汇总', '明细'] : ['Summary', 'Detail']);
  });

  it('an emptied cap is no cap: 未设上限 on screen and in the workbook (not a cap left of −¥400,000.00)', async () => {
    const { page } = app;
    await cap().fill('');
    await cap().press('Tab');
    await saved();
    await hasText(page.getByTestId('year-cap-left'), zh ? '未设上限' : 'No cap set');
    await app.reload();
    await hasValue(cap(), '');
    await hasText(page.getByTestId('year-cap-left'), zh ? '未设上限' : 'No cap set');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('year-export').click(),
    ]);
    const wb = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
    // The cap and the cap left say there is no cap, as the screen does: no figure of −¥400,000.
    const row = (label: string) => rows.find((r) => String(r[0]).startsWith(label));
    expect(row(zh ? '年度上限' : 'Yearly cap')?.[1]).toBe(zh ? '未设上限' : 'No cap set');
    expect(row(zh ? '上限剩余' : 'Cap left')?.[1]).toBe(zh ? '未设上限' : 'No cap set');
  });

  it('quarter caps: switched on with none typed there is no cap left; typed ones come back with the switch', async () => {
    const { page } = app;
    const byQuarter = page.getByTestId('year-by-quarter');
    await byQuarter.check();
    await saved();
    await hasValue(page.getByTestId('year-q2-cap'), '');
    await hasValue(cap(), '');
    await hasText(page.getByTestId('year-cap-left'), zh ? '未设上限' : 'No cap set');
    expect(await page.getByTestId('year-quarters').count()).toBe(0);
    // Q2 holds the 618 plan: ¥300,000 − ¥180,000 = ¥120,000 left (docs/year-budget.md).
    await page.getByTestId('year-q2-cap').fill('300000');
    await page.getByTestId('year-q2-cap').press('Tab');
    await saved();
    await hasText(page.getByTestId('year-quarters'), /120,000\.00|12万/);
    await byQuarter.uncheck();
    await saved();
    await byQuarter.check();
    await hasValue(page.getByTestId('year-q2-cap'), /300,000/);
    await hasValue(page.getByTestId('year-q1-cap'), '');
    await hasText(page.getByTestId('year-quarters'), /120,000\.00|12万/);
  });

  it('made no request that left the machine', () => {
    app.assertNoExternalRequests();
  });
}

describe('the annual budget (中文)', () => run('zh-CN'));
describe('the annual budget (English)', () => run('en-US'));
