import * as XLSX from 'xlsx';
import { actualFigureKeys, type ActualFigureKey, type PlanDocument } from '../domain';
import {
  date,
  formula,
  money,
  num,
  sheetOf as cellSheetOf,
  text,
  textWidth,
  type OutCell,
  type OutRow,
} from '../xlsx/write/cells';
import {
  headerStyle,
  localDateTime,
  safeSheetName,
  writeWorkbook,
  type Language,
} from '../xlsx/write/workbook';
import { fuzzyGrades } from './fuzzy';
import { shopDays, sumActuals, type ActualFigures, type ActualTotals } from './actualsTotals';
import type { CompositeScore } from './score';
import type { PlanFigures } from '../figures/engine';
import { dailyActuals } from '../figures/dailyActuals';
import { incidentRows } from './incidentsSheet';
import { baselineRows } from './baselinesSheet';
import type { BaselineComparison } from '../figures/baselines';
import type { ReviewWorkbookLabels } from './reportWorkbookLabels';

/**
 * The review workbook for finance and the next planner: daily data, attainment, score, incidents
 * and (with named baselines) baselines sheets.
 * Numbers are real numbers (money in major units with a money format, dates as Excel dates). The
 * daily sheet's totals are SUM formulas over its rows, so it stays live when someone corrects a
 * day. Goals, attainment and score are the figures engine's (shared/figures, PlanFigures) — the
 * same numbers the review screen, its report and PDF show — written as values, never recomputed
 * by a formula of the sheet's own (which knew neither a goal's direction nor a provisional
 * actual's reduced points). Planner text is always a string cell, never a formula.
 */

// Cells come from shared/xlsx/write/cells.ts and the file from write/workbook.ts, like every other
// workbook: planner text is escaped there and stored as shared strings, so a formula-looking text
// stays text and "_x0041_" or a carriage return reads back as typed.
const MONEY = '#,##0.00';
const COUNT = '#,##0';
const PERCENT = '0.00%';
const moneyKeys = new Set<ActualFigureKey>(['gmvMinor', 'spendMinor', 'refundsMinor']);

type Cell = OutCell | null;

const col = (c: number) => XLSX.utils.encode_col(c);

/** What a cell shows, in Excel's character units (CJK counts double). */
function shownWidth(cell: OutCell): number {
  const shown =
    cell.t === 'n' && typeof cell.v === 'number' && cell.z ? XLSX.SSF.format(cell.z, cell.v) : cell.v;
  return textWidth(String(shown ?? ''));
}

interface ReviewSheet {
  sheet: XLSX.WorkSheet;
  /** 1-based row of the table header, repeated on every printed page. */
  headerRow: number;
  /** false: the sheet holds several tables, each with its own header; none repeats. */
  repeatHeader?: boolean;
}

/**
 * Columns at least `widths` wide and as wide as what the table shows (a GMV total of
 * "12,345,678.90" in a 12-character column would read "###"). The plan/currency lines above the
 * table are left out: they spill into the empty cells to their right.
 */
function sheetOf(rows: OutRow[], widths: number[], headerRow: number): ReviewSheet {
  const ws = cellSheetOf(rows);
  const fitted = [...widths];
  rows.slice(headerRow - 1).forEach((row) =>
    row.forEach((cell, c) => {
      if (cell) fitted[c] = Math.min(40, Math.max(fitted[c] ?? 8, Math.ceil(shownWidth(cell) * 1.1) + 2));
    }),
  );
  ws['!cols'] = fitted.map((wch) => ({ wch }));
  return { sheet: ws, headerRow };
}

function headerRows(doc: PlanDocument, labels: ReviewWorkbookLabels, exportedAt: string): Cell[][] {
  return [
    [text(labels.plan), text(doc.plan.name)],
    [text(labels.currency), text(doc.plan.currency)],
    [text(labels.exportedAt), text(exportedAt)],
    [],
  ];
}

