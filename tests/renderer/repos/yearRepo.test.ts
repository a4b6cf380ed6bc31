import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import {
  insertDocument,
  listYearPlanSources,
  loadYearPlanSource,
  updatePlanRecord,
} from '../../../renderer/src/db';
import { freshDatabases } from './freshDatabases';

const freshDb = freshDatabases('year');

const now = new Date('2025-10-01T00:00:00Z');
const make = (templateId: 'double11' | 'mid618' | 'newYear', peakDate: string, name: string) =>
  createPlanFromTemplate({ templateId, peakDate, name, locale: 'zh-CN', now });

describe('the year calendar reads plans and their phases (db/yearRepo.ts)', () => {
  it('gives every plan not in the trash with exactly its own phases, and no tasks', async () => {
    const db = await freshDb();
    const a = make('double11', '2026-11-11', '双11');
    const b = make('mid618', '2026-06-18', '618');
    const trashed = make('newYear', addDays('2026-01-20', 0), '年货节');
    for (const doc of [a, b, trashed]) await insertDocument(db, doc);
    await updatePlanRecord(db, trashed.plan.id, (p) => ({ ...p, deletedAt: '2026-02-01T00:00:00.000Z' }));

    const sources = await listYearPlanSources(db);

    expect(sources.map((s) => s.plan.name).sort()).toEqual(['618', '双11']);
    for (const doc of [a, b]) {
      const source = sources.find((s) => s.plan.id === doc.plan.id)!;
      expect(source.phases.length).toBeGreaterThan(0);
      expect(source.phases.map((p) => p.id).sort()).toEqual(doc.phases.map((p) => p.id).sort());
      expect(Object.keys(source)).toEqual(['plan', 'phases']);
    }
    expect(await loadYearPlanSource(db, trashed.plan.id)).toBeNull();
  });

  it('lists a plan without phases with none', async () => {
    const db = await freshDb();
    const doc = make('double11', '2026-11-11', '只有日期');
    doc.phases = [];
    await insertDocument(db, doc);
    const sources = await listYearPlanSources(db);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.phases).toEqual([]);
  });
});
