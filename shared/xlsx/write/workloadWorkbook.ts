import * as XLSX from 'xlsx';
import type { Workload, WorkloadRow, WorkloadTask } from '../../people/workload';
import { date, fitWidths, formula, formulaString, num, sheetOf, text, type OutRow } from './cells';
import { headerStyle, localDateTime, safeSheetName, writeWorkbook, type ExportOptions } from './workbook';

const L = {
  zh: {
    sheet: '工作量',
    detail: '任务明细',
    title: (first: string, last: string) => `工作量 ${first} – ${last}`,
    defaultLimit: '默认并行任务上限',
    exportedAt: '导出时间',
    filters: '筛选',
    allPlans: '全部方案',
    allDepartments: '全部部门',
    planFilter: (name: string) => `方案：${name}`,
    departmentFilter: (name: string) => `部门：${name}`,
    filterJoin: '；',
    definition:
      '负荷 = 成员在该 ISO 周（周一至周日）内起止日期涉及的任务数，不含里程碑和已取消任务，两人共同负责的任务各计一次；负荷超过上限即超负荷，标“!”并以红色显示。',
    unmatched: (list: string) => `未计入（不在团队中）：${list}`,
    unmatchedItem: (name: string, n: number) => `${name}（${n} 项任务）`,
    listJoin: '、',
    cols: ['成员', '部门', '上限', '方案'],
    monday: '周一',
    overloadedWeeks: '超负荷周数',
    detailCols: ['成员', '部门', '方案', '任务', '开始', '结束', '涉及周', '超负荷周'],
  },
  en: {
    sheet: 'Workload',
    detail: 'Tasks',
    title: (first: string, last: string) => `Workload ${first} – ${last}`,
    defaultLimit: 'Default task limit',
    exportedAt: 'Exported at',
    filters: 'Filters',
    allPlans: 'All plans',
    allDepartments: 'all departments',
    planFilter: (name: string) => `Plan: ${name}`,
    departmentFilter: (name: string) => `department: ${name}`,
    filterJoin: '; ',
    definition:
      'Load = the tasks a person owns whose start..end touches the ISO week (Monday to Sunday), milestones and cancelled tasks not counted, a task of two owners counted for each; a load above the limit is an overload, marked "!" and shown in red.',
    unmatched: (list: string) => `Not counted (not in the team): ${list}`,
    unmatchedItem: (name: string, n: number) => `${name} (${n === 1 ? '1 task' : `${n} tasks`})`,
    listJoin: ', ',
    cols: ['Person', 'Department', 'Limit', 'Plan'],
    monday: 'Monday',
    overloadedWeeks: 'Overloaded weeks',
    detailCols: ['Person', 'Department', 'Plan', 'Task', 'Start', 'End', 'Weeks', 'Overloaded weeks'],
  },
} as const;

interface WorkloadExportOptions extends ExportOptions {
  /** The workspace default limit the workload was computed with. */
  defaultLimit: number;
  /** The plans in the library's order (the per-plan rows follow it). */
  plans: readonly { id: string; name: string }[];
  /** The screen's filters, written above the grid; null = not filtered. */
  planName?: string | null;
  department?: string | null;
}

/** The header row of the grid (1-based); the Mondays are the row under it. */
const HEAD = 8;
const FIRST_WEEK_COL = 4;

const styles = { ...headerStyle, over: { bold: true, fill: '#ffc9c9', fontColor: '#c92a2a' } };

/** "3 !" above the limit, "3" otherwise — a number either way, the mark following the number. */
function loadFormat(limit: number): string {
  return `[>${limit}]0" !";0`;
}

function weekSpan(weeks: readonly string[]): string {
  if (weeks.length === 0) return '';
  const first = weeks[0] as string;
  const last = weeks[weeks.length - 1] as string;
  return first === last ? first : `${first} – ${last}`;
}

interface PersonTask {
  task: WorkloadTask;
  /** Indexes of the grid's weeks the task is counted in, for this person. */
  weeks: number[];
}

/** Each counted task of a row once, with the weeks it is counted in — read off the engine's cells. */
function tasksOf(row: WorkloadRow): PersonTask[] {
  const byKey = new Map<string, PersonTask>();
  row.cells.forEach((cell, w) => {
    for (const task of cell.tasks) {
      const key = `${task.planId}\u0000${task.taskId}`;
      const seen = byKey.get(key);
      if (seen) seen.weeks.push(w);
      else byKey.set(key, { task, weeks: [w] });
    }
  });
  return [...byKey.values()];
}

/**
 * The workload for a staffing meeting (docs/people.md "The workload workbook"): person × week with
 * each person's load, overloads marked, and a row per plan under it; and a sheet of the counted
 * tasks. Every number comes from the workload the screen shows (`computeWorkload`).
 */