function dataSheet(
  doc: PlanDocument,
  labels: ReviewWorkbookLabels,
  perMajor: number,
  exportedAt: string,
): ReviewSheet {
  const rows: Cell[][] = headerRows(doc, labels, exportedAt);
  const channelNames = new Map(doc.channels.map((c) => [c.id as string, c.name]));
  const head = [
    labels.date,
    labels.period,
    labels.channel,
    ...actualFigureKeys.map((k) => labels.figures[k]),
    labels.conversion,
    labels.aov,
  ];
  const colOf = (k: ActualFigureKey) => 3 + actualFigureKeys.indexOf(k);
  const uvCol = col(colOf('uv'));
  const buyersCol = col(colOf('buyers'));
  const gmvCol = col(colOf('gmvMinor'));
  // A day's conversion and AOV, blank unless both figures were recorded (a blank is not 0).
  const derivedCells = (r: number, figures: ActualFigures): Cell[] => [
    formula(
      `IF(AND(${buyersCol}${r}<>"",N(${uvCol}${r})>0),${buyersCol}${r}/${uvCol}${r},"")`,
      figures.uv && figures.buyers !== null ? figures.buyers / figures.uv : '',
      PERCENT,
    ),
    formula(
      `IF(AND(${gmvCol}${r}<>"",N(${buyersCol}${r})>0),${gmvCol}${r}/${buyersCol}${r},"")`,
      figures.buyers && figures.gmvMinor !== null ? figures.gmvMinor / perMajor / figures.buyers : '',
      MONEY,
    ),
  ];
  // A period's: both figures summed over the days that have both (docs/figures.md "Ratios over
  // the days both figures have"), as the review screen works them out.
  const pairedCell = (top: string, bottom: string, first: number, last: number) => {
    const a = `${top}${first}:${top}${last}`;
    const b = `${bottom}${first}:${bottom}${last}`;
    const both = `(${a}<>"")*(${b}<>"")`;
    return `IFERROR(SUMPRODUCT(${both},${a})/SUMPRODUCT(${both},${b}),"")`;
  };
  const totalDerivedCells = (first: number, last: number, totals: ActualTotals): Cell[] => {
    const { conversion, aov } = totals.paired;
    return [
      formula(
        pairedCell(buyersCol, uvCol, first, last),
        conversion && conversion.denominator ? conversion.numerator / conversion.denominator : '',
        PERCENT,
      ),
      formula(
        pairedCell(gmvCol, buyersCol, first, last),
        aov && aov.denominator ? aov.numerator / perMajor / aov.denominator : '',
        MONEY,
      ),
    ];
  };
  const figureCells = (figures: ActualFigures): Cell[] =>
    actualFigureKeys.map((k) => {
      const v = figures[k];
      return v === null ? null : moneyKeys.has(k) ? money(v, perMajor, MONEY) : num(v, COUNT);
    });

  // Block 1: the shop per day as the review counts it (shop row, channel rows where it is silent),
  // each period with a total row of SUM formulas.
  rows.push(head.map(text));
  for (const period of ['campaign', 'baseline'] as const) {
    const days = shopDays(dailyActuals(doc), period);
    if (days.length === 0) continue;
    const first = rows.length + 1;
    for (const d of days) {
      const r = rows.length + 1;
      rows.push([
        date(d.date),
        text(labels.periods[period]),
        text(labels.shop),
        ...figureCells(d.figures),
        ...derivedCells(r, d.figures),
      ]);
    }
    const last = rows.length;
    const totals = sumActuals(dailyActuals(doc), period);
    rows.push([
      text(labels.total),
      text(labels.periods[period]),
      text(labels.shop),
      ...actualFigureKeys.map((k) => {
        const c = col(colOf(k));
        const v = totals[k] ?? 0;
        return formula(
          `SUM(${c}${first}:${c}${last})`,
          moneyKeys.has(k) ? v / perMajor : v,
          moneyKeys.has(k) ? MONEY : COUNT,
        );
      }),
      ...totalDerivedCells(first, last, totals),
    ]);
    rows.push([]);
  }

  // Block 2: the channel rows as entered, a breakdown (not added to the shop totals above).
  const channelRows = dailyActuals(doc)
    .filter((a) => a.channelId !== null)
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        a.date.localeCompare(b.date) ||
        String(a.channelId).localeCompare(String(b.channelId)),
    );
  if (channelRows.length > 0) {
    rows.push(head.map(text));
    for (const a of channelRows) {
      const r = rows.length + 1;
      rows.push([
        date(a.date),
        text(labels.periods[a.period]),
        text(channelNames.get(a.channelId ?? '') ?? String(a.channelId)),
        ...figureCells(a),
        ...derivedCells(r, a),
      ]);
    }
  }
  return sheetOf(rows, [12, 10, 14, ...actualFigureKeys.map(() => 12), 12, 12], 5);
}

