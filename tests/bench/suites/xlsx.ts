import * as XLSX from 'xlsx';
import type { BudgetLine, BudgetLineId, PlanDocument } from '../../../shared/domain';
import { exportBudgetWorkbook, importFile } from '../../../shared/xlsx';
import { bigCellsCsv } from '../../fixtures/bigCellsCsv';
import { generateLargePlan } from '../fixtures/generatePlan';
import { median, round, type BenchRow, type BenchSuite } from '../types';

/**
 * Excel interchange (issue 5), pure Node:
 * - import.schedule.3000: read, map and validate a 3,000-task schedule written the way planners
 *   write theirs (title rows, merged phases, text and real dates, predecessors by number);
 * - import.overhead.ratio: that whole import against a bare XLSX.read + sheet_to_json of the
 *   same bytes, measured in the same run;
 * - export.budget.5000: the finance workbook of a plan with 5,000 budget lines;
 * - import.csv.bigcells: a 20-row CSV whose cells hold 100,000-character pasted texts with long
 *   runs of spaces (patterns that backtracked over them took seconds per cell).
 */
const RUNS = 7;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function measure(fn: () => void): number {
  fn(); // warm-up: JIT and SheetJS's lazy tables
  return median(Array.from({ length: RUNS }, () => time(fn)));
}

const serial = (iso: string): number =>
  (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A planner-style schedule sheet of the generated plan. */
export function plannerScheduleSheet(doc: PlanDocument): Uint8Array {
  const tasks = [...doc.tasks].sort((a, b) => a.order - b.order);
  const rowOf = new Map(tasks.map((t, i) => [t.id as string, i + 1]));
  const phaseName = new Map(doc.phases.map((p) => [p.id as string, p.name]));
  const rows: unknown[][] = [
    [`${doc.plan.name} 活动排期表`],
    ['制表：运营部'],
    [
      '序号',
      '活动阶段',
      '任务名称',
      '负责部门',
      '执行人',
      '开始日期',
      '截止日期',
      '前置任务',
      '完成度',
      '备注',
    ],
  ];
  const merges: XLSX.Range[] = [];
  let runStart = 3;
  tasks.forEach((t, i) => {
    const r = rows.length;
    const phase = t.phaseId ? (phaseName.get(t.phaseId) ?? '') : '';
    const prev = i > 0 ? tasks[i - 1] : undefined;
    const samePhase = prev && prev.phaseId === t.phaseId;
    if (!samePhase && r - 1 > runStart) merges.push({ s: { r: runStart, c: 1 }, e: { r: r - 1, c: 1 } });
    if (!samePhase) runStart = r;
    rows.push([
      i + 1,
      samePhase ? null : phase,
      t.title,
      t.workstream,
      t.owner,
      i % 2 === 0 ? { t: 'n', v: serial(t.startDate), z: 'yyyy-mm-dd' } : t.startDate.replace(/-/g, '/'),
      i % 3 === 0 ? `${Number(t.endDate.slice(5, 7))}月${Number(t.endDate.slice(8))}日` : t.endDate,
      t.predecessors.map((p) => rowOf.get(p.taskId)).join(', '),
      `${Math.round(t.progress * 100)}%`,
      t.notes,
    ]);
  });
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '排期');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function withLines(doc: PlanDocument, count: number): PlanDocument {
  const template = doc.budgetLines[0]!;
  const lines: BudgetLine[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `line-${i}` as BudgetLineId,
    categoryId: doc.budgetCategories[i % doc.budgetCategories.length]!.id,
    channelId: doc.channels[i % doc.channels.length]?.id ?? null,
    phaseId: doc.phases[i % doc.phases.length]?.id ?? null,
    item: `${template.item} #${i + 1}`,
    plannedMinor: 10_000 + ((i * 7919) % 5_000_000),
    actualMinor: i % 3 === 0 ? null : 9_000 + ((i * 104_729) % 5_000_000),
    order: i,
  }));
  return { ...doc, budgetLines: lines };
}

const suite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  const doc = generateLargePlan({ tasks: 3000, links: 2000, seed: 42 });
  const bytes = plannerScheduleSheet(doc);
  let imported = 0;
  const full = measure(() => {
    const r = importFile(bytes, {
      kind: 'schedule',
      context: { fileName: 'bench.xlsx', today: '2026-11-23' },
    });
    imported = r.value?.document.tasks.length ?? 0;
  });
  if (imported !== 3000) throw new Error(`import.schedule.3000 read ${imported} tasks, expected 3000`);
  const bare = measure(() => {
    const wb = XLSX.read(bytes, { type: 'array' });
    XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
  });
  rows.push({ name: 'import.schedule.3000', value: round(full), unit: 'ms', budget: 2000 });
  rows.push({ name: 'import.overhead.ratio', value: round(full / bare, 2), unit: 'ratio', budget: 2 });

  const budgetDoc = withLines(doc, 5000);
  const exportMs = measure(() => {
    exportBudgetWorkbook(budgetDoc, { language: 'zh', exportedAt: '2026-11-23T08:00:00.000Z' });
  });
  rows.push({ name: 'export.budget.5000', value: round(exportMs), unit: 'ms', budget: 1000 });

  const big = bigCellsCsv(20, 100_000);
  let bigTasks = 0;
  const bigMs = measure(() => {
    const r = importFile(big.bytes, { context: { fileName: 'bigcells.csv', today: '2026-11-23' } });
    bigTasks = r.value?.document.tasks.length ?? 0;
  });
  if (bigTasks !== 20) throw new Error(`import.csv.bigcells read ${bigTasks} tasks, expected 20`);
  rows.push({ name: 'import.csv.bigcells', value: round(bigMs), unit: 'ms', budget: 1000 });
  return rows;
};

export default suite;
