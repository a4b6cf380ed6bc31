/**
 * The `updatedAt` of a new version of a record stamped `previous`: the clock's time, or one
 * millisecond past `previous` when the clock has not moved past it (two edits in one millisecond,
 * a clock set back). The crash journal (db/journal.ts) replays an unsaved edit only when it is
 * newer than what is stored, so every own version must be stamped later than the one it follows
 * — an undo too, which puts back an older document.
 */
export function stampAfter(previous: string | null | undefined): string {
  const now = Date.now();
  const before = previous ? Date.parse(previous) : NaN;
  return new Date(Number.isFinite(before) && before >= now ? before + 1 : now).toISOString();
}
