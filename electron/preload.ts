/**
 * The bridge: exposes `window.campaignDesk`, an object of named async functions that
 * `satisfies DesktopApi`. The page never gets `ipcRenderer` or any Electron object; menu
 * listeners receive only the command string.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  desktopApiGlobalName,
  desktopChannels,
  isMenuCommand,
  type DesktopApi,
  type DesktopInvokeMethod,
  type MenuCommand,
} from '../shared/desktopApi';

function invoke<M extends DesktopInvokeMethod>(
  method: M,
  ...args: Parameters<DesktopApi[M]>
): ReturnType<DesktopApi[M]> {
  return ipcRenderer.invoke(desktopChannels[method], ...args) as ReturnType<DesktopApi[M]>;
}

const api = {
  getSystemLocale: () => invoke('getSystemLocale'),
  setLocale: (locale) => invoke('setLocale', locale),
  saveFile: (req) => invoke('saveFile', req),
  openFile: (req) => invoke('openFile', req),
  printToPdf: (req) => invoke('printToPdf', req),
  capturePage: () => invoke('capturePage'),
  openExternal: (url) => invoke('openExternal', url),
  writeBackup: (req) => invoke('writeBackup', req),
  listBackups: () => invoke('listBackups'),
  readBackup: (name) => invoke('readBackup', name),
  deleteBackup: (name) => invoke('deleteBackup', name),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(desktopChannels.onMenuCommand, forward);
    return () => {
      ipcRenderer.removeListener(desktopChannels.onMenuCommand, forward);
    };
  },
  onFlushRequest: (listener: () => Promise<void>) => {
    const answer = (_event: IpcRendererEvent, requestId: unknown): void => {
      if (typeof requestId !== 'number') return;
      // Whatever happens in the page, main hears back, so the window can still close.
      void listener()
        .catch(() => undefined)
        .finally(() => invoke('flushDone', requestId));
    };
    ipcRenderer.on(desktopChannels.onFlushRequest, answer);
    return () => {
      ipcRenderer.removeListener(desktopChannels.onFlushRequest, answer);
    };
  },
  flushDone: (requestId) => invoke('flushDone', requestId),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(desktopApiGlobalName, api);
