import { mkdtempSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupPath, deleteBackup, listBackups, readBackup, writeBackup } from '../../electron/backups';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'cd-backups-'));
});

describe('backups folder', () => {
  it('writes, lists (newest first), reads and deletes backups in userData/backups', async () => {
    await writeBackup(userData, 'plan-a.json', '{"plan":"a"}');
    await writeBackup(userData, 'plan-b.json', '{"plan":"bb"}');
    utimesSync(
      join(userData, 'backups', 'plan-a.json'),
      new Date('2024-11-01T00:00:00Z'),
      new Date('2024-11-01T00:00:00Z'),
    );
    utimesSync(
      join(userData, 'backups', 'plan-b.json'),
      new Date('2024-11-11T00:00:00Z'),
      new Date('2024-11-11T00:00:00Z'),
    );

    expect(await listBackups(userData)).toEqual([
      { name: 'plan-b.json', size: 13, mtime: '2024-11-11T00:00:00.000Z' },
      { name: 'plan-a.json', size: 12, mtime: '2024-11-01T00:00:00.000Z' },
    ]);
    expect(await readBackup(userData, 'plan-a.json')).toBe('{"plan":"a"}');

    await deleteBackup(userData, 'plan-a.json');
    expect((await listBackups(userData)).map((b) => b.name)).toEqual(['plan-b.json']);
  });

  it('replaces a backup of the same name without leaving temporary files', async () => {
    await writeBackup(userData, 'plan.json', 'old');
    await writeBackup(userData, 'plan.json', 'new');
    expect(await readBackup(userData, 'plan.json')).toBe('new');
    expect(readdirSync(join(userData, 'backups'))).toEqual(['plan.json']);
  });

  it('lists nothing before the first backup', async () => {
    expect(await listBackups(userData)).toEqual([]);
  });

  it('ignores files and folders that are not backups', async () => {
    mkdirSync(join(userData, 'backups', 'nested.json'), { recursive: true });
    writeFileSync(join(userData, 'backups', 'notes.txt'), 'x');
    writeFileSync(join(userData, 'backups', '.DS_Store'), 'x');
    writeFileSync(join(userData, 'backups', 'ok.json'), '{}');
    expect((await listBackups(userData)).map((b) => b.name)).toEqual(['ok.json']);
  });

  it.each([
    '../settings.json',
    '..\\settings.json',
    '../../etc/passwd.json',
    '/etc/x.json',
    'a/../../b.json',
  ])('refuses the name %s for every operation', async (name) => {
    expect(() => backupPath(userData, name)).toThrow(/is not allowed/);
    await expect(writeBackup(userData, name, '{}')).rejects.toThrow(/is not allowed/);
    await expect(readBackup(userData, name)).rejects.toThrow(/is not allowed/);
    await expect(deleteBackup(userData, name)).rejects.toThrow(/is not allowed/);
  });

  it('keeps a refused write from creating anything', async () => {
    await expect(writeBackup(userData, '../escape.json', '{}')).rejects.toThrow();
    expect(readdirSync(userData)).toEqual([]);
  });
});
