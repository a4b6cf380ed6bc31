/**
 * A stand-in for the `electron` module (its binary cannot run here). Each test file mocks
 * electron with `vi.mock('electron', async () => (await import('./electronMock')).electronMock)`
 * and inspects the recorded calls through the same objects.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const state = {
  appPath: '/opt/campaign-desk/resources/app.asar',
  userData: '/tmp/campaign-desk-user-data',
  documents: '/home/planner/Documents',
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } as FakeRect }],
  gotLock: true,
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  getPath = vi.fn((name: string) => (name === 'documents' ? state.documents : state.userData));
  getAppPath = vi.fn(() => state.appPath);
  getVersion = vi.fn(() => '0.1.0');
  getLocale = vi.fn(() => 'en-US');
  getPreferredSystemLanguages = vi.fn(() => ['zh-Hans-CN']);
  requestSingleInstanceLock = vi.fn(() => state.gotLock);
  quit = vi.fn();
  enableSandbox = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
}

export class FakeWebContents extends EventEmitter {
  url = 'app://campaign/index.html';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send = vi.fn();
  getURL = vi.fn(() => this.url);
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
  capturePage = vi.fn(async () => ({ toPNG: () => Buffer.from([0x89, 0x50, 0x4e, 0x47]) }));
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static fromWebContents = vi.fn(
    (contents: unknown) => FakeBrowserWindow.created.find((w) => w.webContents === contents) ?? null,
  );
  static getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused);
  static getAllWindows = vi.fn(() => FakeBrowserWindow.created);

  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL = vi.fn(async (url: string) => {
    this.loadedUrl = url;
  });
  loadFile = vi.fn();
  isMaximized = vi.fn(() => false);
  isMinimized = vi.fn(() => false);
  isFullScreen = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  getBounds = vi.fn(() => ({
    x: this.options.x as number,
    y: this.options.y as number,
    width: this.options.width as number,
    height: this.options.height as number,
  }));
  getNormalBounds = vi.fn(() => this.getBounds());
  maximize = vi.fn();
  restore = vi.fn();
  show = vi.fn();
  focus = vi.fn();
}

export class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
  headersReceived:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        cb: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void)
    | null = null;
  setPermissionRequestHandler = vi.fn((h: (...args: unknown[]) => void) => {
    this.permissionRequestHandler = h;
  });
  setPermissionCheckHandler = vi.fn((h: (...args: unknown[]) => boolean) => {
    this.permissionCheckHandler = h;
  });
  setDevicePermissionHandler = vi.fn((h: (...args: unknown[]) => boolean) => {
    this.devicePermissionHandler = h;
  });
  webRequest = {
    onBeforeRequest: vi.fn((h: FakeSession['beforeRequest']) => {
      this.beforeRequest = h;
    }),
    onHeadersReceived: vi.fn((h: FakeSession['headersReceived']) => {
      this.headersReceived = h;
    }),
  };
}

export const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
export const rendererListeners = new Map<string, Set<(...args: unknown[]) => void>>();

export const electronMock = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  screen: {
    getAllDisplays: vi.fn(() => state.displays),
    getPrimaryDisplay: vi.fn(() => state.displays[0]),
  },
  session: { defaultSession: new FakeSession() },
  dialog: {
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  ipcMain: {
    handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      ipcHandlers.set(channel, handler);
    }),
  },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => undefined as unknown),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      const set = rendererListeners.get(channel) ?? new Set();
      set.add(listener);
      rendererListeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      rendererListeners.get(channel)?.delete(listener);
    }),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn(),
  },
  /** Not part of electron: lets a test that re-imports modules reach this instance's records. */
  testing: { state, ipcHandlers, rendererListeners },
};

export default electronMock;
