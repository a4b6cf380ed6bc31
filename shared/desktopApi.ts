/**
 * The one contract across the Electron boundary (docs/architecture.md §2).
 *
 * The preload script exposes an object that `satisfies DesktopApi` as `window.campaignDesk`;
 * the main process registers one `ipcMain.handle` per method, typed from this interface and
 * checking every request against `desktopRequestSchemas` before acting on it. Every method is
 * async, so nothing blocks the renderer. The renderer's platform adapter is the only reader of
 * the bridge and falls back to browser APIs when it is absent (plain Chromium).
 */
import { z } from 'zod';
import { locales, type Locale } from './i18n/locale';

/** Commands the application menu sends to the renderer, which decides what each one does. */
export const menuCommands = [
  'newPlan',
  'importFile',
  'exportBudget',
  'exportAll',
  'exportPdf',
  'undo',
  'redo',
  'presentation',
  'settings',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** A file-type filter of a save/open dialog, e.g. `{ name: 'Excel', extensions: ['xlsx'] }`. */
export interface FileFilter {
  name: string;
  /** Extensions without the dot; `'*'` means any file. */
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name only (no folders), offered in the dialog, e.g. `双11-预算.xlsx`. */
  suggestedName: string;
  data: Uint8Array;
  filters: FileFilter[];
}

export interface OpenFileRequest {
  filters: FileFilter[];
  /** Files larger than this are refused with a message naming the file. */
  maxBytes: number;
}

export interface PrintToPdfRequest {
  pageSize: 'A4' | 'A3';
  landscape: boolean;
}

export interface WriteBackupRequest {
  /** A safe file name ending in `.json` (see `isValidBackupName`), e.g. `plan-2024-11-11.json`. */
  name: string;
  json: string;
}

export interface BackupEntry {
  name: string;
  /** Size in bytes. */
  size: number;
  /** Last modification as an ISO 8601 timestamp (a moment in time, unlike plan dates). */
  mtime: string;
}

export interface DesktopApi {
  /** The operating system's preferred language tag, e.g. `zh-CN`, `en-GB`. */
  getSystemLocale(): Promise<string>;
  /** Rebuilds the application menu (and main-process dialogs) in that language. */
  setLocale(locale: Locale): Promise<void>;
  /** Asks where to save, then writes the bytes there. `saved: false` when the planner cancels. */
  saveFile(req: SaveFileRequest): Promise<{ saved: boolean; path?: string }>;
  /** Asks for one file and reads it; `null` when the planner cancels. */
  openFile(req: OpenFileRequest): Promise<{ name: string; data: Uint8Array } | null>;
  /** The current page as PDF bytes (backgrounds printed). */
  printToPdf(req: PrintToPdfRequest): Promise<Uint8Array>;
  /** The visible page as PNG bytes. */
  capturePage(): Promise<Uint8Array>;
  /**
   * Opens an http(s) link in the system browser after the planner confirms it in a dialog.
   * Resolves `false` for any other kind of URL, or when the planner declines.
   */
  openExternal(url: string): Promise<boolean>;
  /** Writes (or replaces) a backup in the app's own backups folder. */
  writeBackup(req: WriteBackupRequest): Promise<void>;
  /** Backups, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  readBackup(name: string): Promise<string>;
  deleteBackup(name: string): Promise<void>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to the window's "store everything now" request, sent when it is about to close:
   * the window waits (with a time limit) until the listener's promise settles. The preload
   * script answers main through `flushDone` itself; returns the unsubscribe function.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
  /** Tells main that the flush request `requestId` is done (called by the preload script). */
  flushDone(requestId: number): Promise<void>;
}

/** The name under which the preload script exposes the API on `window`. */
export const desktopApiGlobalName = 'campaignDesk';

export type DesktopMethod = keyof DesktopApi;
/** Methods that are request/response calls (everything but the subscriptions main → renderer). */
export type DesktopInvokeMethod = Exclude<DesktopMethod, 'onMenuCommand' | 'onFlushRequest'>;
export type DesktopChannel<M extends DesktopMethod = DesktopMethod> = `app:${M}`;

/** Every IPC channel, by method. `app:onMenuCommand` is the one that flows main → renderer. */
export const desktopChannels = {
  getSystemLocale: 'app:getSystemLocale',
  setLocale: 'app:setLocale',
  saveFile: 'app:saveFile',
  openFile: 'app:openFile',
  printToPdf: 'app:printToPdf',
  capturePage: 'app:capturePage',
  openExternal: 'app:openExternal',
  writeBackup: 'app:writeBackup',
  listBackups: 'app:listBackups',
  readBackup: 'app:readBackup',
  deleteBackup: 'app:deleteBackup',
  onMenuCommand: 'app:onMenuCommand',
  onFlushRequest: 'app:onFlushRequest',
  flushDone: 'app:flushDone',
} as const satisfies { [M in DesktopMethod]: DesktopChannel<M> };

export const desktopInvokeMethods = Object.keys(desktopChannels).filter(
  (m): m is DesktopInvokeMethod => m !== 'onMenuCommand' && m !== 'onFlushRequest',
);

// ---------------------------------------------------------------------------------------------
// Runtime validation of requests. The main process trusts nothing the renderer sends.
// The schemas are built on first use, inside a function, so that bundling the preload script
// (which needs only the channel names above) leaves zod out instead of loading ~700 kB of
// validator code into every page.

/** Largest file the app writes or reads in one call (an export workbook is a few MB at most). */
export const maxFileBytes = 200 * 1024 * 1024;
/** Largest backup JSON, in UTF-16 code units. */
export const maxBackupChars = 100 * 1024 * 1024;
export const maxUrlLength = 2048;

// Control characters (C0, DEL, C1) have no place in a file name or a URL.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Backup names are plain ASCII file names in one folder: letters, digits, `-`, `_` and single
 * dots, ending in `.json`. No separators, no `..`, no leading dot — nothing can point outside
 * the backups folder or at a hidden file, on any operating system.
 */
const backupNamePattern = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.json$/;
const maxBackupNameLength = 120;

export function isValidBackupName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= maxBackupNameLength && backupNamePattern.test(name);
}

