import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { electronMock, FakeWebContents, ipcHandlers } from './electronMock';
import { dispatch, registerIpcHandlers, type DesktopHandlers } from '../../electron/ipc';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

function fakeHandlers(): DesktopHandlers {
  return {
    getSystemLocale: vi.fn(async () => 'zh-CN'),
    setLocale: vi.fn(async () => undefined),
    saveFile: vi.fn(async () => ({ saved: false })),
    openFile: vi.fn(async () => null),
    printToPdf: vi.fn(async () => new Uint8Array([1])),
    capturePage: vi.fn(async () => new Uint8Array([2])),
    openExternal: vi.fn(async () => false),
    writeBackup: vi.fn(async () => undefined),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => '{}'),
    deleteBackup: vi.fn(async () => undefined),
    flushDone: vi.fn(async () => undefined),
  };
}

function eventFrom(url: string | null): IpcMainInvokeEvent {
  return {
    sender: new FakeWebContents(),
    senderFrame: url === null ? null : { url },
  } as unknown as IpcMainInvokeEvent;
}

const app = eventFrom('app://campaign/index.html#/plans/p1/overview');

describe('IPC handlers', () => {
  let handlers: DesktopHandlers;
  beforeEach(() => {
    handlers = fakeHandlers();
  });

  it('registers exactly one handler per request channel', () => {
    ipcHandlers.clear();
    registerIpcHandlers(handlers);
    expect([...ipcHandlers.keys()].sort()).toEqual(
      [
        'app:capturePage',
        'app:deleteBackup',
        'app:flushDone',
        'app:getSystemLocale',
        'app:listBackups',
        'app:openExternal',
        'app:openFile',
        'app:printToPdf',
        'app:readBackup',
        'app:saveFile',
        'app:setLocale',
        'app:writeBackup',
      ].sort(),
    );
    expect(electronMock.ipcMain.handle).not.toHaveBeenCalledWith('app:onMenuCommand', expect.anything());
    expect(electronMock.ipcMain.handle).not.toHaveBeenCalledWith('app:onFlushRequest', expect.anything());
  });

  it('runs a request from the app with its checked arguments', async () => {
    await expect(dispatch(handlers, 'app:readBackup', app, ['plan-2024-11-11.json'])).resolves.toBe('{}');
    expect(handlers.readBackup).toHaveBeenCalledWith(
      expect.objectContaining({ sender: app.sender }),
      'plan-2024-11-11.json',
    );
  });

  it('goes through the registered ipcMain handler too', async () => {
    ipcHandlers.clear();
    registerIpcHandlers(handlers);
    await expect(ipcHandlers.get('app:getSystemLocale')!(app)).resolves.toBe('zh-CN');
    await expect(ipcHandlers.get('app:getSystemLocale')!(eventFrom('https://evil.example/'))).rejects.toThrow(
      /refused a request from https:\/\/evil\.example\//,
    );
  });

  it.each([
    'https://evil.example/?next=app://campaign',
    'app://campaign.evil.example/index.html',
    'file:///opt/campaign-desk/index.html',
    'about:blank',
  ])('rejects a request from a frame showing %s', async (url) => {
    await expect(dispatch(handlers, 'app:listBackups', eventFrom(url), [])).rejects.toThrow(
      /refused a request/,
    );
    expect(handlers.listBackups).not.toHaveBeenCalled();
  });

  it('rejects a request whose frame is gone', async () => {
    await expect(dispatch(handlers, 'app:listBackups', eventFrom(null), [])).rejects.toThrow(
      /destroyed frame/,
    );
  });

  it('rejects an unknown channel, even from the app', async () => {
    await expect(dispatch(handlers, 'app:runShell', app, ['rm -rf /'])).rejects.toThrow(
      'Unknown channel "app:runShell"',
    );
    await expect(dispatch(handlers, 'app:onMenuCommand', app, [])).rejects.toThrow(/Unknown channel/);
    await expect(dispatch(handlers, 'getSystemLocale', app, [])).rejects.toThrow(/Unknown channel/);
  });

  it('rejects arguments that fail the contract, naming the channel and field', async () => {
    await expect(dispatch(handlers, 'app:readBackup', app, ['../../settings.json'])).rejects.toThrow(
      /app:readBackup: invalid request \(argument 0: Backup name/,
    );
    await expect(
      dispatch(handlers, 'app:printToPdf', app, [{ pageSize: 'Letter', landscape: false }]),
    ).rejects.toThrow(/app:printToPdf: invalid request \(argument 0\.pageSize/);
    await expect(dispatch(handlers, 'app:setLocale', app, ['fr-FR'])).rejects.toThrow(/app:setLocale/);
    expect(handlers.readBackup).not.toHaveBeenCalled();
    expect(handlers.printToPdf).not.toHaveBeenCalled();
    expect(handlers.setLocale).not.toHaveBeenCalled();
  });
});
