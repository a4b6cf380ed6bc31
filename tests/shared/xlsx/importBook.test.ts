import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  bookReady,
  importBook,
  isMultiSheetBook,
  mergeImport,
  previewBook,
  readWorkbook,
  suggestChoices,
  type SheetChoice,
} from '../../../shared/xlsx';
import type { WorkbookGrid } from '../../../shared/xlsx/read/grid';

/**
 * A planner's workbook of three planning sheets and a cover sheet, built by hand. Expectations
 * are worked out from the rows below and docs/import.md (one sheet, one kind; one document).
 */
const FILE = '双11方案.xlsx';
const context = { fileName: FILE, today: '2026-10-01', now: '2026-10-01T00:00:00.000Z' };

function workbook(budgetAmount: string | number = 50000): WorkbookGrid {
  const wb = XLSX.utils.book_new();
  const sheet = (name: string, rows: unknown[][]): void => {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  };
  sheet('说明', [['本文件包含排期、预算和商品三张表'], ['请勿修改表头']]);
  sheet('排期', [
    ['序号', '阶段', '任务名称', '负责人', '开始日期', '结束日期'],
    [1, '预热期', '主KV设计', '陈晨', '2026-10-20', '2026-10-28'],
    [2, '预热期', '直播脚本', '李雷', '2026-10-25', '2026-10-30'],
    [3, '爆发期', '零点开抢', '全员', '2026-11-11', '2026-11-11'],
    [],
    ['注：日期以平台公告为准'],
  ]);
  sheet('预算', [
    ['费用类别', '阶段', '项目', '预算金额'],
    ['广告', '预热期', '直通车', budgetAmount],
    ['内容', '预热期', '达人直播', 30000],
    [],
    ['备注：预算含税'],
  ]);
  sheet('商品', [
    ['SKU', '商品名称', '库存', '日常价', '活动价', '活动角色'],
    ['A001', '保温杯', 1200, 199, 149, '引流款'],
    ['A002', '电热水壶', 300, 399, 329, '利润款'],
  ]);
  const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  return readWorkbook(new Uint8Array(bytes), FILE).value!;
}

