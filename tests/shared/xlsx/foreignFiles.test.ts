import { describe, expect, it } from 'vitest';
import { importFile, importWorkbook, readWorkbook } from '../../../shared/xlsx';
import { fixture } from './helpers';
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

describe('a workbook whose schedule is on its second sheet, after a cover sheet', () => {
  const context = { fileName: 'schedule-cover-sheet.xlsx', today: '2026-11-23' };
  const workbook = readWorkbook(fixture('schedule-cover-sheet.xlsx'), context.fileName).value!;

  it('suggests the schedule sheet, by how well its header row matches, and reads it', () => {
    const r = importWorkbook(workbook, { context });
    expect(r.value!.mapping!.sheet).toBe('排期表');
    expect(r.value!.candidates[0]!.sheet).toBe('排期表');
    expect(r.value!.mapping!.headerRow).toBe(1);
    expect(r.value!.document.tasks.map((t) => `${t.title} ${t.startDate}..${t.endDate}`)).toEqual([
      '预售定金开启 2026-10-24..2026-10-24',
      '达人种草 2026-10-21..2026-11-03',
      '双11 零点开抢 2026-11-11..2026-11-11',
    ]);
  });

  it('reads the sheet the planner picks, and back', () => {
    const cover = importWorkbook(workbook, { pick: { sheet: '说明' }, context });
    expect(cover.value!.mapping!.sheet).toBe('说明');
    expect(cover.value!.document.tasks).toEqual([]);
    expect(cover.problems.map((p) => p.code)).toEqual(['noTitleColumn']);
    expect(cover.value!.preview!.headers[0]).toBe('2026 双11 大促方案');

    const back = importWorkbook(workbook, { pick: { sheet: '排期表' }, context });
    expect(back.value!.document.tasks).toHaveLength(3);
    expect(back.problems).toEqual([]);
  });

  it('reads from the header row the planner picks', () => {
    const r = importWorkbook(workbook, { pick: { sheet: '排期表', headerRow: 1 }, context });
    expect(r.value!.mapping!.columns.title).toBe(2);
    expect(r.value!.document.tasks).toHaveLength(3);
    const wrong = importWorkbook(workbook, { pick: { sheet: '排期表', headerRow: 0 }, context });
    expect(wrong.value!.mapping!.headerRow).toBe(0);
    expect(wrong.value!.mapping!.columns.title).toBeNull();
  });
});
