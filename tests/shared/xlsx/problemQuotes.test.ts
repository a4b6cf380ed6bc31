import { describe, expect, it } from 'vitest';
import { importWorkbook, makeProblem, type ImportKindOption } from '../../../shared/xlsx';
import type { CellValue, WorkbookGrid } from '../../../shared/xlsx/read/grid';

/** Every problem about a cell quotes what the cell holds, in both languages (docs/import.md). */
const context = { fileName: '计划.xlsx', today: '2026-10-01', now: '2026-10-01T00:00:00.000Z' };
const grid = (name: string, rows: CellValue[][]): WorkbookGrid => ({
  fileName: '计划.xlsx',
  format: 'xlsx',
  sheets: [{ name, rows, hidden: false }],
});
const problems = (name: string, rows: CellValue[][], kind: ImportKindOption) =>
  importWorkbook(grid(name, rows), { kind, context }).problems;

describe('a problem quotes the cell’s content', () => {
  it('an end before the start quotes the end cell as typed, not only the date read from it', () => {
    const [p] = problems(
      '排期',
      [
        ['任务名称', '开始日期', '结束日期'],
        ['主KV设计', '2026-10-20', '10月8日'],
      ],
      'schedule',
    );
    expect(p).toMatchObject({ code: 'endBeforeStart', sheet: '排期', row: 2, column: 'C', cell: '10月8日' });
    expect(p!.message.zh).toBe('“10月8日”：结束日期 2026-10-08 早于开始日期 2026-10-20。');
    expect(p!.message.en).toBe('"10月8日": The end date 2026-10-08 is before the start date 2026-10-20.');
  });

  it('a value the template already quotes is quoted once', () => {
    const [p] = problems(
      '预算',
      [
        ['项目', '预算金额'],
        ['直通车', '12万元x'],
      ],
      'budget',
    );
    expect(p!.message.zh).toBe('“12万元x”不是数字，此处应为预算金额。');
    expect(p!.message.en).toBe('"12万元x" is text where a number (Planned) belongs.');
  });

  it('an empty cell where a value is needed says the cell is empty', () => {
    const [p] = problems(
      '排期',
      [
        ['任务名称', '负责人', '开始日期'],
        ['主KV设计', '陈晨', ''],
        ['直播脚本', '李雷', '2026-10-25'],
      ],
      'schedule',
    );
    expect(p).toMatchObject({ code: 'missingDate', row: 2, column: 'C', cell: '' });
    expect(p!.message.zh).toBe('（空单元格）缺少开始日期。');
    expect(p!.message.en).toBe('(empty cell) The Start is missing.');
  });

  it('a SKU role the importer does not know quotes it and lists the choices', () => {
    const [p] = problems(
      '商品',
      [
        ['SKU', '商品名称', '活动角色'],
        ['A001', '保温杯', '主打'],
      ],
      'products',
    );
    expect(p).toMatchObject({ code: 'unknownChoice', sheet: '商品', row: 2, column: 'C', cell: '主打' });
    expect(p!.message.zh).toContain('“主打”不是可识别的活动角色');
    expect(p!.message.en).toContain('"主打" is not a Role the importer knows');
  });

  it('a problem with the file itself names no cell and quotes nothing', () => {
    const p = makeProblem('emptyFile', { file: 'x.csv' });
    expect(p.cell).toBeNull();
    expect(p.message.en).toBe('The file x.csv is empty.');
  });
});
