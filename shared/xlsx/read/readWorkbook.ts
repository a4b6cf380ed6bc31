import * as XLSX from 'xlsx';
import { makeProblem, type ImportResult } from '../problems';
import { serialToDate, type CellValue, type SheetGrid, type WorkbookGrid } from './grid';
import { deepestCellBeyond, worksheetParts, type ZipFiles } from './farCells';
import { declaredUnpackedSize, MAX_UNPACKED_BYTES, type UnpackedSize } from './zipGuard';
import { storedCopy } from './storedZip';

import { MAX_FILE_BYTES } from '../fileLimit';

export { MAX_FILE_BYTES };
/**
 * Rows per sheet; SheetJS stops reading after one more, so a huge sheet is refused quickly. Cells
 * it skips below that row are found by farCells.ts and reported, never dropped silently.
 */
export const MAX_SHEET_ROWS = 100_000;

type Format = WorkbookGrid['format'];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a text file. Excel in China saves CSV as GB18030 (GBK) unless told otherwise, so
 * strict UTF-8 (with or without a BOM) is tried first and GB18030 second; UTF-16 with a BOM is
 * read as such.
 */
function decodeText(bytes: Uint8Array): string | null {
  // Excel's "Unicode text" (and some back offices' exports) is UTF-16 with a byte-order mark,
  // tab-separated; its NUL bytes would otherwise mark it as binary below.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return null;
    }
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return null; // UTF-16 and binary files carry NULs; a CSV never does
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control > sample.length / 100) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

function sniffFormat(bytes: Uint8Array): Format | 'text' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'; // zip: xlsx or ods
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls'; // OLE2 (BIFF8)
  if (startsWith(bytes, [0x09, 0x08]) || startsWith(bytes, [0x09, 0x04]) || startsWith(bytes, [0x09, 0x02]))
    return 'xls'; // bare BIFF2–5 streams
  return 'text';
}

const isDateFormat = (fmt: string): boolean => {
  try {
    return XLSX.SSF.is_date(fmt);
  } catch {
    return false;
  }
};

function toCellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'n': {
      const v = cell.v as number;
      if (!Number.isFinite(v)) return null;
      const fmt = typeof cell.z === 'string' ? cell.z : '';
      if (fmt && fmt !== 'General' && isDateFormat(fmt) && v > 0 && v < 2_958_466) {
        return { kind: 'date', ...serialToDate(v) };
      }
      if (fmt.includes('%')) return { kind: 'percent', fraction: v };
      return v;
    }
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime())
        ? null
        : { kind: 'date', date: d.toISOString().slice(0, 10), time: null };
    }
    default:
      return null; // 'e' (#REF!, #N/A …) and 'z' stubs carry nothing usable
  }
}

function sheetToGrid(ws: XLSX.WorkSheet, name: string, hidden: boolean): SheetGrid {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: CellValue[][] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const row: CellValue[] = [];
    if (src) {
      for (let c = 0; c < src.length; c++) row.push(toCellValue(src[c]));
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
    rows.push(row);
  }
  // Merged cells: the value lives in the top-left cell; planners mean it for every cell covered.
  for (const m of ws['!merges'] ?? []) {
    const value = rows[m.s.r]?.[m.s.c] ?? null;
    if (value === null) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = rows[r] ?? (rows[r] = []);
      for (let c = m.s.c; c <= m.e.c; c++) {
        while (row.length < c) row.push(null);
        const here = row[c];
        if (here === null || here === undefined || (typeof here === 'string' && here.trim() === ''))
          row[c] = value;
      }
    }
  }
  return { name, rows, hidden };
}

function rowCountOf(ws: XLSX.WorkSheet): number {
  const ref = (ws['!fullref'] as string | undefined) ?? ws['!ref'];
  if (!ref) return 0;
  return XLSX.utils.decode_range(ref).e.r + 1;
}

/** A cell with content below the row limit in an .xlsx (which SheetJS skipped), as a problem. */
function cellBeyondRowLimit(wb: XLSX.WorkBook, file: string) {
  const book = wb as XLSX.WorkBook & { files?: ZipFiles; Directory?: { workbooks?: string[] } };
  if (!book.files) return null;
  const workbookPath = book.Directory?.workbooks?.[0] ?? 'xl/workbook.xml';
  for (const [sheetName, xml] of worksheetParts(book.files, workbookPath)) {
    const cell = deepestCellBeyond(xml, MAX_SHEET_ROWS);
    if (cell) {
      return makeProblem(
        'cellBeyondRowLimit',
        { file, sheetName, cell: cell.ref.replace(/\$/g, '').toUpperCase(), limit: MAX_SHEET_ROWS },
        { sheet: sheetName },
      );
    }
  }
  return null;
}

/** "EncryptedPackage" in UTF-16LE: the stream Office keeps a password-protected workbook in. */
const ENCRYPTED_PACKAGE = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);

/**
 * A workbook with a password to open it, which no reader here can open and which is not damaged:
 * Office stores it as an OLE container with an EncryptedPackage stream (even for .xlsx), and a zip
 * encrypted with a password marks its first part as such (general-purpose flag bit 0).
 */