/** The goal's value as the sheet shows it: money in major units, everything else as is. */
function sheetValue(goalUnit: string, value: number | null, perMajor: number): Cell {
  if (value === null) return null;
  if (goalUnit === 'money') return money(value, perMajor, MONEY);
  if (goalUnit === 'rate') return num(value, PERCENT);
  return num(value, '#,##0.00');
}

function attainmentSheet(
  doc: PlanDocument,
  figures: Pick<PlanFigures, 'goals'>,
  labels: ReviewWorkbookLabels,
  perMajor: number,
  exportedAt: string,
): ReviewSheet {
  const rows: Cell[][] = headerRows(doc, labels, exportedAt);
  rows.push(
    [
      labels.goal,
      labels.metric,
      labels.unit,
      labels.direction,
      labels.actual,
      labels.target,
      labels.targetMax,
      labels.baseline,
      labels.attainment,
      labels.status,
      labels.coverage,
      labels.note,
    ].map(text),
  );
  for (const a of figures.goals) {
    const unit = a.goal.unit;
    rows.push([
      text(a.goal.title),
      text(a.goal.metric ? labels.metrics[a.goal.metric] : ''),
      text(labels.units[unit]),
      text(labels.directions[a.goal.direction]),
      sheetValue(unit, a.actual, perMajor),
      sheetValue(unit, a.target, perMajor),
      a.goal.direction === 'range' ? sheetValue(unit, a.goal.targetMax, perMajor) : null,
      sheetValue(unit, a.baseline, perMajor),
      a.attainment === null ? null : num(a.attainment, '0.0%'),
      a.status === 'unknown' ? null : text(labels.statuses[a.status]),
      a.coverage === null ? null : num(a.coverage, '0.0%'),
      a.isProvisional ? text(labels.provisional) : null,
    ]);
  }
  return sheetOf(rows, [24, 12, 8, 12, 14, 14, 14, 14, 12, 10, 12, 10], 5);
}

function scoreSheet(
  doc: PlanDocument,
  score: CompositeScore,
  labels: ReviewWorkbookLabels,
  exportedAt: string,
): ReviewSheet {
  const rows: Cell[][] = headerRows(doc, labels, exportedAt);
  rows.push([text(labels.method), text(labels.methodName)]);
  rows.push(
    [
      labels.indicator,
      labels.weight,
      labels.attainment,
      labels.points,
      labels.contribution,
      labels.coverage,
      labels.note,
    ].map(text),
  );
  for (const r of score.rows) {
    rows.push([
      text(r.indicator.name),
      num(r.weight, '0.0%'),
      r.attainment === null ? null : num(r.attainment, '0.0%'),
      // The engine's points: 100 × min(attainment, 100 %), × coverage for a provisional actual.
      r.points === null ? null : num(r.points, '0.0'),
      r.contribution === null ? null : num(r.contribution, '0.00'),
      r.provisionalCoverage === null ? null : num(r.provisionalCoverage, '0.0%'),
      r.provisionalCoverage === null ? null : text(labels.provisional),
    ]);
  }
  if (score.score !== null) {
    rows.push([text(labels.score), null, null, null, num(score.score, '0.0')]);
  } else {
    rows.push([text(labels.score), text(labels.noScore)]);
  }
  if (score.ahp) {
    rows.push([]);
    rows.push([text('λmax'), num(score.ahp.lambdaMax, '0.000')]);
    rows.push([text('CI'), num(score.ahp.ci, '0.000')]);
    rows.push([text('RI'), num(score.ahp.ri, '0.00')]);
    rows.push([text('CR'), num(score.ahp.cr, '0.000')]);
    const matrix = doc.review?.ahpMatrix ?? [];
    rows.push([]);
    rows.push([null, ...score.rows.map((r) => text(r.indicator.name))]);
    matrix.forEach((row, i) =>
      rows.push([text(score.rows[i]?.indicator.name ?? ''), ...row.map((v) => num(v, '0.000'))]),
    );
  }
  if (score.fuzzy) {
    rows.push([]);
    rows.push([text(labels.fuzzy), text(labels.grades[score.fuzzy.grade])]);
    fuzzyGrades.forEach((g, j) =>
      rows.push([text(labels.grades[g]), num(score.fuzzy?.memberships[j] ?? 0, '0.0%')]),
    );
  }
  return sheetOf(rows, [24, 12, 12, 10, 12, 12, 10], 6);
}

