import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';
import { electronMock, FakeWebContents } from './electronMock';
import { desktopHandlers } from '../../electron/handlers';
import { currentLocale, desktopLocaleFor, setCurrentLocale } from '../../electron/locale';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

function ctx(): { sender: WebContents; window: BrowserWindow | null; contents: FakeWebContents } {
  const contents = new FakeWebContents();
  return { sender: contents as unknown as WebContents, window: null, contents };
}

describe('desktop handlers', () => {
  const rebuildMenu = vi.fn();
  const handlers = desktopHandlers({ rebuildMenu });
  beforeEach(() => {
    rebuildMenu.mockClear();
    setCurrentLocale('en-US');
  });

  it('reports the system language', async () => {
    await expect(handlers.getSystemLocale(ctx())).resolves.toBe('zh-Hans-CN');
  });

  it('switches the main-process language and rebuilds the menu', async () => {
    await handlers.setLocale(ctx(), 'zh-CN');
    expect(currentLocale()).toBe('zh-CN');
    expect(rebuildMenu).toHaveBeenCalledTimes(1);
  });

  it('prints the asking page to PDF with backgrounds, in the requested format', async () => {
    const c = ctx();
    const pdf = await handlers.printToPdf(c, { pageSize: 'A3', landscape: true });
    expect(c.contents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A3',
      landscape: true,
      printBackground: true,
    });
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
  });

  it('captures the asking page as PNG bytes', async () => {
    const png = await handlers.capturePage(ctx());
    expect([...png]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('opens a link only through the confirmation dialog', async () => {
    electronMock.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(handlers.openExternal(ctx(), 'https://example.com/')).resolves.toBe(false);
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('system language → app language', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
  ])('%s → %s', (system, app) => {
    expect(desktopLocaleFor(system)).toBe(app);
  });
});
