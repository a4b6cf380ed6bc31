import { describe, expect, it } from 'vitest';
import { backupNameFor, type BackupReason } from '../../../shared/backup/backupName';
import { backupKindOf, chooseBackupsToKeep } from '../../../shared/backup/retention';

/**
 * Expected lists are worked out by hand from docs/backup-retention.md. Times are Beijing time
 * (UTC+8); "now" is 14:00 on 11 Nov 2026 in Beijing.
 */
const BEIJING = 480;
const now = new Date('2026-11-11T06:00:00.000Z');
const options = { now, utcOffsetMinutes: BEIJING };
const HOUR = 3_600_000;

/** A backup taken `daysAgo` local days before 11 Nov, at `hhmm` Beijing time. */
function taken(daysAgo: number, hhmm: string, reason: BackupReason) {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  // 11 Nov 00:00 Beijing is 10 Nov 16:00 UTC.
  const instant = Date.parse('2026-11-10T16:00:00.000Z') - daysAgo * 24 * HOUR + (h * 60 + m) * 60_000;
  const date = new Date(instant);
  return { name: backupNameFor(date, reason), takenAt: date.toISOString(), reason };
}
const label = (b: { takenAt: string; reason: BackupReason }) => {
  const beijing = new Date(Date.parse(b.takenAt) + BEIJING * 60_000).toISOString();
  return `${beijing.slice(5, 10)} ${beijing.slice(11, 16)} ${b.reason}`;
};

describe('backup kinds', () => {
  it('start and timer are automatic, manual is manual, the ones before an operation are safety', () => {
    expect(backupKindOf('start')).toBe('automatic');
    expect(backupKindOf('timer')).toBe('automatic');
    expect(backupKindOf('manual')).toBe('manual');
    expect(backupKindOf('import')).toBe('safety');
    expect(backupKindOf('beforeRestore')).toBe('safety');
    expect(backupKindOf('upgrade')).toBe('safety');
  });
});

