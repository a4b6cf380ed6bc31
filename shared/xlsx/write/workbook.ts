import * as XLSX from 'xlsx';
import { decorateXlsx, type CellStyle, type SheetDecoration } from './decorate';

export type { Language } from '../../i18n/locale';
import type { Language } from '../../i18n/locale';

export interface ExportOptions {
  language: Language;
  /** ISO instant of the export, shown in the workbook. */
  exportedAt: string;
}

export interface SheetSpec {
  name: string;
  sheet: XLSX.WorkSheet;
  decoration?: SheetDecoration;
  hidden?: boolean;
}

export const headerStyle: Record<string, CellStyle> = {
  header: { bold: true, fill: '#e7ecf5' },
  title: { bold: true },
  total: { bold: true, fill: '#f1f3f5' },
};

/** Writes sheets to .xlsx bytes, then adds the styling SheetJS CE cannot write. */
export function writeWorkbook(sheets: readonly SheetSpec[], styles: Record<string, CellStyle>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, s.sheet, s.name);
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  // 'buffer' (a Buffer in Node, a Uint8Array in a browser) skips SheetJS's detour through a
  // binary string that 'array' takes, which costs seconds on a 5,000-line workbook.
  const raw = XLSX.write(wb, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: false,
  }) as Uint8Array;
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayLike<number>);
  return decorateXlsx(
    bytes,
    styles,
    sheets.map((s) => s.decoration),
  );
}

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

/** An ISO instant as local wall-clock date and time ("2026-11-23 16:38"), as finance reads it. */
export function localDateTime(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso.slice(0, 10), time: '00:00' };
  const p = (n: number): string => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
    time: `${p(d.getHours())}:${p(d.getMinutes())}`,
  };
}
