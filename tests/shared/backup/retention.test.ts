import { describe, expect, it } from 'vitest';
import { chooseBackupsToKeep } from '../../../shared/backup/retention';

/** Times are Beijing time (UTC+8); the stamps below are written in UTC. */
const BEIJING = 480;
const at = (takenAt: string) => ({ takenAt });
const names = (list: { takenAt: string }[]) => list.map((b) => b.takenAt);

describe('which backups are kept', () => {
  const now = new Date('2026-11-11T06:00:00.000Z'); // 14:00 on 11 Nov in Beijing

  it('keeps the 3 most recent of today and drops older ones from today', () => {
    const today = [
      '2026-11-11T05:45:00.000Z',
      '2026-11-11T05:30:00.000Z',
      '2026-11-11T05:15:00.000Z',
      '2026-11-11T05:00:00.000Z',
      // 00:30 on 11 Nov in Beijing is still today, though it is 10 Nov in UTC.
      '2026-11-10T16:30:00.000Z',
    ].map(at);
    expect(names(chooseBackupsToKeep(today, now, BEIJING))).toEqual([
      '2026-11-11T05:45:00.000Z',
      '2026-11-11T05:30:00.000Z',
      '2026-11-11T05:15:00.000Z',
    ]);
  });

  it('keeps the newest of each of the 14 previous days, and nothing older', () => {
    const backups = [
      '2026-11-11T01:00:00.000Z', // today
      '2026-11-10T12:00:00.000Z', // 10 Nov 20:00 — newest of 10 Nov
      '2026-11-10T02:00:00.000Z', // 10 Nov 10:00 — dropped
      '2026-11-10T15:59:00.000Z', // 10 Nov 23:59 Beijing — the newest of 10 Nov
      '2026-11-05T03:00:00.000Z', // 5 Nov
      '2026-10-28T03:00:00.000Z', // 28 Oct: 14 days before — kept
      '2026-10-27T03:00:00.000Z', // 27 Oct: 15 days before — dropped
    ].map(at);
    expect(names(chooseBackupsToKeep(backups, now, BEIJING))).toEqual([
      '2026-11-11T01:00:00.000Z',
      '2026-11-10T15:59:00.000Z',
      '2026-11-05T03:00:00.000Z',
      '2026-10-28T03:00:00.000Z',
    ]);
  });

  it('counts the local day: the same instants fall on other days in UTC', () => {
    const backups = ['2026-11-10T16:30:00.000Z', '2026-11-10T15:30:00.000Z'].map(at);
    // Beijing: 00:30 on the 11th (today) and 23:30 on the 10th (yesterday): both kept.
    expect(chooseBackupsToKeep(backups, now, BEIJING)).toHaveLength(2);
    // UTC: both on the 10th, yesterday: only the newer one.
    expect(names(chooseBackupsToKeep(backups, now, 0))).toEqual(['2026-11-10T16:30:00.000Z']);
  });

  it("treats a backup from the future (clock moved back) as one of today's", () => {
    const backups = ['2026-11-12T01:00:00.000Z', '2026-11-11T05:00:00.000Z'].map(at);
    expect(chooseBackupsToKeep(backups, now, BEIJING)).toHaveLength(2);
  });

  it('keeps at most 3 + 14 whatever the history', () => {
    const many = Array.from({ length: 24 * 40 }, (_, h) =>
      at(new Date(now.getTime() - h * 3_600_000).toISOString()),
    );
    expect(chooseBackupsToKeep(many, now, BEIJING)).toHaveLength(17);
  });
});
