import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock, rendererListeners } from './electronMock';
import type { DesktopApi, MenuCommand } from '../../shared/desktopApi';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { contextBridge, ipcRenderer } = electronMock;
let api: DesktopApi;

beforeAll(async () => {
  await import('../../electron/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0]! as [string, DesktopApi];
  expect(name).toBe('campaignDesk');
  api = exposed;
});

describe('preload bridge', () => {
  it('exposes exactly the DesktopApi methods, as functions', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'capturePage',
        'deleteBackup',
        'flushDone',
        'getSystemLocale',
        'listBackups',
        'onMenuCommand',
        'onFlushRequest',
        'openExternal',
        'openFile',
        'printToPdf',
        'readBackup',
        'saveFile',
        'setLocale',
        'writeBackup',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or its methods', () => {
    const values: unknown[] = Object.values(api);
    expect(values).not.toContain(ipcRenderer);
    expect(values).not.toContain(ipcRenderer.invoke);
    expect(values).not.toContain(ipcRenderer.on);
  });

  it('sends each call on its app: channel with the arguments unchanged', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ saved: true, path: '/home/p/a.xlsx' });
    const req = { suggestedName: 'a.xlsx', data: new Uint8Array([1, 2]), filters: [] };
    await expect(api.saveFile(req)).resolves.toEqual({ saved: true, path: '/home/p/a.xlsx' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:saveFile', req);

    await api.readBackup('plan.json');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:readBackup', 'plan.json');
    await api.capturePage();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:capturePage');
    await api.setLocale('en-US');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:setLocale', 'en-US');
  });

  it('passes menu commands on, drops anything else, and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((c) => received.push(c));
    const emit = (value: unknown): void => {
      for (const listener of rendererListeners.get('app:onMenuCommand') ?? [])
        listener({ sender: 'event' }, value);
    };
    emit('undo');
    emit('rm -rf');
    emit({ command: 'undo' });
    emit('exportBudget');
    expect(received).toEqual(['undo', 'exportBudget']);

    unsubscribe();
    emit('redo');
    expect(received).toEqual(['undo', 'exportBudget']);
    expect(rendererListeners.get('app:onMenuCommand')?.size).toBe(0);
  });
});
