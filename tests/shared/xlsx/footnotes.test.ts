import { describe, expect, it } from 'vitest';
import {
  exportPlanWorkbook,
  importFile,
  importWorkbook,
  mergeImport,
  previewMerge,
  type WorkbookImport,
} from '../../../shared/xlsx';
import type { CellValue, WorkbookGrid } from '../../../shared/xlsx/read/grid';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';

/** Expectations worked out from docs/import-footnotes.md. */
const context = { fileName: '排期.xlsx', today: '2026-10-01', now: '2026-10-01T00:00:00.000Z' };
const book = (rows: CellValue[][]): WorkbookGrid => ({
  fileName: '排期.xlsx',
  format: 'xlsx',
  sheets: [{ name: '排期', rows, hidden: false }],
});
const header = ['序号', '阶段', '任务名称', '负责人', '开始日期', '结束日期'];
const tasks: CellValue[][] = [
  [1, '预热期', '主KV设计', '陈晨', '2026-10-20', '2026-10-28'],
  [2, '预热期', '直播脚本', '李雷', '2026-10-25', '2026-10-30'],
  [3, '爆发期', '零点开抢', '全员', '2026-11-11', '2026-11-11'],
];
const read = (
  rows: CellValue[][],
): { value: WorkbookImport; codes: string[]; rowsOfProblems: (number | null)[] } => {
  const r = importWorkbook(book(rows), { kind: 'schedule', context });
  return {
    value: r.value!,
    codes: r.problems.map((p) => p.code),
    rowsOfProblems: r.problems.map((p) => p.row),
  };
};

describe('notes under a table', () => {
  it('keeps "注：…" and "备注:…" rows as the new plan’s notes, not as error rows', () => {
    const { value, codes } = read([
      ['2026 双11 推广排期'],
      header,
      ...tasks,
      [],
      ['注：日期以平台公告为准'],
      ['备注:预算另见预算表'],
    ]);
    expect(codes).toEqual([]);
    expect(value.document.tasks.map((t) => t.title)).toEqual(['主KV设计', '直播脚本', '零点开抢']);
    expect(value.rowCount).toBe(3);
    expect(value.rejectedRows).toEqual([]);
    expect(value.footnotes).toEqual([
      { sheet: '排期', row: 7, text: '注：日期以平台公告为准' },
      { sheet: '排期', row: 8, text: '备注:预算另见预算表' },
    ]);
    expect(value.document.plan.notes).toBe('注：日期以平台公告为准\n备注:预算另见预算表');
  });

  it('a note merged across the row (every cell the same text) is one note', () => {
    const note = '说明：以上时间均为北京时间';
    const { value, codes } = read([header, ...tasks, [note, note, note, note, note, note]]);
    expect(codes).toEqual([]);
    expect(value.footnotes.map((f) => f.text)).toEqual([note]);
  });

  it('a trailing one-text row outside the name column is a note even without a marker', () => {
    const { value, codes } = read([header, ...tasks, ['以上排期经运营中心确认']]);
    expect(codes).toEqual([]);
    expect(value.footnotes.map((f) => f.row)).toEqual([5]);
  });

  it('a lone task name at the bottom is still a task missing its dates, reported on its row', () => {
    const { value, codes, rowsOfProblems } = read([header, ...tasks, [null, null, '复盘会']]);
    expect(value.footnotes).toEqual([]);
    expect(value.rejectedRows).toEqual([5]);
    expect(codes.length).toBeGreaterThan(0);
    expect(rowsOfProblems.every((r) => r === 5)).toBe(true);
  });

  it('a marked note between task rows is a note too; a phase-only heading row is not', () => {
    const { value, codes } = read([
      header,
      [null, '预热期'],
      tasks[0]!,
      ['注：KV 需法务审核'],
      tasks[1]!,
      tasks[2]!,
    ]);
    expect(codes).toEqual([]);
    expect(value.footnotes.map((f) => f.text)).toEqual(['注：KV 需法务审核']);
    expect(value.document.tasks).toHaveLength(3);
  });

  it('a totals row stays a totals row (left out), not a note', () => {
    const { value } = read([header, ...tasks, ['合计']]);
    expect(value.footnotes).toEqual([]);
    expect(value.rowCount).toBe(3);
  });

  it('a merge into an open plan adds the notes after its own, and the same file again adds none', () => {
    const rows: CellValue[][] = [header, ...tasks, [], ['注：日期以平台公告为准'], ['备注:预算另见预算表']];
    const created = read([header, ...tasks]).value.document;
    const open = { ...created, plan: { ...created.plan, notes: '老板要求周五前定稿' } };
    const first = importWorkbook(book(rows), {
      kind: 'schedule',
      context: { ...context, plan: open },
    }).value!;
    const texts = first.footnotes.map((f) => f.text);
    expect(previewMerge(open, first.document, { pushSuccessors: true }, texts).notes).toEqual([
      '注：日期以平台公告为准',
      '备注:预算另见预算表',
    ]);
    const merged = mergeImport(open, { imported: first.document, pushSuccessors: true, footnotes: texts });
    expect(merged.plan.notes).toBe('老板要求周五前定稿\n注：日期以平台公告为准\n备注:预算另见预算表');
    const again = importWorkbook(book(rows), {
      kind: 'schedule',
      context: { ...context, plan: merged },
    }).value!;
    const againTexts = again.footnotes.map((f) => f.text);
    expect(previewMerge(merged, again.document, { pushSuccessors: true }, againTexts).notes).toEqual([]);
    expect(
      mergeImport(merged, { imported: again.document, pushSuccessors: true, footnotes: againTexts }).plan
        .notes,
    ).toBe(merged.plan.notes);
  });
});

describe('re-importing the app’s own full plan workbook', () => {
  it('counts the records it creates instead of "0 rows"', () => {
    const doc = createPlanFromTemplate({
      templateId: 'double11',
      peakDate: '2026-11-11',
      name: '2026 双11 全店大促',
      locale: 'zh-CN',
      now: new Date('2026-09-01T00:00:00Z'),
    });
    const bytes = exportPlanWorkbook(doc, { language: 'zh', exportedAt: '2026-09-02T00:00:00.000Z' });
    const r = importFile(bytes, { context: { ...context, fileName: 'plan.xlsx' } });
    expect(r.value!.kind).toBe('plan');
    const records =
      doc.goals.length +
      doc.phases.length +
      doc.tasks.length +
      doc.channels.length +
      doc.budgetCategories.length +
      doc.budgetLines.length +
      doc.promotions.length +
      doc.products.length +
      doc.risks.length +
      doc.checklist.length +
      doc.actuals.length +
      doc.lessons.length +
      doc.baselines.length;
    expect(doc.tasks).toHaveLength(39);
    expect(r.value!.rowCount).toBe(records);
    expect(r.value!.rowCount).toBeGreaterThan(39);
  });
});
