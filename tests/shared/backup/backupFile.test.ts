import { describe, expect, it } from 'vitest';
import {
  joinBackup,
  parseBackup,
  reidentifyDocument,
  serializeBackup,
  serializeRawBackup,
  shareFileName,
  utf8Length,
} from '../../../shared/backup/backupFile';
import { BACKUP_FORMAT, DATA_VERSION, personSchema, yearBudgetSchema } from '../../../shared/domain';
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

  it('names a refused task limit in the planner’s words, in one language each (not the schema’s English)', () => {
    const refusal = (limit: number) => {
      const text = JSON.stringify({
        ...JSON.parse(serializeBackup([doc], { exportedAt: new Date(), workspace })),
        workspace: {
          people: [
            { id: 'p-0', name: 'Amy' },
            { id: 'p-1', name: '张三', limit },
          ],
          yearBudgets: [],
        },
      });
      const parsed = parseBackup(text);
      if (parsed.ok || parsed.problem.kind !== 'invalidWorkspace') throw new Error('not refused');
      return parsed.problem;
    };
    const big = refusal(5000);
    expect(big.field).toEqual({
      zh: '团队 · 第 2 人“张三” · 并行任务上限',
      en: 'Team · person 2 “张三” · task limit',
    });
    expect(big.reason).toEqual({ zh: '不能大于 1,000', en: 'must be at most 1,000' });
    // The file the app wrote before the field had a maximum.
    expect(refusal(100000000000000000000).reason).toEqual({
      zh: '数太大，无法精确记录',
      en: 'is too large to keep exactly',
    });
  });

  it('restores a year without a cap and quarter caps kept while switched off', () => {
    const kept = {
      people: [],
      yearBudgets: [
        {
          id: 'y-1',
          year: 2026,
          capMinor: null,
          quarterCapsMinor: null,
          keptQuarterCapsMinor: [1, null, 2, null],
        },
      ],
    };
    const text = JSON.stringify({
      ...JSON.parse(serializeBackup([doc], { exportedAt: new Date(), workspace })),
      workspace: kept,
    });
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.file.workspace?.yearBudgets[0]).toMatchObject(kept.yearBudgets[0]!);
  });
});

describe('a backup written plan by plan', () => {
  const other = createPlanFromTemplate({
    templateId: 'mid618',
    peakDate: '2026-06-18',
    name: '618 “引号” \\ 与 emoji 🎉',
    locale: 'zh-CN',
    now: new Date('2026-03-01T00:00:00Z'),
  });
  const workspace = {
    people: [personSchema.parse({ id: 'p-1', name: '王芳', department: '运营部', role: '负责人', limit: 3 })],
    yearBudgets: [],
  };
  const exportedAt = new Date('2026-12-05T06:00:00Z');
  /** The whole file written by one JSON.stringify, as backups were written before. */
  const whole = (plans: unknown[], ws?: unknown) =>
    JSON.stringify({
      format: BACKUP_FORMAT,
      dataVersion: DATA_VERSION,
      exportedAt: exportedAt.toISOString(),
      appVersion: '0.1.0',
      plans,
      ...(ws ? { workspace: ws } : {}),
    });

  it('joins the plans written one at a time into exactly the text of the whole file', () => {
    const parts = [doc, other].map((d) => JSON.stringify(d));
    expect(joinBackup(parts, { exportedAt, appVersion: '0.1.0', workspace })).toBe(
      whole([doc, other], workspace),
    );
    expect(joinBackup(parts, { exportedAt, appVersion: '0.1.0' })).toBe(whole([doc, other]));
    expect(joinBackup([], { exportedAt, appVersion: '0.1.0', workspace })).toBe(whole([], workspace));
  });

  it('restores every plan and the workspace from the joined text', () => {
    const text = joinBackup(
      [doc, other].map((d) => JSON.stringify(d)),
      { exportedAt, appVersion: '0.1.0', workspace },
    );
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.file.plans).toEqual([doc, other]);
    expect(parsed.ok && parsed.file.workspace).toEqual(workspace);
  });

  it('counts UTF-8 bytes as an encoder does: ASCII 1, 王 3, é 2, 🎉 4, a lone surrogate 3', () => {
    for (const text of ['abc', '王芳', 'café', '🎉', 'x\ud800y', whole([doc, other], workspace)]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
    expect(utf8Length('a王é🎉')).toBe(1 + 3 + 2 + 4);
  });
});
