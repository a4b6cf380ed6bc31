import * as XLSX from 'xlsx';
import {
  addDays,
  dayOfWeek,
  diffDays,
  eachDay,
  isWeekend,
  type PlanDocument,
  type Task,
  type TaskId,
} from '../../domain';
import { formatPredecessors } from '../../planning/predecessorText';
import { statusLabels, workstreamLabels } from '../labels';
import { date, fitWidths, formula, num, sheetOf, text, textWidth, type OutRow } from './cells';
import type { CellStyle } from './decorate';
import { headerStyle, printInfoOf, safeSheetName, writeWorkbook, type ExportOptions } from './workbook';

const L = {
  zh: {
    tasks: '任务',
    grid: '甘特图',
    cols: [
      '序号',
      '阶段',
      '工作事项',
      '负责部门',
      '负责人',
      '开始日期',
      '结束日期',
      '工期(天)',
      '前置任务',
      '里程碑',
      '状态',
      '进度',
      '备注',
    ],
    gridCols: ['序号', '工作事项', '负责人'],
    milestone: '是',
    weekOf: '周',
  },
  en: {
    tasks: 'Tasks',
    grid: 'Gantt',
    cols: [
      'No.',
      'Phase',
      'Task',
      'Workstream',
      'Owner',
      'Start',
      'End',
      'Duration (days)',
      'Predecessors',
      'Milestone',
      'Status',
      'Progress',
      'Notes',
    ],
    gridCols: ['No.', 'Task', 'Owner'],
    milestone: 'Yes',
    weekOf: 'Wk',
  },
} as const;

/** Above this many days the grid has one column per week instead of per day. */
export const DAY_GRID_MAX_DAYS = 120;
const DEFAULT_BAR = '#4c6ef5';
const MILESTONE_COLOUR = '#f59f00';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A month over grid columns `widthChars` wide in all: "2026年11月" / "Nov 2026" where that fits,
 * shorter where the month has only a column or two in the grid ("11月", "Nov", "11").
 */
export function monthLabel(month: string, language: 'zh' | 'en', widthChars: number): string {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  const name = MONTHS_EN[m - 1] ?? month;
  const labels = language === 'zh' ? [`${year}年${m}月`, `${m}月`] : [`${name} ${year}`, name];
  return labels.find((l) => textWidth(l) + 1 <= widthChars) ?? String(m);
}

