import * as XLSX from 'xlsx';
import { isValidIsoDate } from '../../domain/dates';
import { dateToSerial } from '../read/grid';

/**
 * Cells for exported sheets. Every piece of user text is written as a string cell (`t: 's'`),
 * never as a formula, so "=HYPERLINK(…)" or "+86 138…" typed by a planner stays text in Excel
 * (formula injection). Only the exporter's own formulas are formulas.
 */
export type OutCell = XLSX.CellObject;

export const MONEY_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * The XLSX format stores characters XML cannot hold as _xHHHH_, and readers decode any such
 * sequence: so a literal "_x0041_" typed by a planner is stored as "_x005F_x0041_", and a
 * carriage return (which XML would turn into a line feed) as "_x000D_" — as Excel itself does.
 */
function escapeXlsxText(value: string): string {
  return value.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

export function text(value: string): OutCell {
  return { t: 's', v: escapeXlsxText(value) };
}

export function num(value: number, format?: string): OutCell {
  return format ? { t: 'n', v: value, z: format } : { t: 'n', v: value };
}

export function bool(value: boolean): OutCell {
  return { t: 'b', v: value };
}

/** A real Excel date (a serial number shown as a date), computed without any time zone. */
export function date(iso: string | null, format = DATE_FORMAT): OutCell | null {
  if (iso === null) return null;
  if (!isValidIsoDate(iso)) return text(iso);
  return { t: 'n', v: dateToSerial(iso), z: format };
}

/** Money as a number in major units (12,000.50), never as text. */
export function money(minor: number | null, perMajor: number, format = MONEY_FORMAT): OutCell | null {
  if (minor === null) return null;
  return { t: 'n', v: minor / perMajor, z: format };
}

/** One of the exporter's own formulas, with its value computed here so the file reads right before recalculation. */
export function formula(f: string, cached: number | string, format?: string): OutCell {
  const cell: OutCell = typeof cached === 'number' ? { t: 'n', v: cached, f } : { t: 's', v: cached, f };
  if (format) cell.z = format;
  return cell;
}

export type OutRow = (OutCell | null | undefined)[];

/** A sheet from rows of cells (null = no cell). */
export function sheetOf(rows: readonly OutRow[], width?: number): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxCol = (width ?? 1) - 1;
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      ws[XLSX.utils.encode_cell({ r, c })] = cell;
      if (c > maxCol) maxCol = c;
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(rows.length - 1, 0), c: Math.max(maxCol, 0) },
  });
  return ws;
}

/** Quotes a sheet name for use in a formula: 'Budget lines'!A1. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A string literal inside a formula. */
export function formulaString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Display width of text in Excel's character units (CJK characters count double). */
export function textWidth(value: string): number {
  let w = 0;
  for (const ch of value) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}

/** Column widths that fit the header and the longest of the first rows, within sensible bounds. */
export function fitWidths(rows: readonly OutRow[], min = 6, max = 48): XLSX.ColInfo[] {
  const widths: number[] = [];
  const sample = rows.slice(0, 500);
  for (const row of sample) {
    row.forEach((cell, c) => {
      if (!cell) return;
      let w: number;
      if (cell.t === 's') w = textWidth(String(cell.v ?? ''));
      else if (cell.z === DATE_FORMAT) w = 10;
      else if (cell.z === DATETIME_FORMAT) w = 16;
      else if (cell.t === 'n')
        w =
          cell.z === MONEY_FORMAT
            ? String(Math.round(Number(cell.v))).length * 1.35 + 4
            : String(cell.v).length;
      else w = 5;
      widths[c] = Math.max(widths[c] ?? 0, w);
    });
  }
  return widths.map((w) => ({ wch: Math.min(max, Math.max(min, Math.ceil(w + 2))) }));
}
