/**
 * A sheet as plain data, the same in a worker, the window and Node: rows of cell values with
 * merged cells already filled. Dates and percentages keep what the cell's number format said,
 * because 45000 or 0.0325 alone do not tell a date or a rate from a plain number.
 */

/** A cell the spreadsheet itself formats as a date (a real Excel date). */
export interface DateCell {
  kind: 'date';
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm when the cell carries a time of day other than midnight, else null. */
  time: string | null;
}

/** A number the spreadsheet formats as a percentage: 0.0325 shown as 3.25%. */
export interface PercentCell {
  kind: 'percent';
  fraction: number;
}

export type CellValue = string | number | boolean | null | DateCell | PercentCell;

export interface SheetGrid {
  name: string;
  /** rows[r][c], 0-based; ragged: a short row means blank cells to its right. */
  rows: CellValue[][];
  hidden: boolean;
}

export interface WorkbookGrid {
  fileName: string;
  format: 'xlsx' | 'xls' | 'csv' | 'ods' | 'html';
  sheets: SheetGrid[];
}

export function isDateCell(value: CellValue): value is DateCell {
  return typeof value === 'object' && value !== null && value.kind === 'date';
}

export function isPercentCell(value: CellValue): value is PercentCell {
  return typeof value === 'object' && value !== null && value.kind === 'percent';
}

/** The cell as the planner would read it, for messages, previews and text fields. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value.kind === 'date') return value.time ? `${value.date} ${value.time}` : value.date;
  return `${Math.round(value.fraction * 1e8) / 1e6}%`;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's 1900 date system serial (with the 1900 leap-year bug's offset) → YYYY-MM-DD and time. */
export function serialToDate(serial: number): { date: string; time: string | null } {
  const wholeDays = Math.floor(serial);
  const minutes = Math.round((serial - wholeDays) * 24 * 60);
  const d = new Date(EXCEL_EPOCH_MS + wholeDays * DAY_MS);
  const date = d.toISOString().slice(0, 10);
  if (minutes === 0 || minutes >= 24 * 60) return { date, time: null };
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date, time: `${hh}:${mm}` };
}

/** YYYY-MM-DD (and optional HH:mm) → Excel serial, computed in UTC so no time zone shifts a date. */
export function dateToSerial(date: string, time: string | null = null): number {
  const [y, m, d] = date.split('-').map(Number);
  const days = (Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EXCEL_EPOCH_MS) / DAY_MS;
  if (!time) return days;
  const [hh, mm] = time.split(':').map(Number);
  return days + ((hh ?? 0) * 60 + (mm ?? 0)) / (24 * 60);
}
