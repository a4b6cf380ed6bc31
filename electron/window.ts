/**
 * The main window: locked-down web preferences, restored size/position, and the app page loaded
 * from the `app://campaign` origin.
 */
import { app, BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { appEntryUrl } from './trustedUrl';
import {
  loadWindowState,
  minWindowSize,
  placeWindow,
  saveWindowState,
  type WindowState,
} from './windowState';

/** The bundled preload script, next to main.cjs in dist/electron. */
export function preloadPath(): string {
  return join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
}

export function mainWindowOptions(placement: WindowState, title: string): BrowserWindowConstructorOptions {
  return {
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // The spell checker would download dictionaries from the network; the app never goes online.
      spellcheck: false,
    },
  };
}

function currentBounds(window: BrowserWindow): WindowState {
  // While maximized, remember the size it returns to, not the maximized one.
  const bounds = window.isMaximized() ? window.getNormalBounds() : window.getBounds();
  return { ...bounds, isMaximized: window.isMaximized() };
}

export async function createMainWindow(title: string): Promise<BrowserWindow> {
  const userData = app.getPath('userData');
  const saved = loadWindowState(userData);
  const placement = placeWindow(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow(mainWindowOptions(placement, title));
  if (placement.isMaximized) window.maximize();

  let lastState = currentBounds(window);
  const remember = (): void => {
    if (!window.isDestroyed() && !window.isMinimized() && !window.isFullScreen())
      lastState = currentBounds(window);
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    remember();
    try {
      saveWindowState(userData, lastState);
    } catch (error) {
      // Losing the window position is not worth stopping the app from closing.
      console.error('Could not save the window state:', error);
    }
  });
  window.once('ready-to-show', () => window.show());

  await window.loadURL(appEntryUrl);
  return window;
}
