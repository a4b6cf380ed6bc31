import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock } from './electronMock';
import { confirmAndOpenExternal } from '../../electron/external';
import { setCurrentLocale } from '../../electron/locale';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { dialog, shell } = electronMock;

describe('opening an external link', () => {
  beforeEach(() => {
    dialog.showMessageBox.mockClear();
    shell.openExternal.mockClear();
    setCurrentLocale('en-US');
  });

  it('opens the link only after the planner confirms', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await expect(confirmAndOpenExternal('https://www.tmall.com/promo', null)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.tmall.com/promo');
    const options = dialog.showMessageBox.mock.calls[0]![0] as {
      message: string;
      detail: string;
      buttons: string[];
    };
    expect(options.message).toBe('Open www.tmall.com in your browser?');
    expect(options.detail).toContain('https://www.tmall.com/promo');
  });

  it('does nothing when the planner cancels', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(confirmAndOpenExternal('https://www.tmall.com/', null)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('asks in Chinese when the app is in Chinese', async () => {
    setCurrentLocale('zh-CN');
    await confirmAndOpenExternal('https://www.jd.com/', null);
    const options = dialog.showMessageBox.mock.calls[0]![0] as { message: string; buttons: string[] };
    expect(options.message).toBe('要在浏览器中打开 www.jd.com 吗？');
    expect(options.buttons).toEqual(['在浏览器中打开', '取消']);
  });

  it('never even asks about a link that is not plain http(s)', async () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://app@evil.example/',
      'smb://x/y',
    ]) {
      await expect(confirmAndOpenExternal(url, null)).resolves.toBe(false);
    }
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
