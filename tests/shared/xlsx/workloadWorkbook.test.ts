import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeWorkload } from '../../../shared/people/workload';
import { exportWorkloadWorkbook } from '../../../shared/xlsx';
import { EXAMPLE_DEFAULT_LIMIT, examplePeople, examplePlans } from '../people/peopleExample';
import {
  convertWithLibreOffice,
  CSV_ALL_SHEETS,
  findSoffice,
  parseCsv,
  withoutCachedFormulaValues,
} from './libreOffice';

/**
 * The workload workbook of docs/people.md ("The workload workbook"), on the page's worked example:
 * every figure below is the doc's hand-worked table, not the exporter's output pasted back.
 */
const plans = examplePlans();
const planList = plans.map((d) => ({ id: d.plan.id, name: d.plan.name }));
const workload = computeWorkload(plans, examplePeople, { defaultLimit: EXAMPLE_DEFAULT_LIMIT });

function book(language: 'zh' | 'en', extra: { planName?: string; department?: string } = {}) {
  const bytes = exportWorkloadWorkbook(workload, {
    language,
    exportedAt: '2026-12-05T06:00:00.000Z',
    defaultLimit: EXAMPLE_DEFAULT_LIMIT,
    plans: planList,
    ...extra,
  });
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellDates: false });
}

function rowsOf(ws: XLSX.WorkSheet | undefined): unknown[][] {
  if (!ws) throw new Error('sheet missing');
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
}

/** A row's person, plan and W44..W47 values and its overloaded-weeks count, as a planner reads them. */
function gridRows(ws: XLSX.WorkSheet) {
  return rowsOf(ws)
    .slice(9)
    .map((r) => [r[0], r[3], ...r.slice(4, 9)]);
}

describe('the workload workbook (docs/people.md worked example)', () => {
  const zh = book('zh');
  const grid = zh.Sheets['工作量']!;

  it('has the person × week sheet and the tasks sheet, named in the language', () => {
    expect(zh.SheetNames).toEqual(['工作量', '任务明细']);
    expect(book('en').SheetNames).toEqual(['Workload', 'Tasks']);
  });

  it('writes each person’s load per week with a row per plan under it, as worked out by hand', () => {
    expect(rowsOf(grid)[7]).toEqual([
      '成员',
      '部门',
      '上限',
      '方案',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '超负荷周数',
    ]);
    expect(gridRows(grid)).toEqual([
      ['张三', '全部方案', 1, 3, 3, 1, 2],
      ['张三', '双11', null, 1, 1, null, null],
      ['张三', '双12', null, 1, 1, 1, null],
      ['张三', '黑五', 1, 1, 1, null, null],
      ['李四', '全部方案', 1, 2, 0, 0, 1],
      ['李四', '双11', 1, 1, null, null, null],
      ['李四', '双12', null, 1, null, null, null],
      ['Wang Wu', '全部方案', 1, 2, 2, 0, 0],
      ['Wang Wu', '双11', null, 1, null, null, null],
      ['Wang Wu', '黑五', 1, 1, 2, null, null],
      ['赵六', '全部方案', 0, 1, 0, 0, 0],
      ['赵六', '双12', null, 1, null, null, null],
    ]);
    // The person's limit and department on the total row; the Mondays as real dates.
    expect(grid['C10']?.v).toBe(2);
    expect(grid['C14']?.v).toBe(1);
    expect(grid['B14']?.v).toBe('设计');
    expect(grid['F9']).toMatchObject({ t: 'n', w: '2026-11-02' });
  });

  it('marks an overload as "n !" while keeping the number, and only above the limit', () => {
    // 张三 W45 3 > 2, 李四 W45 2 > 1; Wang Wu's 2 of 2 is full, not over.
    expect(grid['F10']?.w).toBe('3 !');
    expect(grid['G10']?.w).toBe('3 !');
    expect(grid['H10']?.w).toBe('1');
    expect(grid['F14']?.w).toBe('2 !');
    expect(grid['F17']?.w).toBe('2');
    expect(grid['F10']?.v).toBe(3);
  });

  it('makes the totals formulas over the plan rows, so an edited plan row adds up again', () => {
    expect(grid['F10']?.f).toBe('SUM(F11:F13)');
    expect(grid['I10']?.f).toBe('COUNTIF(E10:H10,">"&C10)');
    // A person without plan rows would have plain numbers; everyone here has at least one plan.
    expect(grid['E20']?.f).toBe('SUM(E21:E21)');
  });

  it('says the filters, the definition and the owners not counted above the grid', () => {
    const rows = rowsOf(grid);
    expect(rows[0]?.[0]).toBe('工作量 2026-W44 – 2026-W47');
    expect(rows[1]?.slice(0, 2)).toEqual(['默认并行任务上限', 2]);
    expect(rows[3]?.slice(0, 2)).toEqual(['筛选', '全部方案；全部部门']);
    expect(String(rows[4]?.[0])).toMatch(/不含里程碑和已取消任务/);
    expect(rows[5]?.[0]).toBe('未计入（不在团队中）：钱七（1 项任务）、张山（1 项任务）');
    const filtered = rowsOf(book('en', { planName: '双11', department: '运营' }).Sheets['Workload']);
    expect(filtered[3]?.slice(0, 2)).toEqual(['Filters', 'Plan: 双11; department: 运营']);
    expect(filtered[5]?.[0]).toBe('Not counted (not in the team): 钱七 (1 task), 张山 (1 task)');
  });

  it('lists each person’s counted tasks with dates, weeks and overloaded weeks', () => {
    const ws = zh.Sheets['任务明细']!;
    const rows = rowsOf(ws);
    expect(rows[0]).toEqual(['成员', '部门', '方案', '任务', '开始', '结束', '涉及周', '超负荷周']);
    const read = rows
      .slice(1)
      .map((r, i) => [r[0], r[2], r[3], ws[`E${i + 2}`]?.w, ws[`F${i + 2}`]?.w, r[6], r[7]]);
    expect(read).toEqual([
      ['张三', '黑五', '广告', '2026-11-01', '2026-11-09', '2026-W44 – 2026-W46', '2026-W45, 2026-W46'],
      ['张三', '双11', '预热投放', '2026-11-02', '2026-11-10', '2026-W45 – 2026-W46', '2026-W45, 2026-W46'],
      ['张三', '双12', '选品', '2026-11-05', '2026-11-18', '2026-W45 – 2026-W47', '2026-W45, 2026-W46'],
      ['李四', '双11', '主会场KV', '2026-10-26', '2026-11-03', '2026-W44 – 2026-W45', '2026-W45'],
      ['李四', '双12', '双12 KV', '2026-11-02', '2026-11-06', '2026-W45', '2026-W45'],
      ['Wang Wu', '黑五', '广告', '2026-11-01', '2026-11-09', '2026-W44 – 2026-W46', null],
      ['Wang Wu', '双11', '压测', '2026-11-04', '2026-11-05', '2026-W45', null],
      ['Wang Wu', '黑五', '落地页', '2026-11-09', '2026-11-13', '2026-W46', null],
      ['赵六', '双12', '双12 KV', '2026-11-02', '2026-11-06', '2026-W45', null],
    ]);
  });

  it('keeps a formula-like task title as text', () => {
    const [first, ...rest] = examplePlans();
    first!.tasks[1]!.title = '=HYPERLINK("x")';
    const w = computeWorkload([first!, ...rest], examplePeople, { defaultLimit: 2 });
    const wb = XLSX.read(
      exportWorkloadWorkbook(w, {
        language: 'en',
        exportedAt: '2026-12-05T06:00:00.000Z',
        defaultLimit: 2,
        plans: planList,
      }),
      { type: 'array', cellFormula: true },
    );
    const ws = wb.Sheets['Tasks']!;
    const cell = Object.entries(ws).find(([, c]) => (c as XLSX.CellObject).v === '=HYPERLINK("x")');
    expect(cell?.[1]).toMatchObject({ t: 's' });
    expect((cell?.[1] as XLSX.CellObject).f).toBeUndefined();
  });
});

