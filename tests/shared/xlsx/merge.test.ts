import { describe, expect, it } from 'vitest';
import { importFile, mergeImport, previewMerge } from '../../../shared/xlsx';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';
import { fixture, importFixture } from './helpers';

describe('merging an imported sheet into the open plan', () => {
  it('previews added, changed and unchanged tasks by title, and applies in one recipe', () => {
    const current = importFixture('618-schedule-sample.xlsx').value!.document;
    // The planner's newer file: one date moved, one task added, the rest as before.
    const imported = structuredClone(current);
    const oldId = imported.tasks[2]!.id;
    imported.tasks[2] = { ...imported.tasks[2]!, endDate: '2026-05-16', id: 'new-id' as never };
    for (const t of imported.tasks)
      for (const p of t.predecessors) if (p.taskId === oldId) p.taskId = 'new-id' as never;
    imported.tasks[3]!.predecessors = [{ taskId: 'new-id' as never, type: 'FS', lagDays: 0 }];
    imported.tasks.push({
      ...imported.tasks[0]!,
      id: 'added' as never,
      title: '复盘会',
      startDate: '2026-06-25',
      endDate: '2026-06-25',
    });
    // Dates as the sheet gives them (successors following is tested in mergeScheduling.test.ts).
    const leave = { pushSuccessors: false };
    const preview = previewMerge(current, imported, leave);
    expect(preview.tasks.added.map((t) => t.title)).toEqual(['复盘会']);
    expect(preview.tasks.changed.map((c) => [c.before.title, c.fields])).toEqual([
      ['主KV设计', ['endDate']],
      ['压测与扩容', ['predecessors']],
    ]);
    expect(preview.tasks.unchanged).toHaveLength(7);
    const merged = mergeImport(current, { imported, ...leave });
    expect(merged.tasks).toHaveLength(10);
    const kv = merged.tasks.find((t) => t.title === '主KV设计')!;
    expect(kv.id).toBe(current.tasks[2]!.id); // keeps its id
    expect(kv.endDate).toBe('2026-05-16');
    expect(merged.tasks.find((t) => t.title === '压测与扩容')!.predecessors[0]!.taskId).toBe(kv.id);
    expect(merged.phases).toHaveLength(current.phases.length);
  });

  it('matches budget lines by item and category and adds new categories and channels', () => {
    const current = generateLargePlan({ tasks: 2, links: 0, seed: 9 });
    const read = importFile(fixture('618-budget-sample.xlsx'), {
      context: { fileName: 'b.xlsx', plan: current },
    });
    const preview = previewMerge(current, read.value!.document);
    expect(preview.lines.added).toHaveLength(6);
    const merged = mergeImport(current, { imported: read.value!.document });
    expect(merged.budgetLines).toHaveLength(current.budgetLines.length + 6);
    expect(merged.budgetCategories.length).toBeGreaterThan(current.budgetCategories.length);
    // Importing the same file again changes nothing.
    const again = importFile(fixture('618-budget-sample.xlsx'), {
      context: { fileName: 'b.xlsx', plan: merged },
    });
    const second = previewMerge(merged, again.value!.document);
    expect([second.lines.added.length, second.lines.changed.length, second.lines.unchanged.length]).toEqual([
      0, 0, 6,
    ]);
  });
});
