/**
 * Which local backups to keep, as defined in docs/backup-retention.md: the 10 newest automatic
 * ones, every manual one, every safety one (before import/restore/upgrade) younger than 7 days,
 * the newest of each of the last 30 local days, and any the caller pins (a restore pins the
 * backup it restores from). Everything else is deleted. "Today" is the planner's local day, so
 * the offset of their time zone is a parameter (UTC+8 is 480) and the function stays pure.
 */
import type { BackupReason } from './backupName';

export type BackupKind = 'automatic' | 'manual' | 'safety';

const kindOfReason: Record<BackupReason, BackupKind> = {
  start: 'automatic',
  timer: 'automatic',
  manual: 'manual',
  import: 'safety',
  beforeRestore: 'safety',
  upgrade: 'safety',
};

export function backupKindOf(reason: BackupReason): BackupKind {
  return kindOfReason[reason];
}

export interface RetainedBackup {
  /** Unique name (the file name on the desktop). */
  name: string;
  /** The moment it was taken, ISO 8601 (e.g. `2026-11-11T02:15:00.000Z`). */
  takenAt: string;
  reason: BackupReason;
}

export const KEEP_AUTOMATIC = 10;
export const KEEP_SAFETY_MS = 7 * 24 * 3_600_000;
export const KEEP_DAILY_DAYS = 30;

export interface RetentionOptions {
  now: Date;
  /** Minutes east of UTC of the planner's time zone (UTC+8 is 480). */
  utcOffsetMinutes: number;
  /** Names never deleted by this pruning, e.g. the backup being restored from. */
  pinned?: readonly string[];
}

function localDay(instant: number, utcOffsetMinutes: number): number {
  return Math.floor((instant + utcOffsetMinutes * 60_000) / 86_400_000);
}

/** The backups to keep, newest first. */
export function chooseBackupsToKeep<T extends RetainedBackup>(
  backups: readonly T[],
  { now, utcOffsetMinutes, pinned = [] }: RetentionOptions,
): T[] {
  const nowMs = now.getTime();
  const today = localDay(nowMs, utcOffsetMinutes);
  // A backup from the future (the clock was moved back) counts as taken now.
  const instantOf = (b: T) => Math.min(Date.parse(b.takenAt), nowMs);
  const newestFirst = [...backups].sort(
    (a, b) => (Date.parse(b.takenAt) || 0) - (Date.parse(a.takenAt) || 0) || a.name.localeCompare(b.name),
  );
  const pinnedNames = new Set(pinned);
  const keep = new Set<T>();
  let automaticSeen = 0;
  const daysSeen = new Set<number>();
  for (const backup of newestFirst) {
    const instant = instantOf(backup);
    if (pinnedNames.has(backup.name)) keep.add(backup);
    // Nothing is deleted on a guess: an unreadable time keeps the backup.
    if (Number.isNaN(instant)) {
      keep.add(backup);
      continue;
    }
    const kind = backupKindOf(backup.reason);
    if (kind === 'manual') keep.add(backup);
    if (kind === 'automatic') {
      automaticSeen += 1;
      if (automaticSeen <= KEEP_AUTOMATIC) keep.add(backup);
    }
    if (kind === 'safety' && nowMs - instant < KEEP_SAFETY_MS) keep.add(backup);
    const day = localDay(instant, utcOffsetMinutes);
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      if (today - day < KEEP_DAILY_DAYS) keep.add(backup);
    }
  }
  return newestFirst.filter((b) => keep.has(b));
}
