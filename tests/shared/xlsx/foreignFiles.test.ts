import { describe, expect, it } from 'vitest';
import {
  exportPlanWorkbook,
  importFile,
  importWorkbook,
  planCopy,
  problemWhere,
  readWorkbook,
} from '../../../shared/xlsx';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';
import { fixture, importFixture } from './helpers';
import { tokenizeDate } from '../../../shared/xlsx/read/dates';
import { parseMoneyMinor } from '../../../shared/xlsx/read/numbers';
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
    // Problems about the long cells quote only their start, and still say where they are.
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.message.zh.length).toBeLessThan(200);
      expect([p.file, p.sheet, p.row]).toEqual(['big.csv', 'Sheet1', 2]);
    }
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

describe('a whole-plan workbook imported as a new plan while the plan is in the library', () => {
  const original = generateLargePlan({ tasks: 40, links: 20, seed: 5 });
  const before = structuredClone(original);
  const bytes = exportPlanWorkbook(original, { language: 'zh', exportedAt: '2026-11-23T08:00:00.000Z' });
  const read = importFile(bytes, { context: { fileName: 'plan.xlsx', today: '2026-11-23' } }).value!;
  const now = '2026-12-01T09:00:00.000Z';
  const copy = planCopy(read.document, { suffix: '（副本）', now, takenNames: [original.plan.name] });

  it('reads back the very plan, same ids (which is why a plain import is refused)', () => {
    expect(read.kind).toBe('plan');
    expect(read.document.plan.id).toBe(original.plan.id);
  });

  it('becomes a copy: new ids everywhere, links kept, the name marked, the original untouched', () => {
    expect(copy.plan.name).toBe(`${original.plan.name}（副本）`);
    expect(copy.plan.createdAt).toBe(now);
    expect(copy.plan.id).not.toBe(original.plan.id);
    const oldIds = new Set([
      original.plan.id,
      ...original.tasks.map((t) => t.id),
      ...original.phases.map((p) => p.id),
    ]);
    expect(copy.tasks.some((t) => oldIds.has(t.id))).toBe(false);
    expect(copy.phases.some((p) => oldIds.has(p.id))).toBe(false);
    expect(copy.budgetLines.some((l) => original.budgetLines.some((o) => o.id === l.id))).toBe(false);
    expect(new Set(copy.tasks.map((t) => t.planId))).toEqual(new Set([copy.plan.id]));
    const taskIds = new Set(copy.tasks.map((t) => t.id));
    const links = copy.tasks.flatMap((t) => t.predecessors.map((p) => p.taskId));
    expect(links.length).toBe(original.tasks.flatMap((t) => t.predecessors).length);
    expect(links.every((id) => taskIds.has(id))).toBe(true);
    expect(copy.tasks.map((t) => t.title)).toEqual(original.tasks.map((t) => t.title));
    expect(copy.budgetLines.map((l) => l.plannedMinor)).toEqual(
      original.budgetLines.map((l) => l.plannedMinor),
    );
    expect(original).toEqual(before);
    expect(read.document.plan.id).toBe(original.plan.id);
  });

  it('a second copy gets a name of its own', () => {
    const again = planCopy(read.document, {
      suffix: '（副本）',
      now,
      takenNames: [original.plan.name, copy.plan.name],
    });
    expect(again.plan.name).toBe(`${original.plan.name}（副本） 2`);
  });
});

