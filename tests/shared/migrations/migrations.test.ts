import { describe, expect, it } from 'vitest';
import { DATA_VERSION } from '../../../shared/domain';
import {
  migrationPath,
  migrations,
  restorePlanDocumentV1,
  upgradeDocument,
  upgradeRawDocument,
  type Migration,
} from '../../../shared/migrations';

const minimalPlan = {
  id: 'plan-1',
  name: '2026 双11',
  type: 'double11',
  startDate: '2026-10-01',
  endDate: '2026-11-20',
  peakDate: '2026-11-11',
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
};

describe('v1 restore: a stored document comes back complete', () => {
  it('fills every collection and defaulted field a stored v1 document may lack', () => {
    const result = restorePlanDocumentV1({ plan: minimalPlan });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.tasks).toEqual([]);
    expect(result.doc.budgetLines).toEqual([]);
    expect(result.doc.review).toBeNull();
    expect(result.doc.plan.currency).toBe('CNY');
    expect(result.doc.plan.theme).toBe('');
    expect(result.doc.plan.name).toBe('2026 双11');
  });

  it('names the field that is wrong', () => {
    const result = restorePlanDocumentV1({ plan: { ...minimalPlan, startDate: '2026-02-30' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe('plan.startDate');
  });
});

describe('the migration registry', () => {
  it('ships one step, v1 → v2 (the war room), and every step goes one way up', () => {
    expect(DATA_VERSION).toBe(2);
    expect(migrations.map((m) => m.name)).toEqual(['v1ToV2AddWarRoom']);
    expect(migrationPath(1).map((m) => m.name)).toEqual(['v1ToV2AddWarRoom']);
    expect(migrationPath(2)).toEqual([]);
  });

  it('v1ToV2AddWarRoom adds the empty war room collections and leaves every v1 record as it was', () => {
    const risk = { id: 'r1', planId: 'plan-1', description: '爆仓', kind: 'stock', status: 'open' };
    const raw = { plan: minimalPlan, risks: [risk], tasks: [] };
    const up = upgradeRawDocument(raw, 1) as Record<string, unknown>;
    expect(up.risks).toEqual([{ ...risk, triggeredAt: null }]);
    for (const key of ['hourly', 'incidents', 'alertAcks', 'hourProfiles', 'alertRules'])
      expect(up[key]).toEqual([]);
    expect(raw.risks[0]).not.toHaveProperty('triggeredAt');
    const restored = upgradeDocument(raw, 1);
    expect(restored.ok && restored.doc.risks[0]?.status).toBe('open');
  });

  const renameTitle: Migration = {
    fromVersion: 1,
    toVersion: 2,
    name: 'v1ToV2RenameTitle',
    upgrade: (doc) => {
      const d = doc as { tasks: { title?: string; name?: string }[] };
      return { ...d, tasks: d.tasks.map(({ name, ...t }) => ({ ...t, title: name ?? t.title })) };
    },
  };
  const addFlag: Migration = {
    fromVersion: 2,
    toVersion: 3,
    name: 'v2ToV3AddFlag',
    upgrade: (doc) => ({ ...(doc as object), flagged: true }),
  };

  it('chains named steps in order from the stored version', () => {
    expect(migrationPath(1, 3, [addFlag, renameTitle]).map((m) => m.name)).toEqual([
      'v1ToV2RenameTitle',
      'v2ToV3AddFlag',
    ]);
    expect(migrationPath(2, 3, [addFlag, renameTitle]).map((m) => m.name)).toEqual(['v2ToV3AddFlag']);
    const raw = { tasks: [{ name: '压测' }] };
    expect(upgradeRawDocument(raw, 1, [renameTitle, addFlag], 3)).toEqual({
      tasks: [{ title: '压测' }],
      flagged: true,
    });
    // Pure: the stored document is not touched.
    expect(raw).toEqual({ tasks: [{ name: '压测' }] });
  });

  it('refuses a gap in the chain and a version from the future', () => {
    expect(() => migrationPath(1, 3, [addFlag])).toThrow('No upgrade from data version 1 to 3');
    expect(() => migrationPath(4, 3, [addFlag])).toThrow('newer than this app understands');
  });

  it('upgrades then restores into a current document', () => {
    const result = upgradeDocument({ plan: minimalPlan, tasks: [] }, 1);
    expect(result.ok && result.doc.plan.id).toBe('plan-1');
    expect(result.ok && result.doc.hourly).toEqual([]);
    const newer = upgradeDocument({ plan: minimalPlan }, 5);
    expect(newer.ok).toBe(false);
  });
});
