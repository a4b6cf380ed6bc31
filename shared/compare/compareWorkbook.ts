import * as XLSX from 'xlsx';
import { currencyMinorDigits } from '../budget/money';
import {
  money,
  num,
  formula,
  sheetOf,
  text,
  fitWidths,
  type OutCell,
  type OutRow,
} from '../xlsx/write/cells';
import { headerStyle, localDateTime, safeSheetName, writeWorkbook } from '../xlsx/write/workbook';
import { peakOffsetLabel } from '../charts/compareCharts';
import type { CompareRow, CompareUnit, Comparison } from './compare';

/**
 * The comparison as one workbook (docs/compare.md), through the one workbook writer: a sheet of
 * every row with each plan's value and, for the plans after the first, Δ and %Δ as formulas over
 * the value cells (blank where the definition leaves them blank); a sheet of daily GMV aligned on
 * the peak; a sheet of lessons. Planner text is always a string cell.
 */

export interface CompareWorkbookLabels {
  sheets: { compare: string; daily: string; lessons: string };
  title: string;
  exportedAt: string;
  section: string;
  figure: string;
  delta: (plan: string) => string;
  pctDelta: (plan: string) => string;
  sections: Record<CompareRow['section'], string>;
  /** The row's name as the screen shows it. */
  rowName: (row: CompareRow) => string;
  offset: string;
  lessonKind: Record<'worked' | 'didNotWork' | 'action', string>;
  /** The language of the printed pages' header and footer. */
  language: 'zh' | 'en';
}

const formats: Record<CompareUnit, string> = {
  money: '#,##0.00',
  count: '#,##0',
  rate: '0.00%',
  percent: '0.0%',
  ratio: '0.00',
  score: '0.0',
};

function valueCell(v: number | null, unit: CompareUnit, perMajor: number): OutCell | null {
  if (v === null) return null;
  return unit === 'money' ? money(v, perMajor) : num(v, formats[unit]);
}

export function buildCompareWorkbook(
  c: Comparison,
  labels: CompareWorkbookLabels,
  exportedAt: string,
): Uint8Array {
  const perMajor = c.plans.map((p) => 10 ** currencyMinorDigits(p.currency));
  const when = localDateTime(exportedAt);
  const head: OutRow = [text(labels.section), text(labels.figure), text(c.plans[0]?.name ?? '')];
  c.plans
    .slice(1)
    .forEach((p) => head.push(text(p.name), text(labels.delta(p.name)), text(labels.pctDelta(p.name))));
  const rows: OutRow[] = [
    [text(labels.title)],
    [text(labels.exportedAt), text(`${when.date} ${when.time}`)],
    [],
    head,
  ];
  const col = (i: number) => XLSX.utils.encode_col(i);
  for (const r of c.rows) {
    const excelRow = rows.length + 1;
    const line: OutRow = [text(labels.sections[r.section]), text(labels.rowName(r))];
    line.push(valueCell(r.values[0] ?? null, r.unit, perMajor[0]!));
    const aRef = `${col(2)}${excelRow}`;
    r.values.slice(1).forEach((v, k) => {
      const i = k + 1;
      const bCol = 3 + k * 3;
      const bRef = `${col(bCol)}${excelRow}`;
      line.push(valueCell(v, r.unit, perMajor[i]!));
      const d = r.deltas[i]!;
      const scale = r.unit === 'money' ? perMajor[i]! : 1;
      line.push(d.delta === null ? null : formula(`${bRef}-${aRef}`, d.delta / scale, formats[r.unit]));
      line.push(d.pct === null ? null : formula(`(${bRef}-${aRef})/ABS(${aRef})`, d.pct, '0.0%'));
    });
    rows.push(line);
  }
  const cells = new Map<string, string>();
  head.forEach((_, i) => cells.set(`${col(i)}4`, 'header'));
  const compare = sheetOf(rows);
  compare['!cols'] = fitWidths(rows.slice(3));

  const daily: OutRow[] = [[text(labels.offset), ...c.plans.map((p) => text(p.name))]];
  c.aligned.offsets.forEach((t, j) =>
    daily.push([
      text(peakOffsetLabel(t)),
      ...c.aligned.series.map((s, i) => money(s[j] ?? null, perMajor[i]!)),
    ]),
  );
  const lessons: OutRow[] = [];
  c.plans.forEach((p, i) => {
    lessons.push([text(p.name)]);
    for (const l of c.lessons[i] ?? []) lessons.push([text(labels.lessonKind[l.kind]), text(l.text)]);
    lessons.push([]);
  });
  return writeWorkbook(
    [
      {
        name: safeSheetName(labels.sheets.compare),
        sheet: compare,
        decoration: { freeze: { rows: 4, cols: 2 }, cells },
      },
      {
        name: safeSheetName(labels.sheets.daily),
        sheet: sheetOf(daily),
        decoration: { freeze: { rows: 1, cols: 1 } },
      },
      { name: safeSheetName(labels.sheets.lessons), sheet: sheetOf(lessons) },
    ],
    headerStyle,
    {
      // A comparison has no one saved version: the pages say when it was taken.
      planName: labels.title,
      version: `${when.date} ${when.time}`,
      currency: [...new Set(c.plans.map((p) => p.currency))].join('/'),
      exportedAt: `${when.date} ${when.time}`,
      language: labels.language,
    },
  );
}
