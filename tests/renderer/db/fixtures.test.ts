import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/domain';
import {
  listPlans,
  loadDocument,
  loadWorkspace,
  openDatabase,
  SCHEMA_VERSION,
  takeSummary,
} from '../../../renderer/src/db';
import { dumpDatabase, type DatabaseDump } from '../../../renderer/src/db/migrations';
import { loadDump } from './loadDump';

const fixtureDir = resolve(import.meta.dirname, '../../fixtures/db');
/** Every shipped schema version has a dump; add v4.json here when version 4 ships. */
const shipped = ['v1.json', 'v2.json', 'v3.json'];

function readDump(file: string): DatabaseDump {
  return JSON.parse(readFileSync(resolve(fixtureDir, file), 'utf8')) as DatabaseDump;
}

describe('a database written by every shipped version opens with current code', () => {
  it('covers every schema version up to the current one', () => {
    expect(shipped).toHaveLength(SCHEMA_VERSION);
  });

  it('v1: both plans load with every record, and their counts and sums', async () => {
    await loadDump(readDump('v1.json'), 'fixture-v1');
    const db = await openDatabase('fixture-v1');
    // Written before the library kept summaries: listed at once, each summary taken afterwards.
    const plans = await listPlans(db);
    expect(plans.every((p) => p.isSummaryPending)).toBe(true);
    for (const p of plans) await takeSummary(db, p.plan.id);
    expect((await listPlans(db)).map((p) => [p.plan.name, p.taskCount]).sort()).toEqual([
      ['2026 618 年中大促', 39],
      ['2026 双11 全店大促', 39],
    ]);
    const d11 = await loadDocument(db, '00000000-0000-4000-8000-000000000001' as PlanId);
    expect(d11).not.toBeNull();
    if (!d11) return;
    expect(d11.plan.peakDate).toBe('2026-11-11');
    expect(d11.tasks).toHaveLength(39);
    expect(d11.phases).toHaveLength(8);
    expect(d11.risks).toHaveLength(8);
    expect(d11.checklist).toHaveLength(12);
    expect(d11.budgetLines).toHaveLength(5);
    // Planned ¥10,000 + ¥20,000 + … + ¥50,000; actuals on lines 1, 3 and 5 (90 % of planned).
    expect(d11.budgetLines.reduce((s, l) => s + l.plannedMinor, 0)).toBe(15_000_000);
    expect(d11.budgetLines.reduce((s, l) => s + (l.actualMinor ?? 0), 0)).toBe(8_100_000);
    // GMV ¥500,000 + ¥1,000,000 + ¥1,500,000 on 9–11 Nov, found by the [planId+date] index.
    expect(d11.actuals.map((a) => a.date)).toEqual(['2026-11-09', '2026-11-10', '2026-11-11']);
    expect(d11.actuals.reduce((s, a) => s + (a.gmvMinor ?? 0), 0)).toBe(300_000_000);
    const onPeak = await db
      .table('actuals')
      .where('[planId+date]')
      .equals([d11.plan.id, '2026-11-11'])
      .toArray();
    expect(onPeak).toHaveLength(1);
    // Tasks come back in the planner's order, links intact.
    expect(d11.tasks.map((t) => t.order)).toEqual([...d11.tasks.map((t) => t.order)].sort((a, b) => a - b));
    for (const t of d11.tasks)
      for (const p of t.predecessors) expect(d11.tasks.some((x) => x.id === p.taskId)).toBe(true);
    db.close();
  });

  it('v1: upgrading to v2 adds the war room tables, empty, and changes no v1 record', async () => {
    const dump = readDump('v1.json');
    await loadDump(dump, 'fixture-v1-upgrade');
    const db = await openDatabase('fixture-v1-upgrade');
    db.close();
    const after = await dumpDatabase('fixture-v1-upgrade');
    expect(after?.version).toBe(SCHEMA_VERSION * 10);
    for (const store of ['hourly', 'incidents', 'alertAcks', 'hourProfiles', 'alertRules']) {
      expect(after?.stores[store]?.records).toEqual([]);
    }
    expect(after?.stores.hourly?.indexes.map((i) => i.name).sort()).toEqual(['[planId+hour]', 'planId']);
    // Every v1 record is still there; risks gain only an explicit "not triggered".
    for (const [name, store] of Object.entries(dump.stores)) {
      if (name === 'meta') continue;
      const records = after?.stores[name]?.records ?? [];
      expect(records).toHaveLength(store.records.length);
      if (name === 'risks') {
        expect(records).toEqual(store.records.map((r) => ({ ...(r as object), triggeredAt: null })));
      } else if (name !== 'plans') {
        expect(records).toEqual(store.records);
      }
    }
    expect(after?.stores.meta?.records).toContainEqual({ key: 'dataVersion', value: 2 });
  });

  it('v2: the war room plan loads with its hours, incident, triggered risk, acknowledgement and rules', async () => {
    await loadDump(readDump('v2.json'), 'fixture-v2');
    const db = await openDatabase('fixture-v2');
    const plans = await listPlans(db);
    expect(plans.map((p) => p.plan.name)).toEqual(['2026 双11 作战室']);
    const doc = await loadDocument(db, plans[0]!.plan.id);
    expect(doc).not.toBeNull();
    if (!doc) return;
    // Shop totals ¥100,000 + ¥200,000 + ¥300,000 in hours 00–02; one SKU hour of ¥12,000.
    const shop = doc.hourly.filter((h) => h.sku === null);
    expect(shop.map((h) => h.hour).sort()).toEqual([
      '2026-11-11T00:00',
      '2026-11-11T01:00',
      '2026-11-11T02:00',
    ]);
    expect(shop.reduce((s, h) => s + (h.gmvMinor ?? 0), 0)).toBe(60_000_000);
    expect(doc.hourly.find((h) => h.sku === 'SKU-001')?.stock).toBe(300);
    const byHour = await db
      .table('hourly')
      .where('[planId+hour]')
      .equals([doc.plan.id, '2026-11-11T02:00'])
      .toArray();
    expect(byHour).toHaveLength(2);
    expect(doc.incidents).toHaveLength(1);
    const risk = doc.risks.find((r) => r.id === doc.incidents[0]?.riskId);
    expect(risk?.status).toBe('triggered');
    expect(risk?.triggeredAt).toBe('2026-11-11T02:10');
    expect(doc.alertAcks[0]?.incidentId).toBe(doc.incidents[0]?.id);
    expect(doc.hourProfiles[0]?.weights).toHaveLength(24);
    expect(doc.alertRules[0]).toMatchObject({ code: 'stockCover', threshold: 8 });
    db.close();
  });

  it('v2: upgrading to v3 adds the workspace tables, empty, and changes no v2 record', async () => {
    const dump = readDump('v2.json');
    await loadDump(dump, 'fixture-v2-upgrade');
    const db = await openDatabase('fixture-v2-upgrade');
    expect(await loadWorkspace(db)).toEqual({ people: [], yearBudgets: [] });
    db.close();
    const after = await dumpDatabase('fixture-v2-upgrade');
    expect(after?.version).toBe(30);
    expect(after?.stores.people?.records).toEqual([]);
    expect(after?.stores.yearBudgets?.indexes.map((i) => i.name)).toEqual(['year']);
    for (const [name, store] of Object.entries(dump.stores)) {
      expect(after?.stores[name]?.records).toEqual(store.records);
    }
  });

  it('v3: the roster and the 2026 cap with its quarters load', async () => {
    await loadDump(readDump('v3.json'), 'fixture-v3');
    const db = await openDatabase('fixture-v3');
    const workspace = await loadWorkspace(db);
    expect(workspace.people.map((p) => [p.name, p.department, p.role, p.limit]).sort()).toEqual([
      ['李雷', '设计部', '设计', null],
      ['王芳', '运营部', '活动负责人', 3],
    ]);
    expect(workspace.yearBudgets).toHaveLength(1);
    const year = workspace.yearBudgets[0]!;
    // ¥1,000,000 for 2026; quarters ¥200,000 + ¥300,000 + ¥200,000 + ¥300,000.
    expect([year.year, year.currency, year.capMinor]).toEqual([2026, 'CNY', 100_000_000]);
    expect(year.quarterCapsMinor).toEqual([20_000_000, 30_000_000, 20_000_000, 30_000_000]);
    expect((await listPlans(db)).map((p) => p.plan.name)).toEqual(['2026 618 年中大促']);
    db.close();
  });

  it('v3: opening with current code writes nothing', async () => {
    await loadDump(readDump('v3.json'), 'fixture-v3-untouched');
    const before = await dumpDatabase('fixture-v3-untouched');
    const db = await openDatabase('fixture-v3-untouched');
    db.close();
    expect(await dumpDatabase('fixture-v3-untouched')).toEqual(before);
  });
});