function isPasswordProtected(
  bytes: Uint8Array,
  sniffed: string | null,
  unpacked: UnpackedSize | null,
): boolean {
  // A zip's first part marked encrypted, in a zip with a directory (not the start of one cut short).
  if (sniffed === 'xlsx') return (bytes[6]! & 1) === 1 && unpacked !== null;
  if (sniffed !== 'xls') return false;
  const first = ENCRYPTED_PACKAGE[0]!;
  outer: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < ENCRYPTED_PACKAGE.length; k++)
      if (bytes[i + k] !== ENCRYPTED_PACKAGE[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Reads the bytes of a workbook or CSV into plain grids. Never throws; nothing in the file is
 * evaluated (formulas give their cached values) or turned into HTML.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string): ImportResult<WorkbookGrid> {
  const file = fileName;
  if (bytes.length > MAX_FILE_BYTES) {
    const sizeMb = (bytes.length / 1024 / 1024).toFixed(1);
    const limitMb = Math.round(MAX_FILE_BYTES / 1024 / 1024);
    return { value: null, problems: [makeProblem('fileTooLarge', { file, sizeMb, limitMb })] };
  }
  if (bytes.length === 0) return { value: null, problems: [makeProblem('emptyFile', { file })] };

  const sniffed = sniffFormat(bytes);
  // The zip's central directory, read once for the size and password checks.
  const unpacked = sniffed === 'xlsx' ? declaredUnpackedSize(bytes) : null;
  if (sniffed === 'xlsx') {
    if (unpacked && unpacked.total > MAX_UNPACKED_BYTES) {
      const part = unpacked.largest?.name ?? '';
      const sizeMb = ((unpacked.largest?.size ?? 0) / 1024 / 1024).toFixed(0);
      const limitMb = MAX_UNPACKED_BYTES / 1024 / 1024;
      return { value: null, problems: [makeProblem('unpackedTooLarge', { file, part, sizeMb, limitMb })] };
    }
  }
  if (isPasswordProtected(bytes, sniffed, unpacked)) {
    return { value: null, problems: [makeProblem('passwordProtected', { file })] };
  }
  // SheetJS reads the parts as fflate inflated them, in one pass that also refuses a damaged part
  // and a zip bomb that declares itself small (storedZip.ts): its own inflate can hang.
  let input = bytes;
  if (sniffed === 'xlsx') {
    const stored = storedCopy(bytes, MAX_UNPACKED_BYTES);
    if (!stored.ok) {
      const problem =
        stored.problem === 'damaged'
          ? makeProblem('damagedFile', { file })
          : makeProblem('inflatesTooLarge', {
              file,
              part: stored.part,
              limitMb: MAX_UNPACKED_BYTES / 1024 / 1024,
            });
      return { value: null, problems: [problem] };
    }
    input = stored.bytes;
  }
  let wb: XLSX.WorkBook;
  let format: Format;
  const common: XLSX.ParsingOptions = {
    dense: true,
    cellDates: false,
    cellNF: true,
    cellHTML: false,
    cellFormula: false,
    cellStyles: false,
    sheetRows: MAX_SHEET_ROWS + 1,
  };
  try {
    if (sniffed === 'text') {
      const text = decodeText(bytes);
      if (text === null || text.trim() === '') {
        return {
          value: null,
          problems: [makeProblem(text === null ? 'notAWorkbook' : 'emptyFile', { file })],
        };
      }
      const isHtml = /^\s*</.test(text) && /<table[\s>]/i.test(text);
      format = isHtml ? 'html' : 'csv';
      // raw: text stays text; the importer reads dates and amounts itself, in the planner's forms.
      wb = XLSX.read(text, { ...common, type: 'string', raw: true });
    } else {
      // bookFiles keeps the unpacked parts, so cells below the row limit can be looked for.
      wb = XLSX.read(input, { ...common, type: 'array', bookFiles: sniffed === 'xlsx' });
      format = sniffed === 'xlsx' ? (wb.bookType === 'ods' ? 'ods' : 'xlsx') : 'xls';
    }
  } catch {
    return {
      value: null,
      problems: [makeProblem(sniffed === 'text' ? 'notAWorkbook' : 'damagedFile', { file })],
    };
  }

  const sheets: SheetGrid[] = [];
  const names = wb.SheetNames ?? [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    const ws = wb.Sheets[name];
    if (!ws) continue;
    if (rowCountOf(ws) > MAX_SHEET_ROWS) {
      return {
        value: null,
        problems: [
          makeProblem('tooManyRows', { file, sheetName: name, limit: MAX_SHEET_ROWS }, { sheet: name }),
        ],
      };
    }
    const hidden = Boolean(wb.Workbook?.Sheets?.[i]?.Hidden);
    sheets.push(sheetToGrid(ws, name, hidden));
  }
  const far = cellBeyondRowLimit(wb, file);
  if (far) return { value: null, problems: [far] };
  if (sheets.length === 0 || sheets.every((s) => s.rows.length === 0)) {
    return { value: null, problems: [makeProblem(sniffed === 'text' ? 'emptyFile' : 'noSheets', { file })] };
  }
  return { value: { fileName, format, sheets }, problems: [] };
}
