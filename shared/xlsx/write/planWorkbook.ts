import * as XLSX from 'xlsx';
import { DATA_VERSION, type PlanDocument } from '../../domain';
import {
  DATE_FIELDS,
  META_SHEET,
  PLAN_WORKBOOK_FORMAT,
  fieldLabel,
  planSheetKeys,
  sheetFields,
  sheetTitles,
  type PlanSheetKey,
} from '../planWorkbookFormat';
import { bool, date, fitWidths, num, sheetOf, text, type OutCell, type OutRow } from './cells';
import {
  headerStyle,
  printInfoOf,
  safeSheetName,
  writeWorkbook,
  type ExportOptions,
  type SheetSpec,
} from './workbook';

type Encoding = 'plain' | 'json' | 'date';

function recordsOf(doc: PlanDocument, key: PlanSheetKey): Record<string, unknown>[] {
  if (key === 'plan') return [doc.plan as unknown as Record<string, unknown>];
  if (key === 'review') return doc.review ? [doc.review as unknown as Record<string, unknown>] : [];
  return doc[key] as unknown as Record<string, unknown>[];
}

function encodingOf(field: string, records: readonly Record<string, unknown>[]): Encoding {
  if (DATE_FIELDS.has(field)) return 'date';
  // Readers turn CR LF into LF inside cells; JSON text keeps a carriage return exactly.
  const needsJson = (v: unknown): boolean =>
    (typeof v === 'object' && v !== null) || (typeof v === 'string' && v.includes('\r'));
  return records.some((r) => needsJson(r[field])) ? 'json' : 'plain';
}

function encode(value: unknown, encoding: Encoding): OutCell | null {
  if (value === null || value === undefined) return null;
  if (encoding === 'json') return text(JSON.stringify(value));
  if (encoding === 'date' && typeof value === 'string') return date(value);
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return bool(value);
  return text(JSON.stringify(value));
}

/**
 * Every object of the plan on its own sheet. Reading the file back with `importPlanWorkbook`
 * gives the identical document (a property test holds this for random plans).
 */
export function exportPlanWorkbook(doc: PlanDocument, options: ExportOptions): Uint8Array {
  const lang = options.language;
  const specs: SheetSpec[] = [];
  const metaRows: OutRow[] = [
    [text('format'), text(PLAN_WORKBOOK_FORMAT)],
    [text('dataVersion'), num(DATA_VERSION)],
    [text('exportedAt'), text(options.exportedAt)],
  ];
  const usedNames = new Set<string>();
  for (const key of planSheetKeys) {
    const records = recordsOf(doc, key);
    const fields = [...sheetFields(key)];
    // Fields the schema does not know (from a newer app) are kept, after the known ones.
    for (const r of records) for (const f of Object.keys(r)) if (!fields.includes(f)) fields.push(f);
    const encodings = fields.map((f) => encodingOf(f, records));
    const rows: OutRow[] = [
      fields.map((f) => text(fieldLabel(f)[lang])),
      fields.map((f, i) => text(encodings[i] === 'plain' ? f : `${f}#${encodings[i]}`)),
    ];
    for (const r of records) rows.push(fields.map((f, i) => encode(r[f], encodings[i]!)));
    let name = safeSheetName(sheetTitles[key][lang]);
    while (usedNames.has(name)) name = safeSheetName(`${name}_`);
    usedNames.add(name);
    const sheet = sheetOf(rows, fields.length);
    sheet['!rows'] = [{}, { hidden: true }];
    sheet['!cols'] = fitWidths([rows[0]!, ...rows.slice(2)], 8, 40);
    const cells = new Map<string, string>();
    fields.forEach((_, i) => cells.set(`${XLSX.utils.encode_col(i)}1`, 'header'));
    specs.push({
      name,
      sheet,
      decoration: { freeze: { rows: 2, cols: 0 }, cells },
      titleRows: { first: 1, last: 1 },
    });
    metaRows.push([text('sheet'), text(key), text(name)]);
  }
  specs.push({ name: META_SHEET, sheet: sheetOf(metaRows, 3), hidden: true });
  return writeWorkbook(specs, headerStyle, printInfoOf(doc, options));
}
