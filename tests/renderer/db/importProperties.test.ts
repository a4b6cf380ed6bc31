import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { reidentifyDocument } from '../../../shared/backup/backupFile';
import { collectionKeys, type PlanDocument, type PlanId } from '../../../shared/domain';
import {
  exportBudgetWorkbook,
  exportPlanWorkbook,
  exportScheduleWorkbook,
  importFile,
  mergeImport,
  type WorkbookImport,
} from '../../../shared/xlsx';
import { getDb, loadDocument } from '../../../renderer/src/db';
import { useLibraryStore } from '../../../renderer/src/state/libraryStore';
import { flushPlanSaves, usePlanStore } from '../../../renderer/src/state/planStore';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';
import { propertySeed } from '../../propertySeed';

/**
 * Issue 7, property tests: random plans exported to workbooks, then corrupted (flipped bytes,
 * truncation, random cell contents), go through the importer and, when it yields something,
 * through the very path the Import screen applies it by (libraryStore.addDocument for a new plan,
 * planStore.commit of mergeImport for a merge) into IndexedDB (fake-indexeddb) — with the disk
 * failing after a random number of writes. Then:
 *  - nothing throws out of the importer; a refusal always says why;
 *  - an import is stored whole or not at all: never a plan without its tasks, never orphans;
 *  - no plan that was stored before is lost or changed, except the merge target by the merge.
 */
const TODAY = '2026-11-23';
const NOW = '2026-11-23T08:00:00.000Z';

// ---------------------------------------------------------------- random workbooks

const cellValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom(
    '',
    '2026-02-30',
    '2026-11-11',
    '11/11',
    '¥1,234.50',
    '12.5%',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    '=1+1',
    '1e309',
    '99999999999999999999',
    '\u0000\uFFFF',
  ),
  fc.date({
    min: new Date('1899-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  }),
);

const corruption = fc.oneof(
  fc.constant({ type: 'none' as const }),
  fc.record({
    type: fc.constant('flip' as const),
    flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    }),
  }),
  fc.record({ type: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    type: fc.constant('cells' as const),
    edits: fc.array(
      fc.record({ sheet: fc.nat(), row: fc.nat({ max: 30 }), col: fc.nat({ max: 12 }), value: cellValue }),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);

const workbookSource = fc.record({
  // Seed 1 is a stored plan: its own workbook comes back with its ids.
  seed: fc.oneof(fc.constant(1), fc.integer({ min: 100, max: 100_000 })),
  tasks: fc.integer({ min: 1, max: 20 }),
  kind: fc.constantFrom('plan', 'schedule', 'budget'),
  language: fc.constantFrom('zh' as const, 'en' as const),
  corruption,
});
type WorkbookSource = typeof workbookSource extends fc.Arbitrary<infer T> ? T : never;

function randomPlan(seed: number, tasks: number): PlanDocument {
  return generateLargePlan({ tasks, links: Math.floor(tasks / 3), seed });
}

function makeWorkbook(src: WorkbookSource): { bytes: Uint8Array; source: PlanDocument } {
  const doc = randomPlan(src.seed, src.tasks);
  const options = { language: src.language, exportedAt: NOW };
  let bytes =
    src.kind === 'plan'
      ? exportPlanWorkbook(doc, options)
      : src.kind === 'schedule'
        ? exportScheduleWorkbook(doc, options)
        : exportBudgetWorkbook(doc, options);
  const c = src.corruption;
  if (c.type === 'flip') {
    bytes = bytes.slice();
    for (const [at, value] of c.flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
  } else if (c.type === 'truncate') {
    bytes = bytes.slice(0, Math.floor(c.at * bytes.length));
  } else if (c.type === 'cells') {
    const wb = XLSX.read(bytes, { type: 'array' });
    for (const e of c.edits) {
      const ws = wb.Sheets[wb.SheetNames[e.sheet % wb.SheetNames.length]!]!;
      XLSX.utils.sheet_add_aoa(ws, [[e.value]], { origin: { r: e.row, c: e.col } });
    }
    bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  }
  return { bytes, source: doc };
}

// ---------------------------------------------------------------- the database

/** Every stored plan, as comparable text; records sorted by id, so load order does not matter. */
function canonical(doc: PlanDocument): string {
  const out: Record<string, unknown> = { plan: doc.plan, review: doc.review ?? null };
  for (const key of collectionKeys) {
    out[key] = [...(doc[key] as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return JSON.stringify(out);
}

async function snapshot(): Promise<{
  plans: Map<string, string>;
  records: number;
  orphans: number;
  ids: Set<string>;
}> {
  const db = await getDb();
  const plans = new Map<string, string>();
  const ids = new Set<string>();
  for (const p of await db.plans.toArray()) {
    ids.add(p.id);
    const doc = await loadDocument(db, p.id as PlanId);
    if (doc) plans.set(p.id, canonical(doc));
  }
  let records = 0;
  let orphans = 0;
  const recordIds = new Set<string>();
  for (const key of collectionKeys) {
    const rows = (await db.table(key).toArray()) as { id: string; planId: string }[];
    records += rows.length;
    orphans += rows.filter((r) => !ids.has(r.planId)).length;
    for (const r of rows) recordIds.add(`${key}:${r.id}`);
  }
  return { plans, records, orphans, ids: recordIds };
}

/** The disk fails (quota) after `writes` more writes; null: it does not. */
const realPut = IDBObjectStore.prototype.put;
const realAdd = IDBObjectStore.prototype.add;
const realDelete = IDBObjectStore.prototype.delete;
function failAfter(writes: number | null): void {
  restoreDisk();
  if (writes === null) return;
  let left = writes;
  const guard = <A extends unknown[], R>(real: (this: IDBObjectStore, ...a: A) => R) =>
    function (this: IDBObjectStore, ...args: A): R {
      if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.apply(this, args);
    };
  IDBObjectStore.prototype.put = guard(realPut);
  IDBObjectStore.prototype.add = guard(realAdd);
  IDBObjectStore.prototype.delete = guard(realDelete);
}
function restoreDisk(): void {
  IDBObjectStore.prototype.put = realPut;
  IDBObjectStore.prototype.add = realAdd;
  IDBObjectStore.prototype.delete = realDelete;
}

// The first keeps the generator's ids (which every generated plan reuses for its records); the
// others get random ones, as plans made in the app have.
const existing = [
  randomPlan(1, 12),
  reidentifyDocument(randomPlan(2, 8)),
  reidentifyDocument(randomPlan(3, 15)),
];
const mergeTarget = existing[0]!;

beforeAll(async () => {
  for (const doc of existing) await useLibraryStore.getState().addDocument(doc);
  await usePlanStore.getState().openPlan(mergeTarget.plan.id);
});
afterEach(restoreDisk);

// ---------------------------------------------------------------- properties

describe('random and corrupted workbooks through the importer', () => {
  it('nothing throws out of importFile; a refusal always says why, in both languages', () => {
    fc.assert(
      fc.property(workbookSource, fc.boolean(), (src, merge) => {
        const { bytes } = makeWorkbook(src);
        const r = importFile(bytes, {
          kind: 'auto',
          context: { fileName: 'random.xlsx', today: TODAY, now: NOW, plan: merge ? mergeTarget : null },
        });
        if (r.value === null) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(p.message.en.trim()).not.toBe('');
            expect(p.message.zh.trim()).not.toBe('');
          }
        }
      }),
      { numRuns: 60, endOnFailure: true, seed: propertySeed },
    );
  });
});

describe('applying an import: whole or not at all, and no plan lost', () => {
  async function applyNew(value: WorkbookImport): Promise<boolean> {
    try {
      await useLibraryStore.getState().addDocument(value.document);
      return true;
    } catch {
      return false;
    }
  }

  it('a new plan from a random workbook is stored whole or not at all, the disk failing at random', async () => {
    let applied = 0;
    let refused = 0;
    let clashes = 0;
    await fc.assert(
      // The disk works in half the runs, so clashes meet a working disk too.
      fc.asyncProperty(
        workbookSource,
        fc.oneof(fc.constant(null), fc.nat({ max: 60 })),
        async (src, failAt) => {
          const { bytes } = makeWorkbook(src);
          const r = importFile(bytes, {
            kind: 'auto',
            context: { fileName: 'new.xlsx', today: TODAY, now: NOW },
          });
          if (!r.value || r.value.kind === 'actuals') return;
          const before = await snapshot();
          const id = r.value.document.plan.id;
          // Its plan id or a record id is stored already (the bench generator reuses record ids
          // across plans, like a damaged workbook of a stored plan that lost its plan sheet).
          const clash =
            before.plans.has(id) ||
            collectionKeys.some((key) =>
              (r.value!.document[key] as { id: string }[]).some((rec) => before.ids.has(`${key}:${rec.id}`)),
            );
          failAfter(failAt);
          const ok = await applyNew(r.value);
          restoreDisk();
          const after = await snapshot();
          expect(after.orphans).toBe(0);
          // No plan stored before is lost or changed.
          for (const [planId, text] of before.plans) expect(after.plans.get(planId)).toBe(text);
          if (clash) {
            // Never overwrites a stored plan or takes records away from it.
            clashes++;
            expect(ok).toBe(false);
            expect(after.records).toBe(before.records);
          } else if (ok) {
            applied++;
            expect(after.plans.get(id)).toBe(canonical(r.value.document));
          } else {
            refused++;
            expect(after.plans.has(id)).toBe(false);
            expect(after.records).toBe(before.records);
          }
        },
      ),
      // A fixed seed: with 40 random runs, a run where the failing disk never stops an import
      // (every failure point past the import's last write) came up about one time in three, and
      // the check below then failed with nothing wrong. The same 40 runs each time; change the
      // seed to explore others.
      { numRuns: 40, endOnFailure: true, seed: 20261205 },
    );
    // Both branches were exercised: some imports were stored, some stopped by the failing disk.
    expect(applied).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(clashes).toBeGreaterThan(0);
  }, 60_000);

  it('a merge into the open plan is stored whole or not at all, and a retry stores it whole', async () => {
    let failedSaves = 0;
    await fc.assert(
      // The disk fails after a few writes half the time and anywhere in a long save otherwise: a
      // merge that changes a handful of records writes only those, so failing only late would
      // leave most runs without a failure.
      fc.asyncProperty(
        workbookSource,
        fc.option(fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 30 })), { nil: null }),
        async (src, failAt) => {
          const { bytes } = makeWorkbook(src);
          const open = usePlanStore.getState().doc!;
          const r = importFile(bytes, {
            kind: 'auto',
            context: { fileName: 'merge.xlsx', today: TODAY, now: NOW, plan: open },
          });
          if (!r.value || r.value.kind === 'actuals') return;
          const imported = r.value.document;
          const before = await snapshot();
          failAfter(failAt);
          usePlanStore.getState().commit('import', (d) => mergeImport(d, { imported }));
          await flushPlanSaves();
          restoreDisk();
          const shown = usePlanStore.getState().doc!;
          let after = await snapshot();
          expect(after.orphans).toBe(0);
          for (const [planId, text] of before.plans) {
            if (planId !== open.plan.id) expect(after.plans.get(planId)).toBe(text);
          }
          if (usePlanStore.getState().save.kind === 'failed') {
            failedSaves++;
            // Not a record of the merge reached the disk; the merged plan is still on screen.
            expect(after.plans.get(open.plan.id)).toBe(before.plans.get(open.plan.id));
            expect(after.records).toBe(before.records);
            await flushPlanSaves(); // Retry, the disk working again
            expect(usePlanStore.getState().save.kind).toBe('saved');
            after = await snapshot();
          }
          expect(after.plans.get(open.plan.id)).toBe(canonical(shown));
          expect(after.orphans).toBe(0);
        },
      ),
      { numRuns: 20, endOnFailure: true },
    );
    expect(failedSaves).toBeGreaterThan(0);
  }, 60_000);
});