const soffice = findSoffice();
const isCi = process.env.CI === 'true';
if (!soffice && !isCi)
  console.warn(
    'workloadWorkbook.test.ts: soffice not found, the LibreOffice recalculation is skipped (CI fails instead)',
  );

describe.skipIf(!soffice && !isCi)('the workload workbook recalculated by LibreOffice', () => {
  let grid: string[][] = [];

  beforeAll(() => {
    if (!soffice) throw new Error('soffice (LibreOffice) is missing: CI must install it (.ci/run does)');
    // Without the cached values: the totals and overload counts below are LibreOffice's own.
    const bytes = exportWorkloadWorkbook(workload, {
      language: 'zh',
      exportedAt: '2026-12-05T06:00:00.000Z',
      defaultLimit: EXAMPLE_DEFAULT_LIMIT,
      plans: planList,
    });
    const out = convertWithLibreOffice(
      soffice,
      { workload: withoutCachedFormulaValues(bytes) },
      CSV_ALL_SHEETS,
    );
    const file = out.get('workload-工作量.csv');
    if (!file) throw new Error(`no CSV for 工作量 (got ${[...out.keys()].join(', ')})`);
    grid = parseCsv(file.toString('utf8'));
  }, 300_000);

  it('adds each person’s plan rows up to the hand-worked weekly load and counts the overloaded weeks', () => {
    const totals = grid
      .slice(9)
      .filter((r) => r[3] === '全部方案')
      .map((r) => [r[0], ...r.slice(4, 9).map(Number)]);
    // docs/people.md: 张三 1 / 3 / 3 / 1 with a limit of 2 → 2 overloaded weeks; 李四 (limit 1)
    // 1 / 2 / 0 / 0 → 1; Wang Wu 1 / 2 / 2 / 0 at his limit of 2 → 0; 赵六 0 / 1 / 0 / 0 → 0.
    expect(totals).toEqual([
      ['张三', 1, 3, 3, 1, 2],
      ['李四', 1, 2, 0, 0, 1],
      ['Wang Wu', 1, 2, 2, 0, 0],
      ['赵六', 0, 1, 0, 0, 0],
    ]);
  });
});
