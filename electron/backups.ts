/**
 * The backups folder: `userData/backups`, holding JSON files with names checked by
 * `isValidBackupName`. Every path is built from a checked name and verified to stay inside the
 * folder, so a name like `../settings.json` can never reach another file.
 */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { isValidBackupName, type BackupEntry } from '../shared/desktopApi';

export function backupsDir(userDataDir: string): string {
  return join(userDataDir, 'backups');
}

/** The full path of a backup, or an error naming the refused name. */
export function backupPath(userDataDir: string, name: string): string {
  if (!isValidBackupName(name)) {
    throw new Error(`Backup name "${name}" is not allowed: use letters, digits, "-", "_" and ".json".`);
  }
  const dir = resolve(backupsDir(userDataDir));
  const path = resolve(dir, name);
  // Belt and braces: the name check above already rules out separators and "..".
  if (!path.startsWith(dir + sep))
    throw new Error(`Backup name "${name}" points outside the backups folder.`);
  return path;
}

export async function writeBackup(userDataDir: string, name: string, json: string): Promise<void> {
  const path = backupPath(userDataDir, name);
  await mkdir(backupsDir(userDataDir), { recursive: true });
  // Write then rename: a backup is either the old one or the complete new one, never half.
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, json, 'utf8');
  await rename(temp, path);
}

export async function listBackups(userDataDir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(backupsDir(userDataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names.filter(isValidBackupName)) {
    const info = await stat(backupPath(userDataDir, name));
    if (!info.isFile()) continue;
    entries.push({ name, size: info.size, mtime: info.mtime.toISOString() });
  }
  // Newest first; equal times by name so the order is stable.
  return entries.sort((a, b) => b.mtime.localeCompare(a.mtime) || a.name.localeCompare(b.name));
}

export async function readBackup(userDataDir: string, name: string): Promise<string> {
  return readFile(backupPath(userDataDir, name), 'utf8');
}

export async function deleteBackup(userDataDir: string, name: string): Promise<void> {
  await unlink(backupPath(userDataDir, name));
}
