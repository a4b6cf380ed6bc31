import {
  addDays,
  diffDays,
  newRecord,
  type Dependency,
  type Phase,
  type PlanId,
  type Task,
  type TaskStatus,
  type Workstream,
} from '../../domain';
import { findCycle } from '../../planning/scheduling/graph';
import { phaseKindColors, phaseKindFromName, statusFromText, workstreamFromText } from '../labels';
import { makeProblem, type ImportProblem } from '../problems';
import { cellText, isBlank, type SheetGrid } from './grid';
import { scheduleFields } from './fields';
import { parseNumber, parseRate } from './numbers';
import {
  columnOf,
  openSheet,
  prepareDates,
  textOf,
  type Footnote,
  type MappedRow,
  type SheetMapping,
  type SheetReader,
} from './rows';

export interface RowsContext {
  planId: PlanId;
  /** The open plan's start, for dates typed without a year. */
  planStart: string | null;
  today: string;
  currency: string;
}

export interface ScheduleImport {
  tasks: Task[];
  phases: Phase[];
  /** Spreadsheet row of each imported task, for previews and messages. */
  rowOfTask: Record<string, number>;
  /** Rows left out because of an error (spreadsheet row numbers). */
  rejectedRows: number[];
  /** Notes under the table (注：…), kept on the plan rather than read as tasks. */
  footnotes: Footnote[];
  /** Data rows read (blank and totals rows not counted). */
  rowCount: number;
}

const fieldLabel = (key: string): { fieldZh: string; fieldEn: string } => {
  const def = scheduleFields.find((d) => d.key === key);
  return { fieldZh: def?.label.zh ?? key, fieldEn: def?.label.en ?? key };
};

const MILESTONE_WORDS = /里程碑|milestone|◆|★/i;
const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '✓', '√', '◆', '★', '1', '里程碑', 'milestone', 'x']);

interface Draft {
  row: MappedRow;
  task: Task;
  ref: string;
  predecessorsText: string;
}

/** "运营-王芳", "王芳（运营）": a department written into the owner cell. */
function splitOwner(text: string): { owner: string; workstream: Workstream | null } {
  const dash = /^([^-—–:：/]{1,8})\s*[-—–:：/]\s*(.+)$/.exec(text);
  if (dash) {
    const ws = workstreamFromText(dash[1]!);
    if (ws) return { owner: dash[2]!.trim(), workstream: ws };
  }
  // 王芳（运营）: found by position, not by a lazy pattern that backtracks over long texts.
  if (/[)）]$/.test(text)) {
    const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
    const inner = open > 0 ? text.slice(open + 1, -1) : '';
    const ws = inner && !/[)）]/.test(inner) ? workstreamFromText(inner) : null;
    if (ws) return { owner: text.slice(0, open).trim(), workstream: ws };
  }
  return { owner: text, workstream: null };
}

