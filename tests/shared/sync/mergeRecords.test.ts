import { describe, expect, it } from 'vitest';
import { mergeStoredIntoDocument } from '../../../shared/sync/mergeDocuments';
import { mergeRecord } from '../../../shared/sync/mergeRecords';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';

const base = { id: 't1', title: '压测', startDate: '2026-11-04', endDate: '2026-11-04', owner: '' };

describe('three-way merge of one record', () => {
  it('keeps edits to different fields from both windows', () => {
    const mine = { ...base, title: '压测（第二轮）' };
    const theirs = { ...base, endDate: '2026-11-05' };
    expect(mergeRecord(base, mine, theirs)).toEqual({
      ...base,
      title: '压测（第二轮）',
      endDate: '2026-11-05',
    });
  });

  it('takes theirs when only they changed it, mine when only I did, mine for a field both changed', () => {
    const theirs = { ...base, owner: '小王' };
    expect(mergeRecord(base, base, theirs)).toBe(theirs);
    const mine = { ...base, owner: '小李' };
    expect(mergeRecord(base, mine, base)).toBe(mine);
    expect(mergeRecord(base, mine, theirs)).toEqual({ ...base, owner: '小李' });
  });

  it('lets a deletion win, and adds a record the other window created', () => {
    expect(mergeRecord(base, undefined, { ...base, owner: '小王' })).toBeUndefined();
    expect(mergeRecord(base, { ...base, owner: '小李' }, undefined)).toBeUndefined();
    expect(mergeRecord(undefined, undefined, base)).toBe(base);
  });
});

describe('merging stored records into an open document', () => {
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale: 'zh-CN',
    now: new Date('2026-09-01T00:00:00Z'),
  });

  it('replaces what the other window changed and keeps my unsaved edit of another field', () => {
    const [t0, t1] = doc.tasks;
    const mine = { ...doc, tasks: doc.tasks.map((t) => (t.id === t0!.id ? { ...t, owner: '小李' } : t)) };
    const storedT0 = { ...t0!, notes: '对方的备注' };
    const storedT1 = { ...t1!, title: '对方改的标题' };
    const merged = mergeStoredIntoDocument(
      doc,
      mine,
      { tasks: [t0!.id, t1!.id] },
      {
        plan: undefined,
        review: undefined,
        records: {
          tasks: new Map([
            [t0!.id, storedT0],
            [t1!.id, storedT1],
          ]),
        },
      },
    );
    expect(merged.tasks[0]).toEqual({ ...t0!, owner: '小李', notes: '对方的备注' });
    expect(merged.tasks[1]).toBe(storedT1);
    expect(merged.tasks).toHaveLength(doc.tasks.length);
    // Untouched collections keep their identity (cheap diffs afterwards).
    expect(merged.phases).toBe(mine.phases);
  });
});
