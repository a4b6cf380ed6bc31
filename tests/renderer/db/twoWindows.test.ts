import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import { mergeStoredIntoDocument } from '../../../shared/sync/mergeDocuments';
import { insertDocument, loadDocument, openDatabase } from '../../../renderer/src/db';
import { readStoredRecords, saveMerging } from '../../../renderer/src/db/syncRepo';

const doc = createPlanFromTemplate({
  templateId: 'double11',
  peakDate: '2026-11-11',
  locale: 'zh-CN',
  now: new Date('2026-09-01T00:00:00Z'),
});
const task = doc.tasks[3]!;
function editTask(d: PlanDocument, change: Partial<PlanDocument['tasks'][number]>): PlanDocument {
  return { ...d, tasks: d.tasks.map((t) => (t.id === task.id ? { ...t, ...change } : t)) };
}

describe('two windows save the same task, each a different field', () => {
  it('both edits are stored, and each window ends up showing both', async () => {
    const db = await openDatabase('two-windows');
    await insertDocument(db, doc);
    // Both windows loaded the same stored plan.
    const a = editTask(doc, { owner: '小李' });
    const b = editTask(doc, { endDate: '2026-11-09' });
    await saveMerging(db, doc, a);
    const savedB = await saveMerging(db, doc, b); // B never saw A's write
    const stored = await loadDocument(db, doc.plan.id);
    const t = stored?.tasks.find((x) => x.id === task.id);
    expect(t?.owner).toBe('小李');
    expect(t?.endDate).toBe('2026-11-09');
    expect(t?.title).toBe(task.title);

    // Window B learns what is stored from its own save…
    const bNow = mergeStoredIntoDocument(b, b, savedB.changed, savedB.stored);
    expect(bNow.tasks.find((x) => x.id === task.id)).toMatchObject({ owner: '小李', endDate: '2026-11-09' });
    // …and window A from B's message, while keeping an edit it has not saved yet.
    const aUnsaved = editTask(a, { notes: '待确认' });
    const records = await readStoredRecords(db, doc.plan.id, savedB.changed);
    const aNow = mergeStoredIntoDocument(a, aUnsaved, savedB.changed, records);
    expect(aNow.tasks.find((x) => x.id === task.id)).toMatchObject({
      owner: '小李',
      endDate: '2026-11-09',
      notes: '待确认',
    });
    db.close();
  });

  it("a record deleted in one window is not brought back by the other's save of another record", async () => {
    const db = await openDatabase('two-windows-delete');
    await insertDocument(db, doc);
    const a = { ...doc, tasks: doc.tasks.filter((t) => t.id !== task.id) };
    await saveMerging(db, doc, a);
    const b = { ...doc, risks: doc.risks.map((r, i) => (i === 0 ? { ...r, owner: '小王' } : r)) };
    await saveMerging(db, doc, b);
    const stored = await loadDocument(db, doc.plan.id);
    expect(stored?.tasks.some((t) => t.id === task.id)).toBe(false);
    expect(stored?.risks[0]?.owner).toBe('小王');
    db.close();
  });
});