function buildRequestSchemas() {
  const backupName = z
    .string()
    .max(maxBackupNameLength)
    .regex(
      backupNamePattern,
      'Backup name must be letters, digits, "-", "_" and single dots, ending in .json',
    );

  /** A name offered in the save dialog: any language, but no folders and no control characters. */
  const suggestedFileName = z
    .string()
    .min(1)
    .max(200)
    .refine((s) => !controlChars.test(s), 'File name contains control characters')
    .refine((s) => !/[/\\]/.test(s), 'File name must not contain folders')
    .refine((s) => s !== '.' && s !== '..', 'File name must not be "." or ".."');

  const fileFilter = z.object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(
        z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'Extension must be letters/digits without a dot, or *'),
      )
      .min(1)
      .max(20),
  });
  const filters = z.array(fileFilter).max(10);

  const bytes = z
    .instanceof(Uint8Array)
    .refine((d) => d.byteLength <= maxFileBytes, `File is larger than ${maxFileBytes} bytes`);

  const externalUrl = z
    .string()
    .min(1)
    .max(maxUrlLength)
    .refine((s) => !controlChars.test(s), 'URL contains control characters');

  const schemas: { [M in DesktopInvokeMethod]: z.ZodType<Parameters<DesktopApi[M]>> } = {
    getSystemLocale: z.tuple([]),
    setLocale: z.tuple([z.enum(locales)]),
    saveFile: z.tuple([z.object({ suggestedName: suggestedFileName, data: bytes, filters })]),
    openFile: z.tuple([z.object({ filters, maxBytes: z.number().int().positive().max(maxFileBytes) })]),
    printToPdf: z.tuple([z.object({ pageSize: z.enum(['A4', 'A3']), landscape: z.boolean() })]),
    capturePage: z.tuple([]),
    openExternal: z.tuple([externalUrl]),
    writeBackup: z.tuple([z.object({ name: backupName, json: z.string().max(maxBackupChars) })]),
    listBackups: z.tuple([]),
    readBackup: z.tuple([backupName]),
    deleteBackup: z.tuple([backupName]),
    flushDone: z.tuple([z.number().int().nonnegative()]),
  };
  return schemas;
}

let requestSchemas: ReturnType<typeof buildRequestSchemas> | undefined;

/** The argument list of each request/response method, checked in main before the handler runs. */
export function desktopRequestSchemas(): ReturnType<typeof buildRequestSchemas> {
  requestSchemas ??= buildRequestSchemas();
  return requestSchemas;
}

/** Checks a method's arguments; returns them typed, or a message naming the method and field. */
export function parseDesktopRequest<M extends DesktopInvokeMethod>(
  method: M,
  args: unknown[],
): { ok: true; args: Parameters<DesktopApi[M]> } | { ok: false; message: string } {
  const schema: z.ZodType<Parameters<DesktopApi[M]>> = desktopRequestSchemas()[method];
  const result = schema.safeParse(args);
  if (result.success) return { ok: true, args: result.data };
  const details = result.error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? `argument ${issue.path.map(String).join('.')}` : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
  return { ok: false, message: `${desktopChannels[method]}: invalid request (${details})` };
}
