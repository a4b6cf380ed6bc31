import type { MenuItemConstructorOptions } from 'electron';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

type ElectronMock = (typeof import('./electronMock'))['electronMock'];

/**
 * A fresh main process: fresh modules, then main.ts runs its start-up on import. The mock is
 * taken from `import('electron')` itself, so the test sees exactly the instance main.ts uses.
 */
async function launch(gotLock: boolean) {
  vi.resetModules();
  const electronMock = (await import('electron')) as unknown as ElectronMock;
  const { state, ipcHandlers } = electronMock.testing;
  state.gotLock = gotLock;
  state.userData = mkdtempSync(join(tmpdir(), 'cd-main-'));
  const FakeBrowserWindow = electronMock.BrowserWindow;
  FakeBrowserWindow.created.length = 0;
  await import('../../electron/main');
  return { electronMock, FakeBrowserWindow, ipcHandlers };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [
    i,
    ...(Array.isArray(i.submenu) ? flatten(i.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('main process start-up', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('hands over to the running instance and quits when it is the second one', async () => {
    const { electronMock, FakeBrowserWindow } = await launch(false);
    expect(electronMock.app.quit).toHaveBeenCalledTimes(1);
    expect(electronMock.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('opens one locked-down window on app://campaign with every guard in place', async () => {
    const { electronMock, FakeBrowserWindow, ipcHandlers } = await launch(true);
    await vi.waitFor(() => expect(FakeBrowserWindow.created[0]?.loadedUrl).toBe('app://campaign/index.html'));
    const session = electronMock.session.defaultSession;
    expect(electronMock.app.enableSandbox).toHaveBeenCalled();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electronMock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(ipcHandlers.size).toBe(12);
    expect(electronMock.app.listenerCount('web-contents-created')).toBe(1);
    // The system language is Chinese (mock: zh-Hans-CN), so the first menu is in Chinese.
    const template = electronMock.Menu.buildFromTemplate.mock.calls.at(
      -1,
    )![0] as MenuItemConstructorOptions[];
    expect(template[0]!.label).toBe('文件');
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { electronMock, FakeBrowserWindow } = await launch(true);
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const window = FakeBrowserWindow.created[0]!;
    window.isMinimized.mockReturnValue(true);
    electronMock.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('sends menu commands to the app page only', async () => {
    const { electronMock, FakeBrowserWindow } = await launch(true);
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const window = FakeBrowserWindow.created[0]!;
    const template = electronMock.Menu.buildFromTemplate.mock.calls.at(
      -1,
    )![0] as MenuItemConstructorOptions[];
    const undo = flatten(template).find((i) => i.id === 'undo')!;

    (undo.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith('app:onMenuCommand', 'undo');

    window.webContents.url = 'https://evil.example/';
    (undo.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('rebuilds the menu in English when the renderer switches language', async () => {
    const { electronMock, FakeBrowserWindow, ipcHandlers } = await launch(true);
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const window = FakeBrowserWindow.created[0]!;
    const event = { sender: window.webContents, senderFrame: { url: 'app://campaign/index.html' } };
    await ipcHandlers.get('app:setLocale')!(event, 'en-US');
    const template = electronMock.Menu.buildFromTemplate.mock.calls.at(
      -1,
    )![0] as MenuItemConstructorOptions[];
    expect(template[0]!.label).toBe('File');
  });
});
