import { describe, expect, it } from 'vitest';
import { importFile } from '../../../shared/xlsx';
import { bigCellsCsv } from '../../fixtures/bigCellsCsv';

describe('a CSV with very long cells (text pasted from a document)', () => {
  it('imports every row and keeps the long notes whole', () => {
    const { bytes, notes } = bigCellsCsv(20, 100_000);
    const r = importFile(bytes, { context: { fileName: 'big.csv', today: '2026-11-23' } });
    const tasks = r.value!.document.tasks;
    expect(tasks).toHaveLength(20);
    expect(tasks.map((t) => t.title).slice(0, 3)).toEqual(['任务1', '任务2', '任务3']);
    expect(tasks[5]!.notes).toBe(notes.trim());
    expect(tasks[5]!.startDate).toBe('2026-10-06');
    // The long text in the owner cell is kept as the owner; it is not a department.
    expect(tasks[0]!.owner.length).toBeGreaterThan(50_000);
    expect(tasks[1]!.owner).toBe('王芳');
  });
});