export function exportWorkloadWorkbook(workload: Workload, options: WorkloadExportOptions): Uint8Array {
  const lang = options.language;
  const t = L[lang];
  const weeks = workload.weeks;
  const lastWeekCol = FIRST_WEEK_COL + weeks.length - 1;
  const overCol = lastWeekCol + 1;
  const col = (c: number) => XLSX.utils.encode_col(c);
  const planOrder = new Map(options.plans.map((p, i) => [p.id, i]));
  const planRank = (id: string) => planOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const exported = localDateTime(options.exportedAt);
  const exportedText = `${exported.date} ${exported.time}`;

  const rows: OutRow[] = [];
  const cells = new Map<string, string>();
  rows.push([text(t.title(weeks[0] ?? '', weeks[weeks.length - 1] ?? ''))]);
  cells.set('A1', 'title');
  rows.push([text(t.defaultLimit), num(options.defaultLimit)]);
  rows.push([text(t.exportedAt), text(exportedText)]);
  rows.push([
    text(t.filters),
    text(
      [
        options.planName ? t.planFilter(options.planName) : t.allPlans,
        options.department ? t.departmentFilter(options.department) : t.allDepartments,
      ].join(t.filterJoin),
    ),
  ]);
  rows.push([text(t.definition)]);
  rows.push(
    workload.unmatched.length > 0
      ? [text(t.unmatched(workload.unmatched.map((u) => t.unmatchedItem(u.name, u.tasks)).join(t.listJoin)))]
      : [],
  );
  rows.push([]);
  rows.push([...t.cols.map((c) => text(c)), ...weeks.map((w) => text(w)), text(t.overloadedWeeks)]);
  rows.push([null, null, null, text(t.monday), ...workload.mondays.map((m) => date(m))]);
  for (let c = 0; c <= overCol; c++) {
    cells.set(`${col(c)}${HEAD}`, 'header');
    cells.set(`${col(c)}${HEAD + 1}`, 'header');
  }

  const detail: OutRow[] = [t.detailCols.map((c) => text(c))];
  for (const row of workload.rows) {
    const tasks = tasksOf(row);
    const planIds = [...new Set(tasks.map((pt) => pt.task.planId))].sort((a, b) => planRank(a) - planRank(b));
    const totalRow = rows.length + 1;
    const firstPlanRow = totalRow + 1;
    const lastPlanRow = totalRow + planIds.length;
    const format = loadFormat(row.limit);
    const weekRange = `${col(FIRST_WEEK_COL)}${totalRow}:${col(lastWeekCol)}${totalRow}`;
    rows.push([
      text(row.name),
      text(row.department),
      num(row.limit),
      text(t.allPlans),
      ...row.cells.map((cell, w) => {
        const c = col(FIRST_WEEK_COL + w);
        cells.set(`${c}${totalRow}`, cell.isOverloaded ? 'over' : 'total');
        return planIds.length > 0
          ? formula(`SUM(${c}${firstPlanRow}:${c}${lastPlanRow})`, cell.load, format)
          : num(cell.load, format);
      }),
      formula(`COUNTIF(${weekRange},${formulaString('>')}&C${totalRow})`, row.overloadedWeeks),
    ]);
    for (let c = 0; c < FIRST_WEEK_COL; c++) cells.set(`${col(c)}${totalRow}`, 'total');
    cells.set(`${col(overCol)}${totalRow}`, 'total');
    for (const planId of planIds) {
      const counts = row.cells.map((cell) => cell.tasks.filter((task) => task.planId === planId).length);
      const planName = tasks.find((pt) => pt.task.planId === planId)?.task.planName ?? '';
      rows.push([
        text(row.name),
        text(row.department),
        null,
        text(planName),
        ...counts.map((n) => (n === 0 ? null : num(n))),
      ]);
    }
    tasks.sort(
      (a, b) =>
        a.task.startDate.localeCompare(b.task.startDate) ||
        planRank(a.task.planId) - planRank(b.task.planId) ||
        a.task.title.localeCompare(b.task.title),
    );
    for (const { task, weeks: touched } of tasks) {
      const over = touched.filter((w) => row.cells[w]?.isOverloaded).map((w) => weeks[w] as string);
      detail.push([
        text(row.name),
        text(row.department),
        text(task.planName),
        text(task.title),
        date(task.startDate),
        date(task.endDate),
        text(weekSpan(touched.map((w) => weeks[w] as string))),
        over.length > 0 ? text(over.join(', ')) : null,
      ]);
    }
  }

  const grid = sheetOf(rows, overCol + 1);
  grid['!cols'] = [
    { wch: 14 },
    { wch: 12 },
    { wch: 8 },
    { wch: 22 },
    ...weeks.map(() => ({ wch: 11 })),
    { wch: 14 },
  ];
  const tasksSheet = sheetOf(detail, t.detailCols.length);
  tasksSheet['!cols'] = fitWidths(detail);
  tasksSheet['!autofilter'] = { ref: `A1:H${Math.max(detail.length, 1)}` };
  const detailCells = new Map<string, string>();
  t.detailCols.forEach((_, c) => detailCells.set(`${col(c)}1`, 'header'));

  return writeWorkbook(
    [
      {
        name: safeSheetName(t.sheet),
        sheet: grid,
        decoration: { freeze: { rows: HEAD + 1, cols: FIRST_WEEK_COL }, cells },
        titleRows: { first: HEAD, last: HEAD + 1 },
      },
      {
        name: safeSheetName(t.detail),
        sheet: tasksSheet,
        decoration: { freeze: { rows: 1, cols: 0 }, cells: detailCells },
        titleRows: { first: 1, last: 1 },
      },
    ],
    styles,
    {
      planName: t.sheet,
      version: exportedText,
      currency: '',
      exportedAt: exportedText,
      language: lang,
    },
  );
}
