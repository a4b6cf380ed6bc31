import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { generateLargePlan } from '../bench/fixtures/generatePlan';
import { hasText, hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fixtures = resolve(import.meta.dirname, '../fixtures/xlsx');
const doc = generateLargePlan({ tasks: 30, links: 12, seed: 11 });

async function pick(app: App, file: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: /选择文件|Choose a file/ }).click();
  await (await chooser).setFiles(resolve(fixtures, file));
}

/**
 * A planner's workbook of three planning sheets (tasks, budget, SKUs) behind a cover sheet, each
 * table with a footnote row; names no other test's plan uses.
 */
function planningBook(): Buffer {
  const wb = XLSX.utils.book_new();
  const add = (name: string, rows: unknown[][]): void => {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  };
  add('说明', [['本文件包含排期、预算、商品和目标四张表']]);
  add('排期', [
    ['任务名称', '负责人', '开始日期', '结束日期'],
    ['多表主KV设计', '陈晨', '2026-10-20', '2026-10-28'],
    ['多表直播脚本', '李雷', '2026-10-25', '2026-10-30'],
    [],
    ['注：多表日期以平台公告为准'],
  ]);
  add('预算', [['费用类别', '项目', '预算金额'], ['广告', '多表直通车', 50000], [], ['备注：多表预算含税']]);
  add('商品', [
    ['SKU', '商品名称', '库存', '日常价', '活动价'],
    ['MS-001', '多表保温杯', 1200, 199, 149],
    ['MS-002', '多表电热水壶', 300, 399, 329],
  ]);
  add('目标', [
    ['目标', '目标值', '基线'],
    ['多表退款率', '≤5%', '6.2%'],
  ]);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** True once the screen shows the text, as text or as the value of a field. */
async function shows(app: App, text: string): Promise<boolean> {
  return app.page.evaluate(
    (t) =>
      document.body.innerText.includes(t) ||
      [...document.querySelectorAll('input, textarea')].some((el) =>
        (el as HTMLInputElement).value.includes(t),
      ),
    text,
  );
}

async function goTo(app: App, planId: string, tab: string): Promise<void> {
  // A same-document navigation: the undo history lives in memory and must survive it.
  await app.page.evaluate((hash) => (window.location.hash = hash), `#/plans/${planId}/${tab}`);
  await app.page.waitForFunction((t) => window.location.hash.endsWith(`/${t}`), tab);
  // The task table draws only the rows in view: filter it to the imported ones.
  if (tab === 'tasks') await app.page.getByRole('textbox', { name: /筛选任务|Filter tasks/ }).fill('多表');
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

    it('names the “import into” choice for screen readers as it shows it', async () => {
      const target = app.page.getByRole('radiogroup', { name: lang === 'zh' ? '导入到' : 'Import into' });
      await isVisible(target);
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
      await app.page.getByTestId('import-problems').scrollIntoViewIfNeeded();
      await app.screenshot(`io-problems-${lang}`);
      await app.page
        .getByRole('button', { name: /只导入 2 行有效数据|Import only the 2 valid rows/ })
        .click();
      await app.page.waitForSelector('[data-testid="plan-title"]');
      await hasText(app.page.getByTestId('plan-title'), /schedule-broken/);
      await app.openPlan(doc.plan.id, 'io');
    });

    it('suggests the schedule sheet behind a cover sheet, and lets the planner switch sheets', async () => {
      await pick(app, 'schedule-cover-sheet.xlsx');
      const sheet = app.page.getByTestId('import-sheet');
      await isVisible(sheet);
      expect(await sheet.inputValue()).toBe(lang === 'zh' ? '排期表 · 推荐' : '排期表 · suggested');
      expect(await app.page.getByTestId('import-header-row').inputValue()).toBe('2');
      await hasText(app.page.getByTestId('import-preview'), /预售定金开启/);
      // The mapping section at the top of the window, so the screenshot shows the preview too.
      await sheet.evaluate((el) => el.closest('.mantine-Paper-root')?.scrollIntoView());
      await sheet.click();
      await isVisible(app.page.getByRole('option', { name: /说明/ }));
      await app.screenshot(`io-mapping-${lang}`);
      await app.page.getByRole('option', { name: /说明/ }).click();
      await hasText(
        app.page.getByTestId('import-problems'),
        lang === 'zh' ? /没有对应“工作事项”的列/ : /No column is mapped to "Task"/,
      );
      await hasText(app.page.getByTestId('import-preview'), /填写说明/);
      expect(await sheet.inputValue()).toMatch(/^说明/);
      await sheet.click();
      await app.page.getByRole('option', { name: /排期表/ }).click();
      await hasText(app.page.getByTestId('import-preview'), /预售定金开启/);
      await app.page
        .getByRole('button', { name: /导入为新方案“双11 活动排期”|Import as new plan “双11 活动排期”/ })
        .click();
      await app.page.waitForSelector('[data-testid="plan-title"]');
      await hasText(app.page.getByTestId('plan-title'), /双11 活动排期/);
      await app.openPlan(doc.plan.id, 'io');
    });

    it('imports a whole-plan workbook of a plan in the library as a copy, leaving the original', async () => {
      const download = app.page.waitForEvent('download');
      await app.page.getByRole('button', { name: /完整方案工作簿|Full plan workbook/ }).click();
      const buffer = readFileSync(await (await download).path());
      const chooser = app.page.waitForEvent('filechooser');
      await app.page.getByRole('button', { name: /选择文件|Choose a file/ }).click();
      await (await chooser).setFiles({ name: 'plan.xlsx', mimeType: XLSX_MIME, buffer });
      await hasText(app.page.getByTestId('import-as-copy'), new RegExp(escape(doc.plan.name)));
      // The preview counts what the copy creates, in all and per kind — never "0 rows".
      const perKind =
        lang === 'zh'
          ? `任务 ${doc.tasks.length} · 渠道 ${doc.channels.length}`
          : `Tasks ${doc.tasks.length} · Channels ${doc.channels.length}`;
      await isVisible(app.page.getByText(perKind, { exact: false }));
      const copyName = `${doc.plan.name}${lang === 'zh' ? '（副本）' : ' (copy)'}`;
      await app.page.getByRole('button', { name: new RegExp(escape(copyName)) }).click();
      await app.page.waitForSelector('[data-testid="plan-title"]');
      await hasText(app.page.getByTestId('plan-title'), new RegExp(escape(copyName)));
      const copyUrl = app.page.url();
      expect(copyUrl).not.toContain(doc.plan.id);
      // The copy holds the plan's tasks: its own schedule export lists them all.
      await app.page.goto(copyUrl.replace(/\/[^/]+$/, '/io'));
      const exported = app.page.waitForEvent('download');
      await app.page.getByRole('button', { name: /^排期表$|^Schedule workbook$/ }).click();
      const wb = XLSX.read(readFileSync(await (await exported).path()), { type: 'buffer' });
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
      const cells = new Set(rows.flat().map(String));
      expect(doc.tasks.every((t) => cells.has(t.title))).toBe(true);
      await app.openPlan(doc.plan.id, 'io');
      expect((await app.page.getByTestId('plan-title').textContent())?.trim()).toBe(doc.plan.name);
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

    it('reads a GBK CSV from Excel on Chinese Windows and names the file, sheet and cell of a bad date', async () => {
      await app.page.getByText(lang === 'zh' ? '新方案' : 'A new plan', { exact: true }).click();
      await pick(app, 'schedule-gbk.csv');
      await hasText(app.page.getByTestId('import-preview'), /预售定金开启.*王芳.*11月1日/s);
      await hasText(app.page.getByTestId('import-problems'), /schedule-gbk\.csv › Sheet1 › F6/);
      await hasText(
        app.page.getByTestId('import-problems'),
        lang === 'zh' ? /日期“11月31日”不存在/ : /The date "11月31日" does not exist/,
      );
      await app.page.getByRole('button', { name: /放弃|Discard/ }).click();
    });

    it('lets the planner map by hand a sheet whose headers the importer does not know', async () => {
      await pick(app, 'schedule-own-words.csv');
      await hasText(app.page.getByTestId('import-failed'), lang === 'zh' ? /找不到表头/ : /No header row/);
      await app.page.getByRole('button', { name: /手动指定各列|Map the columns by hand/ }).click();
      const headerRow = app.page.getByTestId('import-header-row');
      await isVisible(headerRow);
      await headerRow.fill('2');
      await hasText(app.page.getByTestId('import-preview'), /B 从/);
      const fields: [string, string, string][] = [
        ['工作事项', 'Task', 'A · 做什么'],
        ['开始日期', 'Start', 'B · 从'],
        ['结束日期', 'End', 'C · 到'],
      ];
      for (const [zh, en, option] of fields) {
        const select = app.page
          .locator('input')
          .and(app.page.getByLabel(lang === 'zh' ? zh : en, { exact: true }));
        await select.click();
        await app.page.getByRole('option', { name: option, exact: true }).click();
        await hasValue(select, option);
      }
      await app.page
        .getByRole('button', { name: /导入为新方案“大促安排”|Import as new plan “大促安排”/ })
        .click();
      await app.page.waitForSelector('[data-testid="plan-title"]');
      await hasText(app.page.getByTestId('plan-title'), /大促安排/);
      await app.openPlan(doc.plan.id, 'io');
    });

    it('imports a workbook of four sheets (schedule, budget, SKUs, goals) in one go, and one Ctrl+Z takes all of it back', async () => {
      await app.openPlan(doc.plan.id, 'io');
      await app.page.getByText(lang === 'zh' ? '合并到当前方案' : 'The open plan (merge)').click();
      const chooser = app.page.waitForEvent('filechooser');
      await app.page.getByRole('button', { name: /选择文件|Choose a file/ }).click();
      await (await chooser).setFiles({ name: '多表方案.xlsx', mimeType: XLSX_MIME, buffer: planningBook() });
      const mapping = app.page.getByTestId('book-mapping');
      await isVisible(mapping);
      // Each sheet mapped to its kind, the cover sheet skipped; one preview of what each creates.
      const kinds: [string, RegExp, string][] = [
        ['说明', lang === 'zh' ? /^跳过$/ : /^Skip$/, '—'],
        ['排期', lang === 'zh' ? /^排期（任务）$/ : /^Schedule \(tasks\)$/, '2'],
        ['预算', lang === 'zh' ? /^预算明细$/ : /^Budget lines$/, '1'],
        ['商品', lang === 'zh' ? /^商品（SKU）$/ : /^SKUs$/, '2'],
        ['目标', lang === 'zh' ? /^目标（KPI）$/ : /^Goals \(KPIs\)$/, '1'],
      ];
      for (const [sheet, kind, create] of kinds) {
        const row = mapping.locator(`[data-sheet="${sheet}"]`);
        await hasValue(row.locator('input').first(), kind);
        await hasText(row.getByTestId('book-create'), create);
      }
      await hasText(app.page.getByTestId('book-total'), lang === 'zh' ? /新建 6 条/ : /6 records created/);
      await hasText(
        app.page.getByTestId('import-footnotes'),
        /注：多表日期以平台公告为准[\s\S]*备注：多表预算含税/,
      );
      await mapping.scrollIntoViewIfNeeded();
      await app.screenshot(`io-book-${lang}`);
      await app.page
        .getByRole('button', {
          name: lang === 'zh' ? '合并 6 条记录到当前方案' : 'Merge 6 records into the open plan',
        })
        .click();
      await hasText(app.page.locator('.mantine-Alert-root').first(), lang === 'zh' ? /导入完成/ : /Imported/);

      const records: [string, string[]][] = [
        ['tasks', ['多表主KV设计', '多表直播脚本']],
        ['budget', ['多表直通车']],
        ['products', ['MS-001', 'MS-002']],
        ['goals', ['多表退款率']],
        ['overview', ['注：多表日期以平台公告为准', '备注：多表预算含税']],
      ];
      for (const [tab, texts] of records) {
        await goTo(app, doc.plan.id, tab);
        for (const text of texts)
          await expect
            .poll(() => shows(app, text), { timeout: 10_000, message: `${tab} shows ${text}` })
            .toBe(true);
      }
      // The goal reads as lower-is-better 5 % (docs/import.md, "Goals").
      await goTo(app, doc.plan.id, 'goals');
      const targetOf = (): Promise<string | null> =>
        app.page.evaluate(() => {
          const card = [...document.querySelectorAll('[data-testid="goal-card"]')].find((c) =>
            [...c.querySelectorAll('input')].some((i) => i.value === '多表退款率'),
          );
          return card?.querySelector('[data-testid="goal-target"]')?.textContent ?? null;
        });
      await expect
        .poll(targetOf, { timeout: 10_000, message: 'the imported refund-rate goal reads ≤ 5 %' })
        .toMatch(/≤\s*5(\.0+)?\s*%/);
      // One undo step: the tasks, the budget line, the SKUs, the goal and the notes all go at once.
      await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await app.page.keyboard.press('Control+z');
      for (const [tab, texts] of records) {
        await goTo(app, doc.plan.id, tab);
        await isVisible(app.page.getByTestId('plan-title'));
        for (const text of texts)
          await expect
            .poll(() => shows(app, text), { timeout: 10_000, message: `${tab} no longer shows ${text}` })
            .toBe(false);
      }
      await app.openPlan(doc.plan.id, 'io');
    });

    it('refuses a file that is not a workbook with a clear message', async () => {
      await pick(app, 'random-bytes.xlsx');
      await hasText(app.page.getByTestId('import-failed'), /random-bytes\.xlsx/);
    });
  });
}
