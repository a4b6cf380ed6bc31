/**
 * Save and open dialogs. The renderer never names a path: the planner picks it in the system
 * dialog, and only the bytes (and, for open, the bare file name) cross the boundary.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpenFileRequest, SaveFileRequest } from '../shared/desktopApi';
import { currentMessages } from './locale';
import { format } from './messages';

export async function saveFileWithDialog(
  parent: BrowserWindow | null,
  req: SaveFileRequest,
): Promise<{ saved: boolean; path?: string }> {
  const options: Electron.SaveDialogOptions = {
    title: currentMessages().saveDialogTitle,
    // basename again: the request was validated, but a path must never come from the renderer.
    defaultPath: join(app.getPath('documents'), basename(req.suggestedName)),
    filters: req.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFile(result.filePath, req.data);
  return { saved: true, path: result.filePath };
}

export async function openFileWithDialog(
  parent: BrowserWindow | null,
  req: OpenFileRequest,
): Promise<{ name: string; data: Uint8Array } | null> {
  const options: Electron.OpenDialogOptions = {
    title: currentMessages().openDialogTitle,
    filters: req.filters,
    properties: ['openFile'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const filePath = result.filePaths[0];
  if (result.canceled || filePath === undefined) return null;
  return readLimitedFile(filePath, req.maxBytes);
}

/** Reads a file only if it is at most `maxBytes`; otherwise an error naming the file and sizes. */
export async function readLimitedFile(
  filePath: string,
  maxBytes: number,
): Promise<{ name: string; data: Uint8Array }> {
  const name = basename(filePath);
  const info = await stat(filePath);
  if (info.size > maxBytes) {
    throw new Error(format(currentMessages().fileTooLarge, { name, size: info.size, max: maxBytes }));
  }
  const buffer = await readFile(filePath);
  return { name, data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
