import {
  desktopApiGlobalName,
  type DesktopApi,
  type FileFilter,
  type MenuCommand,
} from '../../../shared/desktopApi';
import type { Locale } from '../../../shared/i18n/locale';

/**
 * The only reader of the desktop bridge. In Electron the preload script exposes `DesktopApi`;
 * in a plain browser (`npm run web`, the end-to-end tests) every method falls back to a
 * browser API so the same UI works without Electron.
 */
function bridge(): DesktopApi | null {
  const api = (globalThis as Record<string, unknown>)[desktopApiGlobalName];
  return api && typeof api === 'object' ? (api as DesktopApi) : null;
}

export async function notifyLocale(locale: Locale): Promise<void> {
  await bridge()?.setLocale(locale);
}

/** Saves bytes under a suggested name: a save dialog on the desktop, a download in a browser. */
export async function saveFile(
  suggestedName: string,
  data: Uint8Array,
  filters: FileFilter[],
  mime = 'application/octet-stream',
): Promise<boolean> {
  const api = bridge();
  if (api) return (await api.saveFile({ suggestedName, data, filters })).saved;
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type WorkbookSaved =
  { kind: 'saved'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** Builds an .xlsx and asks where to save it; a failure to build or save comes back as its message. */
export async function saveWorkbook(name: string, build: () => Uint8Array): Promise<WorkbookSaved> {
  try {
    const saved = await saveFile(name, build(), [{ name: 'Excel', extensions: ['xlsx'] }], XLSX_MIME);
    return saved ? { kind: 'saved', name } : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export interface PickedFile {
  name: string;
  data: Uint8Array;
}

export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`${fileName} is ${size} bytes, more than the ${maxBytes}-byte limit`);
    this.name = 'FileTooLargeError';
  }
}

/** Lets the planner pick one file; null when they cancel. Size is checked before reading. */
export async function openFile(filters: FileFilter[], maxBytes: number): Promise<PickedFile | null> {
  const api = bridge();
  if (api) return api.openFile({ filters, maxBytes });
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = filters.flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
  const file = await new Promise<File | null>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
  if (!file) return null;
  return readPickedFile(file, maxBytes);
}

export async function readPickedFile(file: File, maxBytes: number): Promise<PickedFile> {
  if (file.size > maxBytes) throw new FileTooLargeError(file.name, file.size, maxBytes);
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return bridge()?.onMenuCommand(listener) ?? (() => undefined);
}

/**
 * The desktop window is about to close: `store` runs first (the window waits for it, with a time
 * limit). In a browser the page's own pagehide handling does this (state/planStore).
 */
export function onCloseRequest(store: () => Promise<void>): () => void {
  return bridge()?.onFlushRequest(store) ?? (() => undefined);
}

/** The desktop backups folder, when there is one; browser builds keep backups in IndexedDB. */
export function desktopBackups(): Pick<
  DesktopApi,
  'writeBackup' | 'listBackups' | 'readBackup' | 'deleteBackup'
> | null {
  return bridge();
}