/** A week column's label: its Monday as month/day ("11/3"). */
function dayMonth(iso: string): string {
  return `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;
}

function mondayOf(iso: string): string {
  return addDays(iso, -((dayOfWeek(iso) + 6) % 7));
}

/**
 * The schedule workbook: the task table, and a grid with a column per day (or per week for long
 * plans) whose cells are shaded over each task's span in its phase colour — the chart planners
 * draw by hand in Excel today.
 */
export function exportScheduleWorkbook(doc: PlanDocument, options: ExportOptions): Uint8Array {
  const t = L[options.language];
  const tasks = [...doc.tasks].sort((a, b) => a.order - b.order || a.startDate.localeCompare(b.startDate));
  const rowOf = new Map<TaskId, number>(tasks.map((task, i) => [task.id, i + 1]));
  const phaseOf = new Map(doc.phases.map((p) => [p.id as string, p]));

  // Task table.
  const rows: OutRow[] = [t.cols.map((c) => text(c))];
  tasks.forEach((task, i) => {
    const r = i + 2;
    const phase = task.phaseId ? phaseOf.get(task.phaseId) : undefined;
    rows.push([
      num(i + 1),
      text(phase?.name ?? ''),
      text(task.title),
      text(workstreamLabels[task.workstream][options.language]),
      text(task.owner),
      date(task.startDate),
      date(task.endDate),
      formula(`G${r}-F${r}+1`, diffDays(task.startDate, task.endDate) + 1, '0'),
      text(formatPredecessors(task, rowOf)),
      text(task.isMilestone ? `${t.milestone}${task.milestoneTime ? ` ${task.milestoneTime}` : ''}` : ''),
      text(statusLabels[task.status][options.language]),
      num(task.progress, '0%'),
      text(task.notes),
    ]);
  });
  const tasksSheet = sheetOf(rows, t.cols.length);
  tasksSheet['!cols'] = fitWidths(rows);
  tasksSheet['!autofilter'] = {
    ref: `A1:${XLSX.utils.encode_col(t.cols.length - 1)}${Math.max(rows.length, 1)}`,
  };
  const taskCells = new Map<string, string>();
  t.cols.forEach((_, c) => taskCells.set(`${XLSX.utils.encode_col(c)}1`, 'header'));

  // Grid.
  const styles: Record<string, CellStyle> = { ...headerStyle, weekend: { bold: true, fill: '#dee2e6' } };
  const gridCells = new Map<string, string>();
  const gridRows: OutRow[] = [[], []];
  t.gridCols.forEach((c, i) => {
    gridRows[1]![i] = text(c);
    gridCells.set(`${XLSX.utils.encode_col(i)}2`, 'header');
  });
  const first = tasks.reduce(
    (m, x) => (x.startDate < m ? x.startDate : m),
    tasks[0]?.startDate ?? doc.plan.startDate,
  );
  const lastDay = tasks.reduce(
    (m, x) => (x.endDate > m ? x.endDate : m),
    tasks[0]?.endDate ?? doc.plan.endDate,
  );
  const byDay = diffDays(first, lastDay) + 1 <= DAY_GRID_MAX_DAYS;
  const columns: { start: string; end: string }[] = byDay
    ? eachDay(first, lastDay).map((d) => ({ start: d, end: d }))
    : eachDay(mondayOf(first), lastDay)
        .filter((d) => dayOfWeek(d) === 1)
        .map((d) => ({ start: d, end: addDays(d, 6) }));
  const offset = t.gridCols.length;
  const columnWidth = byDay ? 3.2 : 6;
  // Month and day labels are text, and a month's label is merged over its columns: a date
  // formatted as "2026年11月" in a 3-character day column reads "###" in Excel and LibreOffice.
  const merges: XLSX.Range[] = [];
  columns.forEach((col, i) => {
    const c = offset + i;
    const letter = XLSX.utils.encode_col(c);
    const month = col.start.slice(0, 7);
    const previous = i > 0 ? columns[i - 1]!.start.slice(0, 7) : '';
    if (month !== previous) {
      let span = 1;
      while (i + span < columns.length && columns[i + span]!.start.slice(0, 7) === month) span++;
      gridRows[0]![c] = text(monthLabel(month, options.language, span * columnWidth));
      gridCells.set(`${letter}1`, 'title');
      if (span > 1) merges.push({ s: { r: 0, c }, e: { r: 0, c: c + span - 1 } });
    }
    gridRows[1]![c] = text(byDay ? String(Number(col.start.slice(8))) : dayMonth(col.start));
    gridCells.set(`${letter}2`, byDay && isWeekend(col.start) ? 'weekend' : 'header');
  });
  const styleFor = (task: Task): string => {
    if (task.isMilestone) return 'milestone';
    const colour = (task.phaseId ? phaseOf.get(task.phaseId)?.color : undefined) ?? DEFAULT_BAR;
    const key = `bar${colour.toLowerCase()}`;
    if (!styles[key]) styles[key] = { fill: colour };
    return key;
  };
  styles.milestone = { fill: MILESTONE_COLOUR, bold: true, fontColor: '#ffffff' };
  tasks.forEach((task, i) => {
    const r = i + 2;
    const row: OutRow = [num(i + 1), text(task.title), text(task.owner)];
    const style = styleFor(task);
    columns.forEach((col, k) => {
      if (col.end < task.startDate || col.start > task.endDate) return;
      row[offset + k] = text(task.isMilestone ? '◆' : '');
      gridCells.set(`${XLSX.utils.encode_col(offset + k)}${r + 1}`, style);
    });
    gridRows.push(row);
  });
  const gridSheet = sheetOf(gridRows, offset + columns.length);
  if (merges.length > 0) gridSheet['!merges'] = merges;
  const fitted = fitWidths(gridRows.slice(1).map((r) => r.slice(0, offset)));
  gridSheet['!cols'] = [...fitted, ...columns.map(() => ({ wch: columnWidth }))];

  return writeWorkbook(
    [
      {
        name: safeSheetName(t.tasks),
        sheet: tasksSheet,
        decoration: { freeze: { rows: 1, cols: 0 }, cells: taskCells },
        titleRows: { first: 1, last: 1 },
      },
      {
        name: safeSheetName(t.grid),
        sheet: gridSheet,
        decoration: { freeze: { rows: 2, cols: offset }, cells: gridCells },
        titleRows: { first: 1, last: 2 },
        orientation: 'landscape',
      },
    ],
    styles,
    printInfoOf(doc, options),
  );
}
