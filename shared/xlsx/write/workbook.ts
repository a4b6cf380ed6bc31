import * as XLSX from 'xlsx';
import type { PlanDocument } from '../../domain';
import { decorateXlsx, type CellStyle, type SheetDecoration } from './decorate';
import {
  PRINT_MARGINS,
  orientationFor,
  printHeaderFooter,
  printTitlesRef,
  type Orientation,
  type PrintInfo,
} from './printSetup';

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
  /** Header rows repeated on every printed page (1-based, inclusive). */
  titleRows?: { first: number; last: number };
  /** Overrides the orientation worked out from the column widths. */
  orientation?: Orientation;
}

export const headerStyle: Record<string, CellStyle> = {
  header: { bold: true, fill: '#e7ecf5' },
  title: { bold: true },
  total: { bold: true, fill: '#f1f3f5' },
};

/** What every printed page says about the plan: its name, version (last saved), currency, export time. */
export function printInfoOf(doc: PlanDocument, options: ExportOptions): PrintInfo {
  const saved = localDateTime(doc.plan.updatedAt);
  const exported = localDateTime(options.exportedAt);
  return {
    planName: doc.plan.name,
    version: `${saved.date} ${saved.time}`,
    currency: doc.plan.currency,
    exportedAt: `${exported.date} ${exported.time}`,
    language: options.language,
  };
}

/**
 * Writes sheets to .xlsx bytes, then adds the styling and page setup SheetJS CE cannot write.
 * Every visible sheet prints one page wide on A4 (landscape when its columns are wide), with its
 * title rows repeated and the plan's print details in the header and footer.
 */
export function writeWorkbook(
  sheets: readonly SheetSpec[],
  styles: Record<string, CellStyle>,
  print: PrintInfo,
): Uint8Array {
  const wb = XLSX.utils.book_new();
  const hf = printHeaderFooter(print);
  const decorations = sheets.map((s): SheetDecoration | undefined => {
    if (s.hidden) return s.decoration;
    s.sheet['!margins'] = { ...PRINT_MARGINS };
    const orientation = s.orientation ?? orientationFor(s.sheet['!cols']);
    return { ...s.decoration, page: { orientation, ...hf } };
  });
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, s.sheet, s.name);
  wb.Workbook = {
    Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })),
    Names: sheets.flatMap((s, i) =>
      s.titleRows && !s.hidden
        ? [{ Name: '_xlnm.Print_Titles', Sheet: i, Ref: printTitlesRef(s.name, s.titleRows) }]
        : [],
    ),
  };
  // 'buffer' (a Buffer in Node, a Uint8Array in a browser) skips SheetJS's detour through a
  // binary string that 'array' takes, which costs seconds on a 5,000-line workbook.
  const raw = XLSX.write(wb, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: false,
  }) as Uint8Array;
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayLike<number>);
  return decorateXlsx(bytes, styles, decorations);
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
