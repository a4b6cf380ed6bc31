import { describe, expect, it } from 'vitest';
import {
  parseBackup,
  reidentifyDocument,
  serializeBackup,
  serializeRawBackup,
  shareFileName,
} from '../../../shared/backup/backupFile';
import { DATA_VERSION, personSchema, yearBudgetSchema } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';

const doc = createPlanFromTemplate({
  templateId: 'double11',
  peakDate: '2026-11-11',
  name: '2026 双11 全店大促',
  locale: 'zh-CN',
  now: new Date('2026-09-01T00:00:00Z'),
});

describe('the backup file', () => {
  it('round-trips every plan exactly', () => {
    const text = serializeBackup([doc], {
      exportedAt: new Date('2026-11-11T02:00:00Z'),
      appVersion: '0.1.0',
    });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fromVersion).toBe(DATA_VERSION);
    expect(parsed.file.exportedAt).toBe('2026-11-11T02:00:00.000Z');
    expect(parsed.file.plans).toEqual([doc]);
  });

  it('refuses a file from a newer app, saying which version it is', () => {
    const text = JSON.stringify({
      ...JSON.parse(serializeBackup([doc], { exportedAt: new Date() })),
      dataVersion: 99,
    });
    expect(parseBackup(text)).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', found: 99, supported: DATA_VERSION },
    });
  });

  it('says when the file is not JSON or not a backup', () => {
    const notJson = parseBackup('{"format": ');
    expect(notJson.ok === false && notJson.problem.kind).toBe('notJson');
    const other = parseBackup(JSON.stringify({ hello: 'world' }));
    expect(other.ok === false && other.problem.kind).toBe('notBackup');
  });

  it('names the plan and field that are wrong', () => {
    const broken = structuredClone(doc);
    (broken.tasks[2] as { startDate: string }).startDate = '11/11/2026';
    const result = parseBackup(serializeRawBackup([doc, broken], 1, new Date()));
    expect(result).toMatchObject({
      ok: false,
      problem: {
        kind: 'invalidPlan',
        planIndex: 1,
        planName: '2026 双11 全店大促',
        path: 'tasks.2.startDate',
      },
    });
  });

  it('fills defaults of a sparse older backup of the same version', () => {
    const sparse = { plan: doc.plan, tasks: doc.tasks.map(({ notes: _n, checklist: _c, ...t }) => t) };
    const result = parseBackup(serializeRawBackup([sparse], 1, new Date()));
    expect(result.ok && result.file.plans[0]?.tasks[0]?.notes).toBe('');
    expect(result.ok && result.file.plans[0]?.goals).toEqual([]);
  });
});

describe('a share file opened where the plan already exists', () => {
  it('gets fresh ids everywhere, and every link follows', () => {
    const copy = reidentifyDocument(doc);
    expect(copy.plan.id).not.toBe(doc.plan.id);
    expect(copy.plan.name).toBe(doc.plan.name);
    expect(copy.tasks).toHaveLength(doc.tasks.length);
    const oldIds = new Set([doc.plan.id, ...doc.tasks.map((t) => t.id), ...doc.phases.map((p) => p.id)]);
    for (const t of copy.tasks) {
      expect(t.planId).toBe(copy.plan.id);
      expect(oldIds.has(t.id)).toBe(false);
      if (t.phaseId) expect(copy.phases.some((p) => p.id === t.phaseId)).toBe(true);
      for (const link of t.predecessors) expect(copy.tasks.some((p) => p.id === link.taskId)).toBe(true);
    }
    // Links are the same graph under new names: the predecessor's title is unchanged.
    const linked = doc.tasks.find((t) => t.predecessors.length > 0);
    expect(linked).toBeDefined();
    const i = doc.tasks.indexOf(linked!);
    const before = doc.tasks.find((t) => t.id === linked!.predecessors[0]!.taskId)!.title;
    const after = copy.tasks.find((t) => t.id === copy.tasks[i]!.predecessors[0]!.taskId)!.title;
    expect(after).toBe(before);
  });

  it('is named after the plan, without characters file systems refuse', () => {
    expect(shareFileName({ ...doc, plan: { ...doc.plan, name: '双11: A/B 方案?' } })).toBe(
      '双11 A B 方案.campaign.json',
    );
  });
});

describe('the workspace in the backup file', () => {
  const workspace = {
    people: [personSchema.parse({ id: 'p-1', name: '王芳', department: '运营部', role: '负责人', limit: 3 })],
    yearBudgets: [yearBudgetSchema.parse({ id: 'y-1', year: 2026, capMinor: 100_000_000 })],
  };

  it('round-trips people and yearly budgets under the workspace key', () => {
    const parsed = parseBackup(serializeBackup([doc], { exportedAt: new Date(), workspace }));
    expect(parsed.ok && parsed.file.workspace).toEqual(workspace);
  });

  it('reads a file written before the workspace existed, with no workspace', () => {
    const parsed = parseBackup(serializeBackup([doc], { exportedAt: new Date() }));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.file.workspace).toBeUndefined();
    expect(parsed.ok && parsed.file.plans).toHaveLength(1);
  });

  it('names the field of a broken workspace and reads nothing', () => {
    const text = JSON.stringify({
      ...JSON.parse(serializeBackup([doc], { exportedAt: new Date(), workspace })),
      workspace: { people: [], yearBudgets: [{ id: 'y-1', year: 2026, capMinor: -5 }] },
    });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatchObject({
      kind: 'invalidWorkspace',
      path: 'workspace.yearBudgets.0.capMinor',
    });
  });
});
