import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/backupFile';
import type { PlanDocument } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import { insertDocument, listPlans, openDatabase, SCHEMA_VERSION } from '../../../renderer/src/db';
import {
  deleteStoredBackup,
  listStoredBackups,
  readAllDocuments,
  readStoredBackup,
  replaceAllDocuments,
  writeStoredBackup,
} from '../../../renderer/src/db/backupRepo';
import type { DatabaseDump } from '../../../renderer/src/db/migrations';
import { loadDump } from './loadDump';

const make = (templateId: string, name: string) =>
  createPlanFromTemplate({
    templateId,
    peakDate: '2026-11-11',
    name,
    locale: 'zh-CN',
    now: new Date('2026-09-01T00:00:00Z'),
  });

describe('restore replaces everything in one transaction', () => {
  it("replaces all plans with the backup's", async () => {
    const db = await openDatabase('restore-ok');
    await insertDocument(db, make('double11', '旧方案'));
    const incoming = make('mid618', '备份里的方案');
    await replaceAllDocuments(db, [incoming]);
    expect((await listPlans(db)).map((p) => p.plan.name)).toEqual(['备份里的方案']);
    expect(await readAllDocuments(db)).toEqual([incoming]);
    db.close();
  });

  it('leaves the data as it was when any record cannot be written', async () => {
    const db = await openDatabase('restore-fails');
    const old = make('double11', '旧方案');
    await insertDocument(db, old);
    const broken = make('mid618', '坏的备份') as PlanDocument;
    // A record without its key: IndexedDB refuses it, midway through the restore.
    (broken.risks[2] as { id?: string }).id = undefined;
    await expect(replaceAllDocuments(db, [broken])).rejects.toThrow();
    expect(await readAllDocuments(db)).toEqual([old]);
    db.close();
  });
});

describe('a schema upgrade is preceded by a backup', () => {
  it('backs up an older database, read raw, before Dexie upgrades it', async () => {
    const v1 = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/db/v1.json'), 'utf8'),
    ) as DatabaseDump;
    // An older layout (IndexedDB version 5 = Dexie 0.5) stands in for "the previous version".
    await loadDump({ ...v1, version: 5 }, 'older-schema');
    const db = await openDatabase('older-schema');
    expect(db.verno).toBe(SCHEMA_VERSION);
    const backups = await listStoredBackups();
    expect(backups.map((b) => b.reason)).toEqual(['upgrade']);
    // Rows store no kind: it is filled in from the reason when read.
    expect(backups.map((b) => b.kind)).toEqual(['safety']);
    // The size is the JSON's UTF-8 bytes (its Chinese names take 3 bytes a character).
    const json = await readStoredBackup(backups[0]!.name);
    expect(backups[0]!.size).toBe(Buffer.byteLength(json, 'utf8'));
    expect(backups[0]!.size).toBeGreaterThan(json.length);
    const parsed = parseBackup(await readStoredBackup(backups[0]!.name));
    expect(parsed.ok && parsed.file.plans.map((p) => p.tasks.length)).toEqual([39, 39]);
    db.close();
  });
});

describe('a large backup stored in pieces', () => {
  it('reads back exactly the text written in pieces, lists it once with its size, and deletes every piece', async () => {
    const name = 'backup-20261205T060000000Z-manual.json';
    const pieces = ['{"format":"campaign-desk-backup","plans":[{"a":"王"}', ',{"b":2}', ',{"c":3}]}'];
    const text = pieces.join('');
    await writeStoredBackup(name, pieces, new TextEncoder().encode(text).length);
    expect(await readStoredBackup(name)).toBe(text);
    const listed = (await listStoredBackups()).filter((b) => b.name === name);
    expect(listed).toEqual([expect.objectContaining({ name, size: text.length + 2 })]);
    await deleteStoredBackup(name);
    expect((await listStoredBackups()).some((b) => b.name === name)).toBe(false);
    await expect(readStoredBackup(name)).rejects.toThrow(/no longer exists/);
    // No piece is left behind: a new backup of the same name reads only its own text.
    await writeStoredBackup(name, ['{}'], 2);
    expect(await readStoredBackup(name)).toBe('{}');
    await deleteStoredBackup(name);
  });
});
