import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * The task limit fields (团队 › 并行任务上限 and 默认并行任务上限, docs/people.md) refuse what a
 * planner would not mean, saying why, and store nothing of it:
 * - 100000000000000000000 was stored without a word, and the backup of it could not be restored;
 *   a limit is at most 1,000 (shared/domain/workspace.ts TASK_LIMIT_MAX);
 * - "1e20" was stored as 120: the number field dropped the "e" (components/CommitNumberInput); then,
 *   refused, "1e2" still read "12" beside the message "“e”不是数字", as if 12 had been taken. A
 *   refused entry shows exactly what was typed.
 */
async function run(locale: 'zh-CN' | 'en-US') {
  const zh = locale === 'zh-CN';
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    await app.page.goto(`${app.baseUrl}#/team`);
    await isVisible(app.page.locator('main h1'));
    await app.page.getByTestId('add-person').click();
  });
  afterAll(async () => {
    await app?.close();
  });

  const limit = () =>
    app.page
      .getByTestId('person-row')
      .first()
      .getByLabel(zh ? '并行任务上限' : 'Task limit');

  async function refuses(typed: string, shows: string, reason: string | RegExp) {
    const field = limit();
    await field.click();
    await field.fill('');
    await field.pressSequentially(typed);
    await field.press('Tab');
    await hasValue(field, shows);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await isVisible(app.page.getByTestId('person-row').first().getByText(reason));
    // Nothing was stored: Escape shows the limit as it was (none: the default's placeholder).
    await field.click();
    await field.press('Escape');
    await hasValue(field, '');
    // Wait past the store pause: nothing may be stored after it either.
    await app.page.waitForTimeout(800);
    await app.reload();
    await hasValue(limit(), '');
  }

  it('refuses a limit of 100000000000000000000, naming the range', async () => {
    await refuses(
      '100000000000000000000',
      '100000000000000000000',
      zh ? '应在 1 到 1,000 之间' : 'Must be between 1 and 1,000',
    );
  });

  it('refuses "1e2" typed key by key saying the "e" is not a digit, and shows "1e2", not 12', async () => {
    await refuses(
      '1e2',
      '1e2',
      zh ? '“e”不是数字，请重新输入这个数' : '“e” is not a digit; type the number again',
    );
  });

  it('a pasted "1e20" shows as pasted, refused, and 20 typed over it is kept', async () => {
    const field = limit();
    await field.click();
    await field.fill('');
    await app.page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '1e20');
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await hasValue(field, '1e20');
    await isVisible(
      app.page
        .getByTestId('person-row')
        .first()
        .getByText(zh ? '“e”不是数字，请重新输入这个数' : '“e” is not a digit; type the number again'),
    );
    // Still in the field: typed over whole, the number is read again.
    await field.press('ControlOrMeta+a');
    await field.pressSequentially('20');
    await field.press('Tab');
    await hasValue(field, '20');
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');
    await app.page.waitForTimeout(800);
    await app.reload();
    await hasValue(limit(), '20');
    // Back to none for the tests after this one.
    await limit().click();
    await limit().fill('');
    await limit().press('Tab');
    await app.page.waitForTimeout(800);
  });

  it('stores a limit typed over a refused one, and keeps 1,000', async () => {
    const field = limit();
    await field.click();
    await field.pressSequentially('1e');
    await field.fill('1000');
    await field.press('Tab');
    await app.page.waitForTimeout(800);
    await app.reload();
    await hasValue(limit(), '1000');
  });

  it('the default limit refuses 1001 too', async () => {
    const field = app.page.getByTestId('default-limit');
    await field.fill('1001');
    await field.press('Tab');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await isVisible(app.page.getByText(zh ? '应在 1 到 1,000 之间' : 'Must be between 1 and 1,000'));
    await field.click();
    await field.press('Escape');
    await hasValue(field, '5');
  });
}

describe('task limits (中文)', () => run('zh-CN'));
describe('task limits (English)', () => run('en-US'));
