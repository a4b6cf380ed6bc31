import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasText, hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Number fields read typed text one way (components/CommitInputs' CommitNumberInput):
 * - a whole-number field refuses "1.5" saying so and keeps what it had. Mantine's
 *   allowDecimal={false} swallowed the ".", so the forecast's what-if UV and the import's header row
 *   took "1.5" as 15;
 * - a field keeps its decimals by one rule: typed text is rounded to them when stored, and the field
 *   then shows what is stored. A percentage of 12.34567 was cut to 12.3456 % by Mantine;
 * - a refused entry shows as typed: "1e2" in a whole-number field read "12" beside "“e”不是数字", as if
 *   12 had been taken (Mantine's number format drops the letter); it stays "1e2", Escape brings back
 *   what is stored, and nothing of it is stored;
 * - 投产比 reads "5.00 (1:5.00)" (docs/figures.md) on the goals screen as in the forecast: the goal's
 *   target read "≥ 5.00" beside the forecast's "x (1:x)".
 */
const fixtures = resolve(import.meta.dirname, '../fixtures/xlsx');

for (const locale of ['zh-CN', 'en-US'] as const) {
  const zh = locale === 'zh-CN';
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    name: zh ? '2026 双11 数字输入' : '2026 Double 11 number fields',
    locale,
    now: new Date('2026-09-01T00:00:00Z'),
  });
  const roasGoal = doc.goals.find((g) => g.metric === 'roas');
  if (!roasGoal) throw new Error('the double11 template has no 投产比 goal');
  roasGoal.target = 5;
  // One channel with a funnel: 100,000 UV × 2 % × ¥200 = ¥400,000 of GMV (docs/figures.md).
  Object.assign(doc.channels[0]!, { expectedUv: 100_000, cvr: 0.02, aovMinor: 20_000 });
  const refused = zh ? '应为整数' : 'Must be a whole number';
  // The English status is drawn in capitals.
  const notSaved = zh ? '1 处输入未保存' : /^1 unsaved$/i;
  const saved = zh ? '已保存' : /^saved$/i;

  describe(`number fields (${locale})`, () => {
    let app: App;
    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await app.seedDocument(doc);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses a what-if UV of 1.5 saying so; the forecast stays as it was (not UV 15)', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'forecast');
      const gmv = page.getByTestId('forecast-gmv');
      await isVisible(gmv);
      await hasText(gmv, /^(CN)?¥400,000\.00/);
      const before = await gmv.innerText();
      const uv = page.getByTestId('what-if').getByRole('textbox', { name: /^UV / }).first();
      await uv.click();
      await uv.pressSequentially('1.5');
      await hasValue(uv, '1.5');
      await uv.press('Tab');
      await expect.poll(() => uv.getAttribute('aria-invalid')).toBe('true');
      await isVisible(page.getByTestId('what-if').getByText(refused));
      await hasText(page.getByTestId('save-status'), notSaved);
      // Nothing of it reached the what-if: no change to apply, the forecast as before (UV 15 gave ¥60).
      expect(await page.getByRole('button', { name: zh ? '应用到方案' : 'Apply to plan' }).isDisabled()).toBe(
        true,
      );
      await hasText(gmv, before);
      await uv.click();
      await uv.press('Escape');
      await hasValue(uv, '');
      await hasText(page.getByTestId('save-status'), saved);
    });

    it('reads a comma typed key by key as the thousands separator: UV "12,000" is 12,000, not 12', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'channels');
      const uv = page.getByRole('textbox', { name: zh ? '预计 UV' : 'Expected UV' }).first();
      await uv.click();
      await uv.press('ControlOrMeta+a');
      await uv.pressSequentially('12,000');
      await uv.press('Tab');
      await hasValue(uv, '12,000');
      await hasText(page.getByTestId('save-status'), saved);
      await app.openPlan(doc.plan.id, 'forecast');
      // The what-if's UV as well (it took "1,000" as 1).
      const whatIf = page.getByTestId('what-if').getByRole('textbox', { name: /^UV / }).first();
      await whatIf.click();
      await whatIf.pressSequentially('1,000');
      await whatIf.press('Tab');
      await hasValue(whatIf, '1,000');
      // Emptied, the what-if takes the channel's own UV again.
      await whatIf.click();
      await whatIf.press('ControlOrMeta+a');
      await whatIf.press('Backspace');
      await whatIf.press('Tab');
      await hasValue(whatIf, '');
      // Put the channel back for the tests after this one: 100,000 UV.
      await app.openPlan(doc.plan.id, 'channels');
      await uv.click();
      await uv.press('ControlOrMeta+a');
      await uv.pressSequentially('100000');
      await uv.press('Tab');
      await hasValue(uv, '100,000');
    });

    it('shows a refused "1e2" as typed in the channel UV, the what-if UV and the import header row', async () => {
      const { page } = app;
      const notDigit = zh ? '“e”不是数字，请重新输入这个数' : '“e” is not a digit; type the number again';
      await app.openPlan(doc.plan.id, 'channels');
      const uv = page.getByRole('textbox', { name: zh ? '预计 UV' : 'Expected UV' }).first();
      await hasValue(uv, '100,000');
      await uv.click();
      await uv.press('ControlOrMeta+a');
      await uv.pressSequentially('1e2');
      await hasValue(uv, '1e2');
      await uv.press('Tab');
      await hasValue(uv, '1e2');
      await expect.poll(() => uv.getAttribute('aria-invalid')).toBe('true');
      await isVisible(page.getByText(notDigit));
      await hasText(page.getByTestId('save-status'), notSaved);
      await uv.click();
      await uv.press('Escape');
      await hasValue(uv, '100,000');
      await hasText(page.getByTestId('save-status'), saved);
      // Nothing was stored on the way ("1" after the first pause): the forecast is as it was.
      await app.openPlan(doc.plan.id, 'forecast');
      const gmv = page.getByTestId('forecast-gmv');
      await hasText(gmv, /^(CN)?¥400,000\.00/);
      const whatIf = page.getByTestId('what-if').getByRole('textbox', { name: /^UV / }).first();
      await whatIf.click();
      await whatIf.pressSequentially('2e3');
      await page.waitForTimeout(700);
      await hasValue(whatIf, '2e3');
      await isVisible(page.getByTestId('what-if').getByText(notDigit));
      expect(await page.getByRole('button', { name: zh ? '应用到方案' : 'Apply to plan' }).isDisabled()).toBe(
        true,
      );
      await whatIf.press('Escape');
      await hasValue(whatIf, '');
      await hasText(gmv, /^(CN)?¥400,000\.00/);
      await app.openPlan(doc.plan.id, 'io');
      await page.getByText(zh ? '新方案' : 'A new plan', { exact: true }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: /选择文件|Choose a file/ }).click();
      await (await chooser).setFiles(resolve(fixtures, 'schedule-cover-sheet.xlsx'));
      const headerRow = page.getByTestId('import-header-row');
      await hasValue(headerRow, '2');
      await headerRow.click();
      await headerRow.press('End');
      await headerRow.pressSequentially('e1');
      await headerRow.press('Tab');
      await hasValue(headerRow, '2e1');
      await isVisible(page.getByText(notDigit));
      // Still read from row 2, not from row 21.
      await hasText(page.getByTestId('import-preview'), /预售定金开启/);
      await headerRow.click();
      await headerRow.press('Escape');
      await hasValue(headerRow, '2');
      await page.getByRole('button', { name: /放弃|Discard/ }).click();
    });

    it('keeps a percentage to its four decimals by rounding, and shows what is stored: 12.34567 → 12.3457 %', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'forecast');
      const margin = page.getByRole('textbox', {
        name: zh ? '毛利率（日常价口径）' : 'Margin at regular prices',
      });
      await margin.click();
      await margin.fill('');
      await margin.pressSequentially('12.34567');
      await margin.press('Tab');
      await hasValue(margin, '12.3457%');
      await hasText(page.getByTestId('save-status'), saved);
      await app.reload();
      await page.waitForSelector('[data-testid="plan-title"]');
      const again = page.getByRole('textbox', {
        name: zh ? '毛利率（日常价口径）' : 'Margin at regular prices',
      });
      await hasValue(again, '12.3457%');
      // A comma in a field that groups no thousands is refused, not read away ("1,5" stored as 15 %).
      await again.click();
      await again.fill('');
      await again.pressSequentially('1,5');
      await again.press('Tab');
      await expect.poll(() => again.getAttribute('aria-invalid')).toBe('true');
      await hasText(page.getByTestId('save-status'), notSaved);
      await again.click();
      await again.press('Escape');
      await hasValue(again, '12.3457%');
      await hasText(page.getByTestId('save-status'), saved);
    });

    it('writes 投产比 as "5.00 (1:5.00)" on the goals screen and in the forecast’s goals alike', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'goals');
      const cards = page.getByTestId('goal-card');
      await isVisible(cards);
      // Hand-worked: a target of 5 is "5.00 (1:5.00)" (docs/figures.md), not "5.00".
      await expect
        .poll(() => cards.getByTestId('goal-target').allInnerTexts(), { timeout: 10_000 })
        .toContain(`${zh ? '目标' : 'Target'} ≥ 5.00 (1:5.00)`);
      await app.openPlan(doc.plan.id, 'forecast');
      await isVisible(page.getByTestId('goals-table'));
      await isVisible(page.getByTestId('goals-table').getByText('≥ 5.00 (1:5.00)', { exact: true }));
      await hasText(page.getByTestId('forecast-roas'), /^(\d+\.\d\d) \(1:\1\)$|^—$/);
    });

    it('refuses a header row of 1.5 in the import saying so, and keeps row 2', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'io');
      await page.getByText(zh ? '新方案' : 'A new plan', { exact: true }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: /选择文件|Choose a file/ }).click();
      await (await chooser).setFiles(resolve(fixtures, 'schedule-cover-sheet.xlsx'));
      const headerRow = page.getByTestId('import-header-row');
      await hasValue(headerRow, '2');
      await hasText(page.getByTestId('import-preview'), /预售定金开启/);
      await headerRow.click();
      await headerRow.fill('');
      await headerRow.pressSequentially('1.5');
      await hasValue(headerRow, '1.5');
      await headerRow.press('Tab');
      await expect.poll(() => headerRow.getAttribute('aria-invalid')).toBe('true');
      await isVisible(page.getByText(refused));
      // The file is still read from row 2, not from row 15.
      await hasText(page.getByTestId('import-preview'), /预售定金开启/);
      await headerRow.click();
      await headerRow.press('Escape');
      await hasValue(headerRow, '2');
      await page.getByRole('button', { name: /放弃|Discard/ }).click();
    });
  });
}
