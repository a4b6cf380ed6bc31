import * as XLSX from 'xlsx';
import type { BudgetLine, PlanDocument } from '../../domain';
import { categoryDisplayName } from '../../budget/categories';
import { minorPerMajor } from '../../budget/money';
import { computeBudgetSummary } from '../../budget/totals';
import {
  DATETIME_FORMAT,
  MONEY_FORMAT,
  date,
  fitWidths,
  formula,
  formulaString,
  money,
  num,
  sheetOf,
  sheetRef,
  text,
  type OutRow,
} from './cells';
import { dateToSerial } from '../read/grid';
import {
  headerStyle,
  localDateTime,
  printInfoOf,
  safeSheetName,
  writeWorkbook,
  type ExportOptions,
  type Language,
} from './workbook';

const L = {
  zh: {
    summary: '汇总',
    lines: '预算明细',
    title: '预算表',
    plan: '计划',
    version: '版本（最后保存）',
    exportedAt: '导出时间',
    currency: '币种',
    totalPlanned: '预算合计',
    totalActual: '实际合计',
    totalVariance: '差异合计（实际 − 预算）',
    totalCommitted: '已承诺合计',
    cap: '预算上限',
    reserve: '预备金（应急）',
    headroom: '剩余可分配（上限 − 预备金 − 预算）',
    varianceNote:
      '差异只计已录入实际金额的明细行：实际金额为空的行尚未发生，不按 0 计（与应用中的预算页一致）。',
    committed: '已承诺',
    byCategory: '按费用类别',
    byChannel: '按渠道',
    byPhase: '按阶段',
    group: { category: '费用类别', channel: '渠道', phase: '阶段' },
    none: { category: '（未分类）', channel: '（不分渠道）', phase: '（未分阶段）' },
    total: '合计',
    cols: [
      '序号',
      '费用类别',
      '渠道',
      '阶段',
      '项目',
      '供应商',
      '单价',
      '数量',
      '预算金额',
      '已承诺',
      '实际金额',
      '差异',
      '付款日期',
      '备注',
    ],
    planned: '预算金额',
    actual: '实际金额',
    variance: '差异',
  },
  en: {
    summary: 'Summary',
    lines: 'Budget lines',
    title: 'Budget',
    plan: 'Plan',
    version: 'Version (last saved)',
    exportedAt: 'Exported at',
    currency: 'Currency',
    totalPlanned: 'Total planned',
    totalActual: 'Total actual',
    totalVariance: 'Total variance (actual − planned)',
    totalCommitted: 'Total committed',
    cap: 'Budget cap',
    reserve: 'Contingency reserve',
    headroom: 'Headroom (cap − reserve − planned)',
    varianceNote:
      'Variance counts only the lines with an actual amount: a blank actual has not been spent yet and is not read as 0 (as on the app’s budget screen).',
    committed: 'Committed',
    byCategory: 'By category',
    byChannel: 'By channel',
    byPhase: 'By phase',
    group: { category: 'Category', channel: 'Channel', phase: 'Phase' },
    none: { category: '(Uncategorised)', channel: '(No channel)', phase: '(No phase)' },
    total: 'Total',
    cols: [
      'No.',
      'Category',
      'Channel',
      'Phase',
      'Item',
      'Vendor',
      'Unit price',
      'Quantity',
      'Planned',
      'Committed',
      'Actual',
      'Variance',
      'Payment date',
      'Notes',
    ],
    planned: 'Planned',
    actual: 'Actual',
    variance: 'Variance',
  },
} as const;

type GroupBy = 'category' | 'channel' | 'phase';
/** Column letters on the lines sheet. */
const COL = {
  category: 'B',
  channel: 'C',
  phase: 'D',
  planned: 'I',
  committed: 'J',
  actual: 'K',
  variance: 'L',
} as const;

interface Labels {
  category(line: BudgetLine): string | null;
  channel(line: BudgetLine): string | null;
  phase(line: BudgetLine): string | null;
}

function labelsFor(doc: PlanDocument, lang: Language): Labels {
  const cats = new Map(doc.budgetCategories.map((c) => [c.id as string, categoryDisplayName(c, lang)]));
  const chans = new Map(doc.channels.map((c) => [c.id as string, c.name]));
  const phases = new Map(doc.phases.map((p) => [p.id as string, p.name]));
  return {
    category: (l) => (l.categoryId ? (cats.get(l.categoryId) ?? null) : null),
    channel: (l) => (l.channelId ? (chans.get(l.channelId) ?? null) : null),
    phase: (l) => (l.phaseId ? (phases.get(l.phaseId) ?? null) : null),
  };
}

/** SUMIF treats * ? ~ as wildcards and a leading < > = as an operator: such names are escaped literals. */
function criterion(label: string, cellRef: string): string {
  if (/[*?~]/.test(label) || /^[<>=]/.test(label)) return formulaString(`=${label.replace(/[~*?]/g, '~$&')}`);
  return cellRef;
}