describe('files as planners’ own machines save them', () => {
  const rows = (name: string) => {
    const r = importFixture(name);
    const d = r.value!.document;
    return {
      r,
      tasks: d.tasks.map((t) => `${t.title} ${t.startDate}..${t.endDate}`),
      phases: d.tasks.map((t) => d.phases.find((p) => p.id === t.phaseId)?.name ?? null),
      lines: d.budgetLines.map((l) => `${l.item} ${l.plannedMinor} ${l.actualMinor} ${l.paymentDate}`),
      where: r.problems.map((p) => `${p.file} › ${p.sheet} › ${p.column}${p.row} ${p.code}`),
    };
  };

  it('a GBK CSV from Excel on Chinese Windows: headers, text dates and an Excel serial read right', () => {
    const { r, tasks, phases, where } = rows('schedule-gbk.csv');
    expect(r.value!.document.plan.name).toBe('双11 排期（运营部）');
    expect(tasks).toEqual([
      '预售定金开启 2026-11-01..2026-11-01',
      '达人种草 2026-10-21..2026-11-03',
      '零点开抢 2026-11-11..2026-11-11',
    ]);
    expect(phases).toEqual(['预热期', '预热期', '爆发期']);
    // The rejected row's message names the file, the sheet, the row and the column.
    expect(where).toEqual(['schedule-gbk.csv › Sheet1 › F6 impossibleDate']);
    expect(r.problems[0]!.header).toBe('结束日期');
    expect(r.problems[0]!.message.zh).toContain('11月31日');
    expect(problemWhere(r.problems[0]!, 'zh')).toBe('schedule-gbk.csv › Sheet1 › F6（结束日期）');
  });

  it('Excel’s "Unicode text" (UTF-16LE, BOM, tabs): amounts as ¥1,200.50, 1.2万, (300), 5000(预估)', () => {
    const { lines, where } = rows('budget-unicode.txt');
    expect(lines).toEqual(['万相台 120050 -30000 2026-11-15', '巨量千川 1200000 500000 2026-11-20']);
    expect(where).toEqual(['budget-unicode.txt › Sheet1 › D4 notANumber']);
  });

  it('a UTF-8 CSV with and without a byte-order mark reads the same', () => {
    const text = '任务名称,开始日期,结束日期\r\n上线,2026/11/1,11月3日\r\n';
    const plain = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const read = (bytes: Uint8Array) =>
      importFile(bytes, { context: { fileName: 'x.csv', today: '2026-11-23' } }).value!.document.tasks.map(
        (t) => `${t.title} ${t.startDate}..${t.endDate}`,
      );
    expect(read(plain)).toEqual(['上线 2026-11-01..2026-11-03']);
    expect(read(bom)).toEqual(read(plain));
  });

  it('a WPS-style workbook: merged title rows, Chinese date formats, progress as text', () => {
    const { r, tasks, phases } = rows('schedule-wps.xlsx');
    expect(r.problems).toEqual([]);
    expect(r.value!.document.plan.name).toBe('2026 双11 推广排期');
    expect(tasks).toEqual([
      '主KV设计 2026-10-20..2026-10-28',
      '直播脚本 2026-10-25..2026-10-30',
      '零点开抢 2026-11-11..2026-11-11',
    ]);
    expect(phases).toEqual(['预热期', '预热期', '爆发期']);
    expect(r.value!.document.tasks.map((t) => t.progress)).toEqual([0.5, 0.3, 0]);
  });

  it('a legacy .xls (BIFF8) with merged title rows', () => {
    const { r, tasks, phases } = rows('schedule-merged-title.xls');
    expect(r.problems).toEqual([]);
    expect(r.value!.mapping!.headerRow).toBe(2);
    expect(tasks).toEqual([
      '主KV设计 2026-10-20..2026-10-28',
      '直播脚本 2026-10-25..2026-10-30',
      '零点开抢 2026-11-11..2026-11-11',
    ]);
    expect(phases).toEqual(['预热期', '预热期', '爆发期']);
  });
});

describe('amounts and dates in the forms planners type', () => {
  it.each([
    ['¥1,200.50', 120050],
    ['(300)', -30000],
    ['¥(300)', -30000],
    ['（1,200）', -120000],
    ['1.2万', 1200000],
    ['1.2万元', 1200000],
    ['5000(预估)', 500000],
    ['1,200（含税）', 120000],
    ['12000元整', 1200000],
  ])('%s is %i fen', (text, minor) => {
    expect(parseMoneyMinor(text)).toEqual({ ok: true, value: minor });
  });

  it('still refuses what is not an amount', () => {
    expect(parseMoneyMinor('约5000')).toEqual({ ok: false });
    expect(parseMoneyMinor('(待定)')).toEqual({ ok: false });
  });

  it('reads an Excel serial kept as text by a CSV (46327 is 2026-11-01)', () => {
    expect(tokenizeDate('46327')).toEqual({ kind: 'full', y: 2026, m: 11, d: 1, time: null });
    expect(tokenizeDate('12345')).toEqual({ kind: 'invalid' });
  });
});

describe('headers in the planner’s own words', () => {
  const context = { fileName: 'schedule-own-words.csv', today: '2026-11-23' };
  const workbook = readWorkbook(fixture('schedule-own-words.csv'), context.fileName).value!;

  it('are not guessed, but the sheet can be opened for mapping by hand and then imported', () => {
    expect(importWorkbook(workbook, { context }).problems.map((p) => p.code)).toEqual(['noHeaderRow']);
    // Picked for the review's actuals, the message gives the daily report's headers as examples.
    const asActuals = importWorkbook(workbook, { kind: 'actuals', context }).problems;
    expect(asActuals.map((p) => p.code)).toEqual(['noActualsHeaderRow']);
    expect(asActuals[0]!.message.zh).toContain('“日期”“支付金额”');
    const blank = importWorkbook(workbook, { pick: { sheet: 'Sheet1', headerRow: 1 }, context });
    expect(blank.value!.preview!.headers).toEqual(['做什么', '从', '到', '谁来做']);
    const mapping = {
      ...blank.value!.mapping!,
      columns: { ...blank.value!.mapping!.columns, title: 0, start: 1, end: 2, owner: 3 },
    };
    const r = importWorkbook(workbook, { mapping, context });
    expect(r.problems).toEqual([]);
    expect(r.value!.document.tasks.map((t) => `${t.title} ${t.owner} ${t.startDate}..${t.endDate}`)).toEqual([
      '拍主图 陈晨 2026-10-20..2026-10-24',
      '开直播 李雷 2026-11-01..2026-11-11',
    ]);
  });
});