function readRow(
  reader: SheetReader,
  row: MappedRow,
  dates: ReturnType<typeof prepareDates>,
  ctx: RowsContext,
): Draft | null {
  const problems = reader.problems;
  const before = problems.length;
  const title = textOf(row, 'title');
  if (!title) problems.push(makeProblem('missingTitle', fieldLabel('title'), reader.place(row, 'title')));

  const readDate = (field: 'start' | 'end'): { date: string; time: string | null } | null => {
    const r = dates.read(row, field);
    if (r.ok) return { date: r.date, time: r.time };
    if (r.reason !== 'blank') {
      problems.push(
        makeProblem(
          r.reason === 'impossible' ? 'impossibleDate' : 'invalidDate',
          { value: textOf(row, field) },
          reader.place(row, field),
        ),
      );
    }
    return null;
  };
  const start = readDate('start');
  const end = readDate('end');
  const durationParsed = parseNumber(row.cells.duration ?? null);
  let duration: number | null = null;
  if (durationParsed && !durationParsed.ok) {
    problems.push(
      makeProblem(
        'notANumber',
        { value: textOf(row, 'duration'), ...fieldLabel('duration') },
        reader.place(row, 'duration'),
      ),
    );
  } else if (durationParsed?.ok && durationParsed.value >= 1) {
    duration = Math.round(durationParsed.value);
  }
  let startDate = start?.date ?? null;
  let endDate = end?.date ?? null;
  const startBlank = isBlank(row.cells.start ?? null);
  const endBlank = isBlank(row.cells.end ?? null);
  if (startDate && !endDate && endBlank) endDate = duration ? addDays(startDate, duration - 1) : startDate;
  if (endDate && !startDate && startBlank) startDate = duration ? addDays(endDate, -(duration - 1)) : endDate;
  if (startBlank && endBlank) {
    problems.push(makeProblem('missingDate', fieldLabel('start'), reader.place(row, 'start')));
  }
  if (startDate && endDate && diffDays(startDate, endDate) < 0) {
    problems.push(
      makeProblem('endBeforeStart', { start: startDate, end: endDate }, reader.place(row, 'end')),
    );
  }

  // Progress and status: either column may hold a percentage or a word such as 已完成.
  let progress = 0;
  let status: TaskStatus | null = null;
  for (const field of ['progress', 'status'] as const) {
    const v = row.cells[field] ?? null;
    if (isBlank(v)) continue;
    const word = statusFromText(cellText(v));
    if (word) {
      status = status ?? word;
      if (word === 'done') progress = 1;
      continue;
    }
    const rate = parseRate(v, field === 'progress' && reader.isPercentColumn('progress'));
    if (rate?.ok && rate.value >= 0 && rate.value <= 1) progress = rate.value;
    else if (rate?.ok && field === 'progress' && typeof v === 'number' && v > 1 && v <= 100)
      progress = v / 100;
    else
      problems.push(
        makeProblem('notAPercent', { value: cellText(v), ...fieldLabel(field) }, reader.place(row, field)),
      );
  }
  status = status ?? (progress >= 1 ? 'done' : progress > 0 ? 'inProgress' : 'todo');

  const ownerText = textOf(row, 'owner');
  const split = splitOwner(ownerText);
  const workstream =
    workstreamFromText(textOf(row, 'workstream')) ??
    split.workstream ??
    (textOf(row, 'workstream') ? 'other' : 'operations');
  const notes = textOf(row, 'notes');
  const flagRaw = textOf(row, 'milestone');
  const flagTime = /([01]?\d|2[0-3]):([0-5]\d)$/.exec(flagRaw);
  const flag = (flagTime ? flagRaw.slice(0, flagTime.index) : flagRaw).trim().toLowerCase();
  // Without a milestone column, the words 里程碑/milestone in the title or notes mark one.
  const hasColumn = columnOf(reader.mapping, 'milestone') !== null;
  const flagged = hasColumn
    ? TRUE_WORDS.has(flag)
    : MILESTONE_WORDS.test(title) || MILESTONE_WORDS.test(notes);
  const isMilestone = flagged && startDate !== null && startDate === endDate;
  const noteTime = /(?:^|\D)([01]?\d|2[0-3])[:：]([0-5]\d)(?!\d)/.exec(notes);
  const milestoneTime = isMilestone
    ? flagTime
      ? `${flagTime[1]!.padStart(2, '0')}:${flagTime[2]}`
      : (start?.time ?? (noteTime ? `${noteTime[1]!.padStart(2, '0')}:${noteTime[2]}` : null))
    : null;

  if (problems.length > before && problems.slice(before).some((p) => p.severity === 'error')) return null;
  const task: Task = newRecord('tasks', ctx.planId, {
    title: title.slice(0, 500),
    phaseId: null,
    workstream,
    owner: split.owner,
    channelId: null,
    startDate: startDate!,
    endDate: endDate!,
    progress,
    status,
    predecessors: [],
    isMilestone,
    milestoneTime,
    notes,
    checklist: [],
    order: 0,
  });
  return { row, task, ref: textOf(row, 'ref'), predecessorsText: textOf(row, 'predecessors') };
}

const MAX_REF_TEXT = 300;
const REF_ITEM = /^(.+?)\s*(FS|SS)?\s*(?:([+-])\s*(\d+)\s*(?:d|天|days?)?)?$/i;

function normRef(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .trim()
    .toLowerCase();
}

/**
 * Predecessors by the sheet's own number (序号/编号), by spreadsheet row number, or by task name;
 * "3, 5SS, T7FS+2". An unknown reference drops that link with a warning.
 */
function resolvePredecessors(
  reader: SheetReader,
  drafts: Draft[],
  allRows: Map<number, Draft | null>,
  rejectedKeys: Set<string>,
): void {
  const byRef = new Map<string, Draft>();
  const byTitle = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.ref) byRef.set(normRef(d.ref), d);
    if (!byTitle.has(normRef(d.task.title))) byTitle.set(normRef(d.task.title), d);
  }
  const lookup = (text: string): Draft | null | 'rejected' => {
    const key = normRef(text);
    const hit = byRef.get(key) ?? byTitle.get(key);
    if (hit) return hit;
    if (rejectedKeys.has(key)) return 'rejected';
    if (/^\d+$/.test(key)) {
      const r = allRows.get(Number(key));
      if (r) return r;
      if (r === null) return 'rejected';
    }
    return null;
  };
  for (const d of drafts) {
    if (!d.predecessorsText) continue;
    const whole = byTitle.get(normRef(d.predecessorsText));
    const items = whole ? [d.predecessorsText] : d.predecessorsText.split(/[,，;；、\n]+/);
    const deps: Dependency[] = [];
    for (const raw of items) {
      const item = raw.trim();
      if (!item) continue;
      let target = lookup(item);
      let type: Dependency['type'] = 'FS';
      let lag = 0;
      if (target === null) {
        // A reference is a number or a task title; a longer text is neither, and the pattern's
        // backtracking over it would grow with the square of its length.
        const m = item.length <= MAX_REF_TEXT ? REF_ITEM.exec(item) : null;
        if (m) {
          target = lookup(m[1]!);
          type = (m[2]?.toUpperCase() as 'FS' | 'SS' | undefined) ?? 'FS';
          lag = m[4] ? Number(m[4]) * (m[3] === '-' ? -1 : 1) : 0;
        }
      }
      if (target === 'rejected') continue; // that row has its own problem already
      if (target === null) {
        reader.problems.push(
          makeProblem('unknownPredecessor', { value: item }, reader.place(d.row, 'predecessors'), 'warning'),
        );
        continue;
      }
      if (!deps.some((x) => x.taskId === target.task.id))
        deps.push({ taskId: target.task.id, type, lagDays: lag });
    }
    d.task.predecessors = deps;
  }
}