describe('which backups are kept', () => {
  it('40 days of history: 10 automatic, every manual, a week of safety ones, one a day for 30 days', () => {
    // Every day at 09:00 a start and at 09:15 a timer backup; an import backup at 11:00 every
    // 5th day (0, 5, …, 35 days ago); a manual one at 12:00 on days 3, 13, 23 and 33 ago.
    const history = [];
    for (let k = 0; k < 40; k += 1) {
      history.push(taken(k, '09:00', 'start'), taken(k, '09:15', 'timer'));
      if (k % 5 === 0) history.push(taken(k, '11:00', 'import'));
      if (k % 10 === 3) history.push(taken(k, '12:00', 'manual'));
    }
    // Worked out by hand:
    // - the 10 newest automatic: start + timer of 11, 10, 9, 8 and 7 Nov;
    // - manual: 8 Nov, 29 Oct, 19 Oct, 9 Oct (the last is 33 days ago: kept though older than 30);
    // - safety younger than 168 h: imports of 11 Nov (3 h) and 6 Nov (5 d 3 h); 1 Nov's is 10 d;
    // - the newest of each day 0..29 days ago (11 Nov back to 13 Oct): the manual where there is
    //   one, else the import, else the 09:15 timer. Nothing from 12 Oct (30 days ago) or before
    //   but the manual of 9 Oct.
    const expected = [
      '11-11 11:00 import',
      '11-11 09:15 timer',
      '11-11 09:00 start',
      '11-10 09:15 timer',
      '11-10 09:00 start',
      '11-09 09:15 timer',
      '11-09 09:00 start',
      '11-08 12:00 manual',
      '11-08 09:15 timer',
      '11-08 09:00 start',
      '11-07 09:15 timer',
      '11-07 09:00 start',
      '11-06 11:00 import',
      '11-05 09:15 timer',
      '11-04 09:15 timer',
      '11-03 09:15 timer',
      '11-02 09:15 timer',
      '11-01 11:00 import',
      '10-31 09:15 timer',
      '10-30 09:15 timer',
      '10-29 12:00 manual',
      '10-28 09:15 timer',
      '10-27 11:00 import',
      '10-26 09:15 timer',
      '10-25 09:15 timer',
      '10-24 09:15 timer',
      '10-23 09:15 timer',
      '10-22 11:00 import',
      '10-21 09:15 timer',
      '10-20 09:15 timer',
      '10-19 12:00 manual',
      '10-18 09:15 timer',
      '10-17 11:00 import',
      '10-16 09:15 timer',
      '10-15 09:15 timer',
      '10-14 09:15 timer',
      '10-13 09:15 timer',
      '10-09 12:00 manual',
    ];
    expect(history).toHaveLength(40 * 2 + 8 + 4);
    const kept = chooseBackupsToKeep(history, options).map(label);
    expect(kept).toEqual(expected);
    // Whatever order the history comes in.
    expect(chooseBackupsToKeep([...history].reverse(), options).map(label)).toEqual(expected);
  });

  it('two imports and a manual backup today push out nothing from earlier today', () => {
    const today = [
      taken(0, '09:00', 'start'),
      taken(0, '09:15', 'timer'),
      taken(0, '09:30', 'timer'),
      taken(0, '10:00', 'import'),
      taken(0, '10:05', 'import'),
      taken(0, '10:10', 'manual'),
    ];
    expect(chooseBackupsToKeep(today, options).map(label)).toEqual([
      '11-11 10:10 manual',
      '11-11 10:05 import',
      '11-11 10:00 import',
      '11-11 09:30 timer',
      '11-11 09:15 timer',
      '11-11 09:00 start',
    ]);
  });

  it('keeps 10 automatic backups today, not 11', () => {
    const timers = Array.from({ length: 11 }, (_, i) =>
      taken(0, `10:${String(i * 5).padStart(2, '0')}`, 'timer'),
    );
    const kept = chooseBackupsToKeep(timers, options).map(label);
    expect(kept).toHaveLength(10);
    expect(kept).not.toContain('11-11 10:00 timer');
  });

  it('a safety backup is kept for less than 168 hours', () => {
    const at = (ms: number, reason: BackupReason) => {
      const d = new Date(now.getTime() - ms);
      return { name: backupNameFor(d, reason), takenAt: d.toISOString(), reason };
    };
    const justInside = at(168 * HOUR - 60_000, 'beforeRestore');
    const exactly = at(168 * HOUR, 'upgrade');
    // Both fall on 4 Nov in Beijing (14:01 and 14:00); a newer backup of 4 Nov takes the daily slot.
    const newerThatDay = at(168 * HOUR - 2 * HOUR, 'timer');
    const automatic = Array.from({ length: 10 }, (_, i) => at(i * HOUR, 'timer'));
    const kept = chooseBackupsToKeep([justInside, exactly, newerThatDay, ...automatic], options);
    expect(kept).toContain(justInside);
    expect(kept).not.toContain(exactly);
  });

  it('counts the local day: the same instants fall on other days in UTC', () => {
    // 23:30 and 23:45 on 10 Oct in UTC are 07:30 and 07:45 on 11 Oct in Beijing.
    const a = { name: 'a', takenAt: '2026-10-10T23:30:00.000Z', reason: 'upgrade' as const };
    const b = { name: 'b', takenAt: '2026-10-10T23:45:00.000Z', reason: 'upgrade' as const };
    const nineNov = new Date('2026-11-09T06:00:00.000Z');
    // Beijing: 11 Oct is 29 days before 9 Nov, the last day kept: its newest, b.
    expect(chooseBackupsToKeep([a, b], { now: nineNov, utcOffsetMinutes: BEIJING })).toEqual([b]);
    // UTC: 10 Oct is 30 days before 9 Nov: one day too many.
    expect(chooseBackupsToKeep([a, b], { now: nineNov, utcOffsetMinutes: 0 })).toEqual([]);
  });

  it('keeps the backup a restore pins, even where the rule would drop it', () => {
    const automatic = Array.from({ length: 12 }, (_, i) =>
      taken(0, `10:${String(i * 5).padStart(2, '0')}`, 'timer'),
    );
    const oldest = automatic[0]!;
    expect(chooseBackupsToKeep(automatic, options)).not.toContain(oldest);
    const pinned = chooseBackupsToKeep(automatic, { ...options, pinned: [oldest.name] });
    expect(pinned).toContain(oldest);
    // Pinning does not make room for one more: the other two oldest are both still dropped.
    expect(pinned).toHaveLength(11);
  });

  it("treats a backup from the future (clock moved back) as one of today's, taken now", () => {
    const future = { name: 'f', takenAt: '2026-11-20T01:00:00.000Z', reason: 'import' as const };
    const kept = chooseBackupsToKeep([future, taken(0, '09:00', 'start')], options);
    expect(kept).toHaveLength(2);
  });

  it('keeps a backup whose time cannot be read rather than guess', () => {
    const odd = { name: 'odd', takenAt: 'not a time', reason: 'timer' as const };
    expect(chooseBackupsToKeep([odd], options)).toEqual([odd]);
  });
});