function incidentsSheet(doc: PlanDocument, labels: ReviewWorkbookLabels, exportedAt: string): ReviewSheet {
  const rows: Cell[][] = headerRows(doc, labels, exportedAt);
  rows.push(...incidentRows(doc, labels.incidents));
  return sheetOf(rows, [17, 8, 28, 8, 10, 24, 10, 17, 18], 5);
}

function baselinesSheet(
  doc: PlanDocument,
  comparison: BaselineComparison,
  labels: ReviewWorkbookLabels,
  perMajor: number,
  exportedAt: string,
): ReviewSheet {
  const rows: Cell[][] = headerRows(doc, labels, exportedAt);
  rows.push(...baselineRows(comparison, labels.baselines, perMajor));
  // The first table's header row is styled; each table has its own, so none repeats on print.
  return { ...sheetOf(rows, [18, 12, 12, 10, 12, 12, 12, 12, 12, 10, 12], 6), repeatHeader: false };
}

/** The review workbook of a plan, from the figures engine's output for it (`computeFigures`). */
export function buildReviewWorkbook(
  doc: PlanDocument,
  figures: Pick<PlanFigures, 'goals' | 'reviewScore'>,
  labels: ReviewWorkbookLabels,
  opts: {
    perMajor: number;
    exportedAt: string;
    language: Language;
    /** The engine's comparison with the named baselines (compareWithBaselines); none: no sheet. */
    baselines?: BaselineComparison;
  },
): Uint8Array {
  const saved = localDateTime(doc.plan.updatedAt);
  const sheets = [
    [labels.sheets.data, dataSheet(doc, labels, opts.perMajor, opts.exportedAt)],
    [labels.sheets.attainment, attainmentSheet(doc, figures, labels, opts.perMajor, opts.exportedAt)],
    [labels.sheets.score, scoreSheet(doc, figures.reviewScore, labels, opts.exportedAt)],
    [labels.sheets.incidents, incidentsSheet(doc, labels, opts.exportedAt)],
    ...(opts.baselines && opts.baselines.baselines.length > 0
      ? ([
          [
            labels.sheets.baselines,
            baselinesSheet(doc, opts.baselines, labels, opts.perMajor, opts.exportedAt),
          ],
        ] as const)
      : []),
  ] as const;
  return writeWorkbook(
    sheets.map(([name, { sheet, headerRow, repeatHeader }]) => {
      const cells = new Map<string, string>();
      const width = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').e.c + 1;
      for (let c = 0; c < width; c++)
        if (sheet[`${col(c)}${headerRow}`]) cells.set(`${col(c)}${headerRow}`, 'header');
      return {
        name: safeSheetName(name),
        sheet,
        decoration: { cells },
        titleRows: repeatHeader === false ? undefined : { first: headerRow, last: headerRow },
      };
    }),
    headerStyle,
    {
      planName: doc.plan.name,
      version: `${saved.date} ${saved.time}`,
      currency: doc.plan.currency,
      exportedAt: opts.exportedAt,
      language: opts.language,
    },
  );
}
