import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  importBook,
  importWorkbook,
  mergeImport,
  previewBook,
  readWorkbook,
  suggestChoices,
} from '../../../shared/xlsx';
import type { WorkbookGrid } from '../../../shared/xlsx/read/grid';

/**
 * A goals sheet as planners write it. Every expected value below is read off the rows by the
 * rules in docs/import.md ("Goals"), not taken from the importer's output.
 */
const FILE = '目标.xlsx';
const context = { fileName: FILE, today: '2026-10-01', now: '2026-10-01T00:00:00.000Z' };

function book(rows: unknown[][], extra: [string, unknown[][]][] = []): WorkbookGrid {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '目标');
  for (const [name, r] of extra) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(r), name);
  const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  return readWorkbook(new Uint8Array(bytes), FILE).value!;
}

const HEADER = ['目标', '目标值', '单位', '方向', '基线', '截止日期', '负责人', '权重'];

describe('a goals sheet', () => {
  it('reads metric, unit, direction, money in minor units and rates as fractions', () => {
    const wb = book([
      ['2026双11 目标'],
      HEADER,
      ['GMV', 300, '万元', '', 250, '2026-11-11', '王芳', '40%'],
      ['退款率', '≤5%', '', '', '6.2%', '2026-11-20', '李雷', 0.2],
      ['投产比', '1:3', '', '≥', 2.5, '', '', 20],
      ['让利率', '10%–15%', '', '', '', '', '', ''],
      ['客单价', '¥320', '', '越高越好', '¥298', '', '', ''],
      ['店铺评分', 4.8, '分', '', 4.7, '', '', ''],
      [],
      ['注：目标以集团下发为准'],
    ]);
    const r = importWorkbook(wb, { kind: 'auto', context });
    expect(r.problems).toEqual([]);
    expect(r.value!.kind).toBe('goals');
    const goals = r.value!.document.goals.map((g) => [
      g.title,
      g.metric,
      g.unit,
      g.direction,
      g.target,
      g.targetMax,
      g.baseline,
    ]);
    expect(goals).toEqual([
      // 300 万元 = ¥3,000,000 = 300,000,000 分; baseline 250 万元 = 250,000,000 分.
      ['GMV', 'gmv', 'money', 'higher', 300_000_000, null, 250_000_000],
      // "≤5%": lower, 0.05; baseline 6.2 % = 0.062.
      ['退款率', 'refundRate', 'rate', 'lower', 0.05, null, 0.062],
      // 1:3 = 3; the 方向 cell ≥ agrees with the metric's own direction.
      ['投产比', 'roas', 'ratio', 'higher', 3, null, 2.5],
      // 10 %–15 %: a range from 0.1 to 0.15.
      ['让利率', 'discountRate', 'rate', 'range', 0.1, 0.15, null],
      // ¥320 = 32,000 分.
      ['客单价', 'aov', 'money', 'higher', 32_000, null, 29_800],
      // No metric word: a custom metric in the unit written (分).
      ['店铺评分', 'custom', 'custom', 'higher', 4.8, null, 4.7],
    ]);
    const [gmv, refund, roas] = r.value!.document.goals;
    expect([gmv!.deadline, gmv!.owner, gmv!.weight]).toEqual(['2026-11-11', '王芳', 0.4]);
    expect([refund!.deadline, refund!.weight, roas!.weight]).toEqual(['2026-11-20', 0.2, 0.2]);
    expect(r.value!.document.goals[5]!.customUnit).toBe('分');
    expect(r.value!.footnotes.map((f) => f.text)).toEqual(['注：目标以集团下发为准']);
  });

  it('names file, sheet, cell and content of a bad target and a contradicting direction, and keeps the row out', () => {
    const wb = book([
      HEADER,
      ['GMV', '三百万', '', '', '', '', '', ''],
      ['退款率', '≤5%', '', '越高越好', '', '', '', ''],
      ['转化率', '3%', '', '', '', '', '', ''],
    ]);
    const r = importWorkbook(wb, { kind: 'goals', context });
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.sheet, p.row, p.column, p.cell])).toEqual([
      [FILE, '目标', 2, 'B', '三百万'],
      [FILE, '目标', 3, 'B', '≤5%'],
    ]);
    expect(errors[0]!.message.zh).toContain('“三百万”');
    expect(errors[1]!.message.en).toContain('"越高越好"');
    expect(r.value!.rejectedRows).toEqual([2, 3]);
    expect(r.value!.document.goals.map((g) => [g.metric, g.target])).toEqual([['conversion', 0.03]]);
  });

  it('is one sheet of a workbook: one document with tasks and goals, and an error there blocks the book', () => {
    const schedule: [string, unknown[][]] = [
      '排期',
      [
        ['任务名称', '开始日期', '结束日期'],
        ['主KV设计', '2026-10-20', '2026-10-28'],
      ],
    ];
    const wb = book([HEADER, ['GMV', '≥ 1.2亿', '', '', '', '', '', '']], [schedule]);
    expect(suggestChoices(wb)).toEqual([
      { sheet: '目标', kind: 'goals' },
      { sheet: '排期', kind: 'schedule' },
    ]);
    const r = importBook(wb, suggestChoices(wb), context);
    expect(r.problems).toEqual([]);
    const doc = r.value!.document;
    expect(doc.tasks.map((t) => t.title)).toEqual(['主KV设计']);
    // 1.2亿 = ¥120,000,000 = 12,000,000,000 分, higher.
    expect(doc.goals.map((g) => [g.metric, g.direction, g.target, g.planId === doc.plan.id])).toEqual([
      ['gmv', 'higher', 12_000_000_000, true],
    ]);
    const bad = book([HEADER, ['GMV', '≥ 1.2亿', '', '向上走', '', '', '', '']], [schedule]);
    const rb = importBook(bad, suggestChoices(bad), context);
    expect(rb.problems.filter((p) => p.severity === 'error').map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['目标', 2, 'D'],
    ]);
  });

  it('merges into the open plan by goal name: a changed target updates that goal, a new one is added', () => {
    const first = importWorkbook(book([HEADER, ['GMV', 300, '万元', '', '', '', '', '']]), {
      kind: 'goals',
      context,
    }).value!.document;
    const wb = book([
      HEADER,
      ['GMV', 320, '万元', '', '', '', '', ''],
      ['退款率', '≤5%', '', '', '', '', '', ''],
    ]);
    const again = importBook(wb, [{ sheet: '目标', kind: 'goals' }], { ...context, plan: first }).value!;
    expect(previewBook(again, first).map((p) => [p.sheet, p.create, p.update, p.unchanged])).toEqual([
      ['目标', 1, 1, 0],
    ]);
    const merged = mergeImport(first, { imported: again.document });
    // The plan's own GMV goal keeps its id and takes ¥320万 = 320,000,000 分.
    expect(merged.goals.map((g) => [g.id === first.goals[0]!.id, g.title, g.target])).toEqual([
      [true, 'GMV', 320_000_000],
      [false, '退款率', 0.05],
    ]);
  });
});
