import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/domain';
import { listPlans, loadDocument, openDatabase, SCHEMA_VERSION } from '../../../renderer/src/db';
import { dumpDatabase, type DatabaseDump } from '../../../renderer/src/db/migrations';
import { loadDump } from './loadDump';

const fixtureDir = resolve(import.meta.dirname, '../../fixtures/db');
/** Every shipped schema version has a dump; add v2.json here when version 2 ships. */
const shipped = ['v1.json'];

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
    const plans = await listPlans(db);
    expect(plans.map((p) => [p.plan.name, p.taskCount]).sort()).toEqual([
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

  it('v1: opening with current code writes nothing', async () => {
    await loadDump(readDump('v1.json'), 'fixture-v1-untouched');
    const before = await dumpDatabase('fixture-v1-untouched');
    const db = await openDatabase('fixture-v1-untouched');
    db.close();
    expect(await dumpDatabase('fixture-v1-untouched')).toEqual(before);
  });
});
