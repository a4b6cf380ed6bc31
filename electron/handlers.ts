/** The DesktopApi implementation, one line per method, each delegating to its module. */
import { app, BrowserWindow } from 'electron';
import { deleteBackup, listBackups, readBackup, writeBackup } from './backups';
import { flushDone } from './closeGuard';
import { confirmAndOpenExternal } from './external';
import { openFileWithDialog, saveFileWithDialog } from './files';
import type { DesktopHandlers } from './ipc';
import { setCurrentLocale } from './locale';
import { capturePageAsPng, printPageToPdf } from './print';

export function desktopHandlers(options: { rebuildMenu: () => void }): DesktopHandlers {
  const userData = (): string => app.getPath('userData');
  return {
    getSystemLocale: async () => app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
    setLocale: async (_ctx, locale) => {
      setCurrentLocale(locale);
      options.rebuildMenu();
    },
    saveFile: (ctx, req) => saveFileWithDialog(ctx.window, req),
    openFile: (ctx, req) => openFileWithDialog(ctx.window, req),
    printToPdf: (ctx, req) => printPageToPdf(ctx.sender, req),
    capturePage: (ctx) => capturePageAsPng(ctx.sender),
    openExternal: (ctx, url) => confirmAndOpenExternal(url, ctx.window ?? BrowserWindow.getFocusedWindow()),
    writeBackup: (_ctx, req) => writeBackup(userData(), req.name, req.json),
    listBackups: () => listBackups(userData()),
    readBackup: (_ctx, name) => readBackup(userData(), name),
    deleteBackup: (_ctx, name) => deleteBackup(userData(), name),
    flushDone: async (_ctx, requestId) => flushDone(requestId),
  };
}
