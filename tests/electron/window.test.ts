import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow, state } from './electronMock';
import { createMainWindow, mainWindowOptions } from '../../electron/window';
import { loadWindowState, placeWindow, saveWindowState, type Rect } from '../../electron/windowState';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

describe('main window options', () => {
  const options = mainWindowOptions(
    { x: 0, y: 0, width: 1280, height: 800, isMaximized: false },
    'Campaign Desk',
  );
  const prefs = options.webPreferences!;

  it('runs the page sandboxed and isolated, without Node', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and <webview> off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag === undefined || prefs.webviewTag === false).toBe(true);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('turns the spell checker off so it never downloads dictionaries', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the bundled preload script from inside the app', () => {
    expect(prefs.preload).toBe(join(state.appPath, 'dist', 'electron', 'preload.cjs'));
  });
});

describe('placing the window on a display', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

  it('opens a first-time window at 1280×800 centred on the primary display', () => {
    expect(placeWindow(null, [primary], primary)).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
      isMaximized: false,
    });
  });

  it('leaves a window that is fully visible where it was', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 700, isMaximized: true };
    expect(placeWindow(saved, [primary, right], primary)).toEqual(saved);
  });

  it('centres a window whose monitor is gone on the primary display', () => {
    const saved = { x: 3500, y: 200, width: 1200, height: 800, isMaximized: false };
    expect(placeWindow(saved, [primary], primary)).toEqual({
      x: 360,
      y: 120,
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });

  it('centres a window of which only a sliver would show', () => {
    const saved = { x: 1850, y: 100, width: 1000, height: 700, isMaximized: false };
    expect(placeWindow(saved, [primary], primary)).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
      isMaximized: false,
    });
  });

  it('pulls a half-off-screen window back inside the display', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, isMaximized: false };
    expect(placeWindow(saved, [primary], primary)).toEqual({
      x: 720,
      y: 100,
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });

  it('shrinks a window to a smaller display it mostly sits on', () => {
    const saved = { x: 2000, y: -50, width: 1600, height: 1200, isMaximized: false };
    expect(placeWindow(saved, [primary, right], primary)).toEqual({
      x: 1920,
      y: 0,
      width: 1280,
      height: 984,
      isMaximized: false,
    });
  });
});

describe('window state file', () => {
  it('round-trips through userData/window-state.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-window-'));
    const saved = { x: 10, y: 20, width: 1100, height: 700, isMaximized: true };
    saveWindowState(dir, saved);
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual(saved);
    expect(loadWindowState(dir)).toEqual(saved);
  });

  it('ignores a missing, corrupt or nonsensical file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-window-'));
    expect(loadWindowState(dir)).toBeNull();
    writeFileSync(join(dir, 'window-state.json'), '{"x":10,');
    expect(loadWindowState(dir)).toBeNull();
    writeFileSync(
      join(dir, 'window-state.json'),
      '{"x":10,"y":0,"width":-5,"height":700,"isMaximized":false}',
    );
    expect(loadWindowState(dir)).toBeNull();
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.created.length = 0;
    state.userData = mkdtempSync(join(tmpdir(), 'cd-userdata-'));
    state.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  });

  it('loads the app from its own origin and restores the saved place', async () => {
    saveWindowState(state.userData, { x: 5000, y: 5000, width: 1000, height: 700, isMaximized: false });
    await createMainWindow('Campaign Desk');
    const window = FakeBrowserWindow.created[0]!;
    expect(window.loadedUrl).toBe('app://campaign/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
    // Saved on a monitor that no longer exists → centred on the one there is.
    expect(window.options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('remembers where the window was when it closes', async () => {
    await createMainWindow('Campaign Desk');
    const window = FakeBrowserWindow.created[0]!;
    window.getBounds.mockReturnValue({ x: 40, y: 30, width: 1400, height: 900 });
    window.emit('move');
    window.emit('close');
    expect(loadWindowState(state.userData)).toEqual({
      x: 40,
      y: 30,
      width: 1400,
      height: 900,
      isMaximized: false,
    });
    expect(electronMock.screen.getAllDisplays).toHaveBeenCalled();
  });
});
