/**
 * App lifecycle: one instance, one locked-down window showing `app://campaign/index.html`,
 * the menu in the planner's language, and the DesktopApi handlers.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { desktopChannels, type MenuCommand } from '../shared/desktopApi';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { confirmAndOpenExternal } from './external';
import { desktopHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { currentMessages, desktopLocaleFor, setCurrentLocale } from './locale';
import { installMenu } from './menu';
import { format } from './messages';
import { installSessionGuards, installWebContentsGuards } from './security';
import { isAppUrl } from './trustedUrl';
import { guardCloseUntilFlushed } from './closeGuard';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Menu commands go only to the app's own page, never to whatever else might be showing. */
function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target === null || target.isDestroyed()) return;
  if (!isAppUrl(target.webContents.getURL())) return;
  target.webContents.send(desktopChannels.onMenuCommand, command);
}

function showAbout(): void {
  const m = currentMessages();
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: m.about,
    message: m.productName,
    detail: format(m.aboutDetail, { version: app.getVersion() }),
    buttons: [m.ok],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function rebuildMenu(): void {
  installMenu(currentMessages(), {
    platform: process.platform,
    isPackaged: app.isPackaged,
    sendCommand: sendMenuCommand,
    showAbout,
  });
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createMainWindow(currentMessages().productName);
  guardCloseUntilFlushed(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function start(): void {
  // A second launch hands over to the running instance (and its open plan) and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);

  // Every renderer sandboxed, whatever its web preferences say.
  app.enableSandbox();
  registerAppScheme();
  installWebContentsGuards(app, (url, contents) => {
    void confirmAndOpenExternal(url, BrowserWindow.fromWebContents(contents));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
  });

  void app.whenReady().then(async () => {
    setCurrentLocale(desktopLocaleFor(app.getPreferredSystemLanguages()[0] ?? app.getLocale()));
    installSessionGuards(session.defaultSession, { allowDevTools: !app.isPackaged });
    serveAppProtocol(join(app.getAppPath(), 'dist', 'renderer'));
    registerIpcHandlers(desktopHandlers({ rebuildMenu }));
    rebuildMenu();
    await openMainWindow();
  });
}

start();
