import { describe, expect, it } from 'vitest';
import { backupNameFor, parseBackupName } from '../../../shared/backup/backupName';
import { isValidBackupName } from '../../../shared/desktopApi';

describe('backup names say when and why', () => {
  it('round-trips the moment and the reason, and is a name the desktop accepts', () => {
    const name = backupNameFor(new Date('2026-11-11T02:15:00.123Z'), 'beforeRestore');
    expect(name).toBe('backup-20261111T021500123Z-beforeRestore.json');
    expect(isValidBackupName(name)).toBe(true);
    expect(parseBackupName(name)).toEqual({ takenAt: '2026-11-11T02:15:00.123Z', reason: 'beforeRestore' });
  });

  it('ignores files that are not backups', () => {
    expect(parseBackupName('notes.json')).toBeNull();
    expect(parseBackupName('backup-20261111T021500123Z-whatever.json')).toBeNull();
    expect(parseBackupName('backup-20261341T021500123Z-timer.json')).toBeNull();
  });
});
