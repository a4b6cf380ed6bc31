/**
 * Which automatic backups to keep: the 3 most recent taken today, and the newest of each of the
 * 14 days before today. Everything else is deleted. "Today" is the planner's local day, so the
 * offset of their time zone is a parameter (UTC+8 is 480) and the function stays pure.
 */
export interface BackupStamp {
  /** The moment it was taken, ISO 8601 (e.g. `2026-11-11T02:15:00.000Z`). */
  takenAt: string;
}

export const KEEP_TODAY = 3;
export const KEEP_DAYS = 14;

function localDay(instant: number, utcOffsetMinutes: number): number {
  return Math.floor((instant + utcOffsetMinutes * 60_000) / 86_400_000);
}

export function chooseBackupsToKeep<T extends BackupStamp>(
  backups: readonly T[],
  now: Date,
  utcOffsetMinutes = 0,
): T[] {
  const today = localDay(now.getTime(), utcOffsetMinutes);
  const newestFirst = [...backups]
    .filter((b) => !Number.isNaN(Date.parse(b.takenAt)))
    .sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
  const keep: T[] = [];
  let keptToday = 0;
  const daysKept = new Set<number>();
  for (const backup of newestFirst) {
    // A backup stamped in the future (the clock was moved back) counts as today's.
    const day = Math.min(localDay(Date.parse(backup.takenAt), utcOffsetMinutes), today);
    if (day === today) {
      if (keptToday < KEEP_TODAY) {
        keep.push(backup);
        keptToday += 1;
      }
    } else if (today - day <= KEEP_DAYS && !daysKept.has(day)) {
      keep.push(backup);
      daysKept.add(day);
    }
  }
  return keep;
}
