import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HourKey, PlanDocument } from '../../../shared/domain';
import { mergeStoredIntoDocument, type StoredRecords } from '../../../shared/sync/mergeDocuments';
import { derivation, positionOfId } from '../../../shared/sync/lineage';
import { buildHourlyIndex, hourlyIndex } from '../../../shared/warroom/hourlyIndex';
import type { HourlyRow } from '../../../shared/warroom/importHourly';
import { applyHourlyImport } from '../../../shared/warroom/merge';
import { computePacing } from '../../../shared/warroom/pacing';
import { workedPlan } from '../warroom/worked';

/**
 * Another window's save is merged record by record into what a window shows
 * (shared/sync/mergeDocuments.ts), looking the changed records up through a table of positions
 * kept along the arrays a merge makes from each other (shared/sync/lineage.ts). Whatever the
 * order of merges, undos and branches, a lookup finds what a scan finds, and the merged document
 * is the one the scan-based merge made.
 */
type Rec = { id: string; v: number };

/** The merge by its definition: each record replaced or dropped as `versions` says, new ones after. */
function scanMerge(list: readonly Rec[], versions: ReadonlyMap<string, Rec | undefined>): Rec[] {
  const kept = list.flatMap((r) => (!versions.has(r.id) ? [r] : (versions.get(r.id) ?? [])));
  const added = [...versions.values()].filter((v): v is Rec => !!v && !list.some((r) => r.id === v.id));
  return [...kept, ...added];
}

const asDoc = (tasks: readonly Rec[]) => ({ tasks }) as unknown as PlanDocument;
const stored = (versions: Map<string, Rec | undefined>): StoredRecords => ({
  plan: undefined,
  review: undefined,
  records: { tasks: versions },
});

describe('merging another window’s records through the position tables', () => {
  it('equals the scan for any sequence of merges from any earlier array (undo, then another branch)', () => {
    const step = fc.record({
      from: fc.nat(),
      writes: fc.array(
        fc.record({ id: fc.integer({ min: 0, max: 40 }), v: fc.nat(9), remove: fc.boolean() }),
        {
          maxLength: 6,
        },
      ),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const first: Rec[] = Array.from({ length: 20 }, (_, i) => ({ id: `r${i * 2}`, v: 0 }));
        const arrays: Rec[][] = [first];
        for (const { from, writes } of steps) {
          const list = arrays[from % arrays.length]!;
          const versions = new Map<string, Rec | undefined>();
          for (const w of writes) versions.set(`r${w.id}`, w.remove ? undefined : { id: `r${w.id}`, v: w.v });
          const base = asDoc(list);
          const merged = mergeStoredIntoDocument(
            base,
            base,
            { tasks: [...versions.keys()] },
            stored(versions),
          );
          const expected = scanMerge(list, versions);
          const got = merged.tasks as unknown as Rec[];
          expect(got).toEqual(expected);
          arrays.push(got);
          const ids = Array.from({ length: 41 }, (_, id) => `r${id}`);
          const found = arrays.map((a) => ids.map((id) => positionOfId(a, id)));
          const scanned = arrays.map((a) =>
            ids.map((id) => {
              const at = a.findIndex((r) => r.id === id);
              return at < 0 ? undefined : at;
            }),
          );
          expect(found).toEqual(scanned);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the war room in a second window: the hour another window imported', () => {
  const hh = (h: number) => String(h).padStart(2, '0');
  const shopRow = (hour: HourKey, gmvMinor: number): HourlyRow => ({
    hour,
    channelId: null,
    channelName: null,
    sku: null,
    skuName: '',
    values: { gmvMinor, uv: gmvMinor / 100, buyers: gmvMinor / 2_000 },
    cumulativeSince0: false,
    asOf: null,
    sheet: 'test',
    excelRow: 2,
  });
  const stamp = { source: 'day.csv', importedAt: '2026-11-12T00:00:00.000Z' };
  const base = workedPlan();
  const day = applyHourlyImport(base, {
    rows: Array.from({ length: 10 }, (_, h) => shopRow(`2026-11-11T${hh(h)}:00`, 1_000_000 * (h + 1))),
    newChannels: [],
    ...stamp,
  });

  it('is merged at the positions written, and the pacing from that equals a full pass', () => {
    computePacing(day);
    // Window B stores a corrected 03:00 and a new 10:00; window A reads those records back.
    const theirs = applyHourlyImport(day, {
      rows: [shopRow('2026-11-11T03:00', 9_000_000), shopRow('2026-11-11T10:00', 2_000_000)],
      newChannels: [],
      ...stamp,
    });
    const changedIds = theirs.hourly.filter((r) => !day.hourly.includes(r)).map((r) => r.id);
    expect(changedIds).toHaveLength(2);
    const byId = new Map(theirs.hourly.map((r) => [r.id as string, r as unknown]));
    const mine = mergeStoredIntoDocument(
      day,
      day,
      { hourly: changedIds },
      {
        plan: undefined,
        review: undefined,
        records: { hourly: new Map(changedIds.map((id) => [id, byId.get(id)])) },
      },
    );
    expect(mine.hourly).toEqual(theirs.hourly);
    const note = derivation(mine.hourly);
    expect(note?.from).toBe(day.hourly);
    expect([...(note?.positions ?? [])].sort((a, b) => a - b)).toEqual([3, 10]);
    expect(computePacing(mine)).toEqual(
      computePacing(mine, { at: null, index: buildHourlyIndex(mine.hourly) }),
    );
    // Only 11 Nov was summed again; ¥10,000 × (1 + … + 10) − ¥40,000 + ¥90,000 + ¥20,000 in all.
    expect(hourlyIndex(mine.hourly).days.get('2026-11-11')).not.toBe(
      hourlyIndex(day.hourly).days.get('2026-11-11'),
    );
    expect(computePacing(mine, { at: '2026-11-12T00:00' }).gmv.actualMinor).toBe(
      (55 - 4 + 9) * 1_000_000 + 2_000_000,
    );
  });
});