describe('a workbook of several planning sheets', () => {
  it('recognises each sheet’s kind from its header row and skips the cover sheet', () => {
    const wb = workbook();
    expect(suggestChoices(wb)).toEqual([
      { sheet: '说明', kind: 'skip' },
      { sheet: '排期', kind: 'schedule' },
      { sheet: '预算', kind: 'budget' },
      { sheet: '商品', kind: 'products' },
    ]);
    expect(isMultiSheetBook(wb)).toBe(true);
  });

  it('reads every sheet into one new plan: 3 tasks, 2 budget lines, 2 SKUs, shared phases, both notes', () => {
    const wb = workbook();
    const r = importBook(wb, suggestChoices(wb), context);
    expect(r.problems).toEqual([]);
    const book = r.value!;
    const doc = book.document;
    expect(doc.tasks.map((t) => t.title)).toEqual(['主KV设计', '直播脚本', '零点开抢']);
    expect(doc.budgetLines.map((l) => [l.item, l.plannedMinor])).toEqual([
      ['直通车', 5_000_000],
      ['达人直播', 3_000_000],
    ]);
    expect(
      doc.products.map((p) => [p.sku, p.name, p.stock, p.regularPriceMinor, p.promoPriceMinor, p.role]),
    ).toEqual([
      ['A001', '保温杯', 1200, 19900, 14900, 'traffic'],
      ['A002', '电热水壶', 300, 39900, 32900, 'profit'],
    ]);
    // 预热期 is named on the schedule and the budget: one phase, which the budget lines use.
    expect(doc.phases.map((p) => p.name).sort()).toEqual(['爆发期', '预热期']);
    const warmUp = doc.phases.find((p) => p.name === '预热期')!;
    expect(doc.budgetLines.every((l) => l.phaseId === warmUp.id)).toBe(true);
    // Every record belongs to the one new plan, whose dates come from the schedule.
    const all = [...doc.tasks, ...doc.budgetLines, ...doc.products, ...doc.phases, ...doc.budgetCategories];
    expect(all.every((x) => x.planId === doc.plan.id)).toBe(true);
    expect([doc.plan.startDate, doc.plan.endDate]).toEqual(['2026-10-20', '2026-11-11']);
    expect(doc.plan.notes).toBe('注：日期以平台公告为准\n备注：预算含税');
    expect(previewBook(book, null).map((p) => [p.sheet, p.kind, p.create])).toEqual([
      ['排期', 'schedule', 3],
      ['预算', 'budget', 2],
      ['商品', 'products', 2],
    ]);
    expect(bookReady(book, r.problems)).toBe(true);
  });

  it('reads a sheet as the kind the planner chose, and leaves a skipped sheet out', () => {
    const wb = workbook();
    const choices: SheetChoice[] = [
      { sheet: '说明', kind: 'skip' },
      { sheet: '排期', kind: 'schedule' },
      { sheet: '预算', kind: 'skip' },
      { sheet: '商品', kind: 'products' },
    ];
    const r = importBook(wb, choices, context);
    expect(r.value!.document.budgetLines).toEqual([]);
    expect(r.value!.document.products).toHaveLength(2);
    expect(r.value!.sheets.map((s) => [s.sheet, s.kind, s.suggested, s.records])).toEqual([
      ['说明', 'skip', null, 0],
      ['排期', 'schedule', 'schedule', 3],
      ['预算', 'skip', 'budget', 0],
      ['商品', 'products', 'products', 2],
    ]);
  });

  it('merges into the open plan: the same workbook again creates nothing and adds no note twice', () => {
    const wb = workbook();
    const first = importBook(wb, suggestChoices(wb), context).value!.document;
    const again = importBook(wb, suggestChoices(wb), { ...context, plan: first }).value!;
    expect(previewBook(again, first).map((p) => [p.sheet, p.create, p.update, p.unchanged])).toEqual([
      ['排期', 0, 0, 3],
      ['预算', 0, 0, 2],
      ['商品', 0, 0, 2],
    ]);
    const texts = again.footnotes.map((f) => f.text);
    const merged = mergeImport(first, { imported: again.document, pushSuccessors: true, footnotes: texts });
    expect(merged.plan.notes).toBe(first.plan.notes);
    expect(merged.tasks).toHaveLength(3);
    expect(merged.products).toHaveLength(2);
  });

  it('merges into a plan that lacks them: every record and both notes are added in one recipe', () => {
    const wb = workbook();
    const other = importBook(wb, [{ sheet: '排期', kind: 'schedule' }], context).value!.document;
    const current = { ...other, plan: { ...other.plan, notes: '注：日期以平台公告为准' } };
    const book = importBook(wb, suggestChoices(wb), { ...context, plan: current }).value!;
    expect(previewBook(book, current).map((p) => [p.sheet, p.create, p.unchanged])).toEqual([
      ['排期', 0, 3],
      ['预算', 2, 0],
      ['商品', 2, 0],
    ]);
    const merged = mergeImport(current, {
      imported: book.document,
      pushSuccessors: true,
      footnotes: book.footnotes.map((f) => f.text),
    });
    expect(merged.plan.notes).toBe('注：日期以平台公告为准\n备注：预算含税');
    expect(merged.budgetLines.map((l) => l.item)).toEqual(['直通车', '达人直播']);
    expect(merged.products.map((p) => p.sku)).toEqual(['A001', 'A002']);
    // The budget's 预热期 is the plan's own phase, not a second one.
    expect(merged.phases.filter((p) => p.name === '预热期')).toHaveLength(1);
  });

  it('a bad cell on one sheet blocks the whole workbook and names file, sheet, row, column and content', () => {
    const wb = workbook('12万元x');
    const r = importBook(wb, suggestChoices(wb), context);
    const bad = r.problems.filter((p) => p.severity === 'error');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({
      file: FILE,
      sheet: '预算',
      row: 2,
      column: 'D',
      header: '预算金额',
      cell: '12万元x',
    });
    expect(bad[0]!.message.zh).toContain('“12万元x”');
    expect(bad[0]!.message.en).toContain('"12万元x"');
    expect(bookReady(r.value!, r.problems)).toBe(false);
  });
});
