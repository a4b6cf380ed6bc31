/**
 * Backup file names carry when and why a backup was taken, so listing them needs no reading:
 * `backup-20261111T021500123Z-timer.json` (UTC, to the millisecond). They pass the desktop's
 * `isValidBackupName` (letters, digits, `-`, `.json`).
 */
export const backupReasons = ['start', 'timer', 'import', 'beforeRestore', 'upgrade', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export function backupNameFor(takenAt: Date, reason: BackupReason): string {
  const stamp = takenAt.toISOString().replace(/[-:.]/g, '');
  return `backup-${stamp}-${reason}.json`;
}

const namePattern = /^backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([A-Za-z]+)\.json$/;

export function parseBackupName(name: string): { takenAt: string; reason: BackupReason } | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  if (!(backupReasons as readonly string[]).includes(reason ?? '')) return null;
  const takenAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
  if (Number.isNaN(Date.parse(takenAt))) return null;
  return { takenAt, reason: reason as BackupReason };
}