/** Drops every task caught in a dependency loop (an error on each of its rows). */
function rejectLoops(reader: SheetReader, drafts: Draft[]): Draft[] {
  let kept = drafts;
  for (;;) {
    const cycle = findCycle(kept.map((d) => d.task));
    if (!cycle) return kept;
    const inCycle = new Set<string>(cycle);
    const loopDrafts = kept.filter((d) => inCycle.has(d.task.id));
    const text = [...loopDrafts, loopDrafts[0]!]
      .map((d) => `${d.task.title} (${d.row.excelRow})`)
      .join(' → ');
    for (const d of loopDrafts) {
      reader.problems.push(
        makeProblem('dependencyLoop', { cycle: text }, reader.place(d.row, 'predecessors')),
      );
    }
    kept = kept.filter((d) => !inCycle.has(d.task.id));
    for (const d of kept) d.task.predecessors = d.task.predecessors.filter((p) => !inCycle.has(p.taskId));
  }
}

function buildPhases(reader: SheetReader, drafts: Draft[], ctx: RowsContext): Phase[] {
  const phases = new Map<string, Phase>();
  for (const d of drafts) {
    const name = textOf(d.row, 'phase');
    if (!name) continue;
    let phase = phases.get(name);
    if (!phase) {
      const kind = phaseKindFromName(name);
      phase = newRecord('phases', ctx.planId, {
        name,
        kind,
        startDate: d.task.startDate,
        endDate: d.task.endDate,
        color: phaseKindColors[kind],
        purpose: '',
        order: phases.size,
      });
      phases.set(name, phase);
    }
    if (d.task.startDate < phase.startDate) phase.startDate = d.task.startDate;
    if (d.task.endDate > phase.endDate) phase.endDate = d.task.endDate;
    d.task.phaseId = phase.id;
  }
  void reader;
  return [...phases.values()];
}

export function importScheduleSheet(
  grid: SheetGrid,
  mapping: SheetMapping,
  ctx: RowsContext,
): { value: ScheduleImport; problems: ImportProblem[] } {
  const reader = openSheet(grid, mapping, ['title', 'phase', 'ref']);
  const dates = prepareDates(reader, ['start', 'end'], { planStart: ctx.planStart, today: ctx.today });
  const drafts: Draft[] = [];
  const byExcelRow = new Map<number, Draft | null>();
  const rejectedRows: number[] = [];
  const rejectedKeys = new Set<string>();
  let sectionPhase: string | null = null;
  for (const row of reader.rows) {
    // A row with only a phase name is a section heading: it names the phase of the rows below.
    const onlyPhase =
      !isBlank(row.cells.phase ?? null) &&
      Object.entries(row.cells).every(([k, v]) => k === 'phase' || k === 'ref' || isBlank(v));
    if (onlyPhase) {
      sectionPhase = textOf(row, 'phase');
      continue;
    }
    if (sectionPhase && isBlank(row.cells.phase ?? null)) row.cells.phase = sectionPhase;
    const draft = readRow(reader, row, dates, ctx);
    byExcelRow.set(row.excelRow, draft);
    if (draft) drafts.push(draft);
    else {
      rejectedRows.push(row.excelRow);
      for (const key of [textOf(row, 'ref'), textOf(row, 'title')]) if (key) rejectedKeys.add(normRef(key));
    }
  }
  resolvePredecessors(reader, drafts, byExcelRow, rejectedKeys);
  const kept = rejectLoops(reader, drafts);
  for (const d of drafts) if (!kept.includes(d)) rejectedRows.push(d.row.excelRow);
  const phases = buildPhases(reader, kept, ctx);
  kept.forEach((d, i) => (d.task.order = i));
  const rowOfTask: Record<string, number> = {};
  for (const d of kept) rowOfTask[d.task.id] = d.row.excelRow;
  return {
    value: {
      tasks: kept.map((d) => d.task),
      phases,
      rowOfTask,
      rejectedRows: rejectedRows.sort((a, b) => a - b),
      rowCount: reader.rows.length,
      footnotes: reader.footnotes,
    },
    problems: reader.problems,
  };
}