/** Groups in the plan's own order, names compared without case as SUMIF compares them. */
function groupNames(
  doc: PlanDocument,
  by: GroupBy,
  lines: readonly BudgetLine[],
  labels: Labels,
  lang: Language,
): string[] {
  const ordered =
    by === 'category'
      ? [...doc.budgetCategories].sort((a, b) => a.order - b.order).map((c) => categoryDisplayName(c, lang))
      : by === 'channel'
        ? [...doc.channels].sort((a, b) => a.order - b.order).map((c) => c.name)
        : [...doc.phases]
            .sort((a, b) => a.order - b.order || a.startDate.localeCompare(b.startDate))
            .map((p) => p.name);
  const used = new Set(lines.map((l) => labels[by](l)?.toLowerCase()).filter((x): x is string => !!x));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of ordered) {
    const key = name.toLowerCase();
    if (!used.has(key) || seen.has(key) || name.trim() === '') continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * The budget workbook for finance: a summary whose totals are SUM/SUMIF formulas over the lines
 * sheet (with the values cached, so they read right before any recalculation), and the lines
 * with money as numbers, dates as dates, a frozen header, an autofilter and a variance formula.
 */
export function exportBudgetWorkbook(doc: PlanDocument, options: ExportOptions): Uint8Array {
  const lang = options.language;
  const t = L[lang];
  const perMajor = minorPerMajor(doc.plan.currency);
  const labels = labelsFor(doc, lang);
  const lines = [...doc.budgetLines].sort((a, b) => a.order - b.order);
  const linesName = safeSheetName(t.lines);
  const summaryName = safeSheetName(t.summary);
  const ref = sheetRef(linesName);
  const last = lines.length + 1; // last data row on the lines sheet
  const range = (col: string): string => `${ref}!$${col}$2:$${col}$${Math.max(last, 2)}`;
  const moneyCols = ['G', 'I', 'J', 'K', 'L'];

  // Lines sheet.
  const lineRows: OutRow[] = [t.cols.map((c) => text(c))];
  lines.forEach((l, i) => {
    const r = i + 2;
    const variance = l.actualMinor === null ? '' : (l.actualMinor - l.plannedMinor) / perMajor;
    lineRows.push([
      num(i + 1),
      text(labels.category(l) ?? ''),
      text(labels.channel(l) ?? ''),
      text(labels.phase(l) ?? ''),
      text(l.item),
      text(l.vendor),
      money(l.unitPriceMinor, perMajor),
      l.quantity === null ? null : num(l.quantity),
      money(l.plannedMinor, perMajor),
      money(l.committedMinor, perMajor),
      money(l.actualMinor, perMajor),
      formula(`IF(K${r}="","",K${r}-I${r})`, variance, MONEY_FORMAT),
      date(l.paymentDate),
      text(l.notes),
    ]);
  });
  const linesSheet = sheetOf(lineRows, t.cols.length);
  linesSheet['!cols'] = fitWidths(lineRows).map((w, c) =>
    moneyCols.includes(XLSX.utils.encode_col(c)) ? { wch: Math.max(w.wch ?? 0, 14) } : w,
  );
  linesSheet['!autofilter'] = { ref: `A1:${XLSX.utils.encode_col(t.cols.length - 1)}${Math.max(last, 1)}` };
  const linesCells = new Map<string, string>();
  t.cols.forEach((_, c) => linesCells.set(`${XLSX.utils.encode_col(c)}1`, 'header'));

  // Summary sheet.
  const sum = (
    pick: (l: BudgetLine) => number | null,
    filter: (l: BudgetLine) => boolean = () => true,
  ): number => lines.filter(filter).reduce((s, l) => s + (pick(l) ?? 0), 0) / perMajor;
  const planned = (l: BudgetLine): number => l.plannedMinor;
  const committed = (l: BudgetLine): number => l.committedMinor;
  const actual = (l: BudgetLine): number | null => l.actualMinor;
  // Variance only where a line has an actual: the budget screen's rule (shared/budget/totals.ts).
  const variance = (l: BudgetLine): number | null =>
    l.actualMinor === null ? null : l.actualMinor - l.plannedMinor;
  const budget = computeBudgetSummary(doc);
  const major = (minor: number | null): number | null => (minor === null ? null : minor / perMajor);
  const saved = localDateTime(doc.plan.updatedAt);
  const exported = localDateTime(options.exportedAt);
  const rows: OutRow[] = [];
  const cells = new Map<string, string>();
  rows.push([text(`${doc.plan.name} — ${t.title}`)]);
  cells.set('A1', 'title');
  rows.push([text(t.plan), text(doc.plan.name)]);
  rows.push([text(t.version), num(dateToSerial(saved.date, saved.time), DATETIME_FORMAT)]);
  rows.push([text(t.exportedAt), num(dateToSerial(exported.date, exported.time), DATETIME_FORMAT)]);
  rows.push([text(t.currency), text(doc.plan.currency)]);
  rows.push([text(t.totalPlanned), formula(`SUM(${range(COL.planned)})`, sum(planned), MONEY_FORMAT)]);
  rows.push([text(t.totalActual), formula(`SUM(${range(COL.actual)})`, sum(actual), MONEY_FORMAT)]);
  rows.push([
    text(t.totalVariance),
    formula(`SUM(${range(COL.variance)})`, budget.total.varianceMinor / perMajor, MONEY_FORMAT),
  ]);
  rows.push([text(t.varianceNote)]);
  rows.push([text(t.totalCommitted), formula(`SUM(${range(COL.committed)})`, sum(committed), MONEY_FORMAT)]);
  rows.push([text(t.cap), money(budget.capMinor, perMajor)]);
  rows.push([text(t.reserve), money(budget.reserveMinor, perMajor)]);
  if (budget.capMinor !== null) {
    const r = rows.length + 1;
    rows.push([
      text(t.headroom),
      formula(`B${r - 2}-B${r - 1}-B6`, major(budget.headroomMinor) ?? 0, MONEY_FORMAT),
    ]);
  }

  for (const by of ['category', 'channel', 'phase'] as const) {
    rows.push([]);
    const title = by === 'category' ? t.byCategory : by === 'channel' ? t.byChannel : t.byPhase;
    rows.push([text(title)]);
    cells.set(`A${rows.length}`, 'title');
    rows.push([text(t.group[by]), text(t.planned), text(t.actual), text(t.variance), text(t.committed)]);
    for (const c of ['A', 'B', 'C', 'D', 'E']) cells.set(`${c}${rows.length}`, 'header');
    const first = rows.length + 1;
    for (const name of groupNames(doc, by, lines, labels, lang)) {
      const r = rows.length + 1;
      const match = (l: BudgetLine): boolean => labels[by](l)?.toLowerCase() === name.toLowerCase();
      const crit = criterion(name, `$A${r}`);
      rows.push([
        text(name),
        formula(`SUMIF(${range(COL[by])},${crit},${range(COL.planned)})`, sum(planned, match), MONEY_FORMAT),
        formula(`SUMIF(${range(COL[by])},${crit},${range(COL.actual)})`, sum(actual, match), MONEY_FORMAT),
        formula(
          `SUMIF(${range(COL[by])},${crit},${range(COL.variance)})`,
          sum(variance, match),
          MONEY_FORMAT,
        ),
        formula(
          `SUMIF(${range(COL[by])},${crit},${range(COL.committed)})`,
          sum(committed, match),
          MONEY_FORMAT,
        ),
      ]);
    }
    // Lines without a group: whatever the named groups leave of the grand total, so nothing is lost.
    const unassigned = (l: BudgetLine): boolean => labels[by](l) === null || labels[by](l)!.trim() === '';
    if (lines.some(unassigned)) {
      const r = rows.length + 1;
      const prev = r - 1;
      const named = (col: string): string => (prev >= first ? `-SUM(${col}${first}:${col}${prev})` : '');
      rows.push([
        text(t.none[by]),
        formula(`SUM(${range(COL.planned)})${named('B')}`, sum(planned, unassigned), MONEY_FORMAT),
        formula(`SUM(${range(COL.actual)})${named('C')}`, sum(actual, unassigned), MONEY_FORMAT),
        formula(`SUM(${range(COL.variance)})${named('D')}`, sum(variance, unassigned), MONEY_FORMAT),
        formula(`SUM(${range(COL.committed)})${named('E')}`, sum(committed, unassigned), MONEY_FORMAT),
      ]);
    }
    const lastGroup = rows.length;
    const r = rows.length + 1;
    const span = (col: string): string =>
      lastGroup >= first ? `SUM(${col}${first}:${col}${lastGroup})` : '0';
    rows.push([
      text(t.total),
      formula(span('B'), sum(planned), MONEY_FORMAT),
      formula(span('C'), sum(actual), MONEY_FORMAT),
      formula(span('D'), sum(variance), MONEY_FORMAT),
      formula(span('E'), sum(committed), MONEY_FORMAT),
    ]);
    for (const c of ['A', 'B', 'C', 'D', 'E']) cells.set(`${c}${r}`, 'total');
  }
  const summarySheet = sheetOf(rows, 5);
  summarySheet['!cols'] = [{ wch: 30 }, { wch: 18 }, { wch: 18 }, { wch: 18 }, { wch: 18 }];

  return writeWorkbook(
    [
      { name: summaryName, sheet: summarySheet, decoration: { cells } },
      {
        name: linesName,
        sheet: linesSheet,
        decoration: { freeze: { rows: 1, cols: 0 }, cells: linesCells },
        titleRows: { first: 1, last: 1 },
      },
    ],
    headerStyle,
    printInfoOf(doc, options),
  );
}
