import { columnLetter, makeProblem, type ImportProblem, type ProblemPlace } from '../problems';
import { isTotalsLabel } from '../labels';
import { cellText, isBlank, type CellValue, type SheetGrid } from './grid';
import {
  anchorFromTokens,
  inferDateOrder,
  resolveDate,
  tokenizeDate,
  type DateOrder,
  type DateToken,
  type ResolvedDate,
  type YearContext,
} from './dates';
import { fieldDef, type ImportKind } from './fields';
import { readHeader } from './headers';

/** Which column holds which field, as guessed and then corrected by the planner. */
export interface SheetMapping {
  kind: ImportKind;
  sheet: string;
  /** 0-based index of the header row; data starts on the next row. -1: no header, every row is data. */
  headerRow: number;
  /** field key → 0-based column index, or null when the field is not in the sheet. */
  columns: Record<string, number | null>;
  /** Order of slash dates such as 10/11; null lets the importer infer it from the sheet. */
  dateOrder: DateOrder | null;
}

export interface MappedRow {
  /** 0-based index in the grid. */
  index: number;
  /** What the spreadsheet program shows as the row number. */
  excelRow: number;
  cells: Record<string, CellValue>;
}

/** A note written under (or in) a table, e.g. "注：日期以平台公告为准": kept on the plan, not read as data. */
export interface Footnote {
  sheet: string;
  /** What the spreadsheet program shows as the row number. */
  row: number;
  text: string;
}

export interface SheetReader {
  grid: SheetGrid;
  mapping: SheetMapping;
  rows: MappedRow[];
  footnotes: Footnote[];
  place(row: MappedRow | number, field: string): ProblemPlace;
  header(field: string): string;
  /** 10000 when the field's header says 万元. */
  unitFactor(field: string): number;
  isPercentColumn(field: string): boolean;
  problems: ImportProblem[];
}

export function columnOf(mapping: SheetMapping, field: string): number | null {
  const c = mapping.columns[field];
  return typeof c === 'number' && c >= 0 ? c : null;
}

/** 注：…, 备注:…, 说明：…, Note: …, * …, ※ … */
const NOTE_MARKER = /^\s*(?:注|备注|附注|说明|提示|注意|notes?|nb|remarks?|\*+|※)\s*(?:[:：.、]|\s|$)/i;

/**
 * The one text a row holds (a merged cell fills every cell it spans with the same value), with
 * the first column holding it; null when the row holds anything else.
 */
function soleText(src: readonly CellValue[]): { text: string; column: number } | null {
  let found: { text: string; column: number } | null = null;
  for (let c = 0; c < src.length; c++) {
    const v = src[c] ?? null;
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return null;
    if (found === null) found = { text: v.trim(), column: c };
    else if (v.trim() !== found.text) return null;
  }
  return found;
}

/**
 * The data rows under the header, blank rows and totals rows (合计/小计/Total) left out.
 * `labelFields` are the columns where a totals label would be written; the first of them holds
 * the record's name. Footnotes are set apart (docs/import-footnotes.md): a row whose only content
 * is one text that starts like a note (注：, 备注:, Note:, * …), or one text below the last row
 * of the table that is not in the name column (a lone name there is a record missing its data).
 */
export function openSheet(
  grid: SheetGrid,
  mapping: SheetMapping,
  labelFields: readonly string[],
): SheetReader {
  const fields = Object.keys(mapping.columns).filter((k) => columnOf(mapping, k) !== null);
  const headerRow = grid.rows[mapping.headerRow] ?? [];
  const rows: MappedRow[] = [];
  const footnotes: Footnote[] = [];
  let lastTableRow = mapping.headerRow;
  for (let r = mapping.headerRow + 1; r < grid.rows.length; r++) {
    const src = grid.rows[r];
    if (src && src.some((v) => !isBlank(v ?? null)) && soleText(src) === null) lastTableRow = r;
  }
  const nameColumn = labelFields[0] === undefined ? null : columnOf(mapping, labelFields[0]);
  for (let r = mapping.headerRow + 1; r < grid.rows.length; r++) {
    const src = grid.rows[r];
    if (!src || src.length === 0) continue;
    const sole = soleText(src);
    if (
      sole &&
      !isTotalsLabel(sole.text) &&
      (NOTE_MARKER.test(sole.text) || (r > lastTableRow && sole.column !== nameColumn))
    ) {
      footnotes.push({ sheet: grid.name, row: r + 1, text: sole.text });
      continue;
    }
    const cells: Record<string, CellValue> = {};
    let blank = true;
    for (const f of fields) {
      const v = src[columnOf(mapping, f)!] ?? null;
      cells[f] = v;
      if (!isBlank(v)) blank = false;
    }
    if (blank) continue;
    const labels = [...labelFields.map((f) => cells[f] ?? null), src[0] ?? null, src[1] ?? null];
    if (labels.some((v) => typeof v === 'string' && isTotalsLabel(v))) continue;
    rows.push({ index: r, excelRow: r + 1, cells });
  }
  const header = (field: string): string => {
    const c = columnOf(mapping, field);
    // A sheet without a header row (headerRow -1) names its columns by the field they were mapped to.
    return c === null || mapping.headerRow < 0
      ? (fieldDef(mapping.kind, field)?.label.zh ?? field)
      : cellText(headerRow[c] ?? null).trim();
  };
  return {
    grid,
    mapping,
    rows,
    footnotes,
    problems: [],
    header,
    place(row, field) {
      const c = columnOf(mapping, field);
      const index = typeof row === 'number' ? row : row.index;
      return {
        sheet: grid.name,
        row: index + 1,
        column: c === null ? null : columnLetter(c),
        header: header(field),
        cell: c === null ? null : cellText(grid.rows[index]?.[c] ?? null),
      };
    },
    unitFactor(field) {
      const c = columnOf(mapping, field);
      return c === null ? 1 : readHeader(headerRow[c] ?? null).unitFactor;
    },
    isPercentColumn(field) {
      const c = columnOf(mapping, field);
      return c === null ? false : readHeader(headerRow[c] ?? null).isPercent;
    },
  };
}

export interface DateReader {
  read(row: MappedRow, field: string): ResolvedDate;
  order: DateOrder;
}

export interface DateContext {
  /** The open plan's start, to give a year to 10月20日 when the sheet has no full date. */
  planStart: string | null;
  /** Today, the last resort for a missing year (with a warning). */
  today: string;
}

/**
 * Dates are read for the whole sheet at once: the order of 10/11 and the year of 10月20日 come
 * from the other dates in the same sheet.
 */
export function prepareDates(reader: SheetReader, fields: readonly string[], ctx: DateContext): DateReader {
  const tokens = new Map<string, DateToken>();
  const all: DateToken[] = [];
  for (const row of reader.rows) {
    for (const f of fields) {
      const t = tokenizeDate(row.cells[f] ?? null);
      tokens.set(`${row.index}:${f}`, t);
      all.push(t);
    }
  }
  const inferred = inferDateOrder(all);
  const order: DateOrder = reader.mapping.dateOrder ?? (inferred === 'dm' ? 'dm' : 'md');
  const firstSlash = (): { row: MappedRow; field: string; text: string } | null => {
    for (const row of reader.rows)
      for (const f of fields)
        if (tokens.get(`${row.index}:${f}`)?.kind === 'slash')
          return { row, field: f, text: cellText(row.cells[f] ?? null) };
    return null;
  };
  if (!reader.mapping.dateOrder && inferred === null) {
    const s = firstSlash();
    const token = s ? tokens.get(`${s.row.index}:${s.field}`) : undefined;
    if (s && token?.kind === 'slash' && token.a !== token.b) {
      reader.problems.push(
        makeProblem('ambiguousDateOrder', { value: s.text }, reader.place(s.row, s.field), 'warning'),
      );
    }
  }

  const fromSheet = anchorFromTokens(all);
  const titleYear = yearInTitleRows(reader.grid, reader.mapping.headerRow);
  const years: YearContext = fromSheet
    ? { anchor: fromSheet, anchorFrom: 'sheet' }
    : ctx.planStart
      ? { anchor: ctx.planStart, anchorFrom: 'context' }
      : titleYear
        ? { anchor: `${titleYear}-07-01`, anchorFrom: 'sheet' }
        : { anchor: ctx.today, anchorFrom: 'assumed' };
  let warnedYear = false;

  return {
    order,
    read(row, field) {
      const token = tokens.get(`${row.index}:${field}`) ?? tokenizeDate(row.cells[field] ?? null);
      if (
        token.kind === 'slash' &&
        inferred === 'mixed' &&
        !reader.mapping.dateOrder &&
        token.a !== token.b &&
        token.a <= 12 &&
        token.b <= 12
      ) {
        reader.problems.push(
          makeProblem(
            'mixedDateOrder',
            { value: cellText(row.cells[field] ?? null) },
            reader.place(row, field),
          ),
        );
        return { ok: false, reason: 'invalid' };
      }
      const resolved = resolveDate(token, order, years);
      if (resolved.ok && resolved.yearFrom === 'assumed' && !warnedYear) {
        warnedYear = true;
        reader.problems.push(
          makeProblem(
            'yearAssumed',
            { value: cellText(row.cells[field] ?? null), year: resolved.date.slice(0, 4) },
            reader.place(row, field),
            'warning',
          ),
        );
      }
      return resolved;
    },
  };
}

function yearInTitleRows(grid: SheetGrid, headerRow: number): number | null {
  for (let r = 0; r < headerRow; r++) {
    for (const v of grid.rows[r] ?? []) {
      const m = /(20\d{2})\s*年?/.exec(cellText(v));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/** The text of the title rows above the header: a plan name for an imported sheet. */
export function titleAbove(grid: SheetGrid, headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++) {
    const texts = (grid.rows[r] ?? []).map(cellText).filter((t) => t.trim() !== '');
    if (texts.length > 0) return texts[0]!.trim();
  }
  return null;
}

export function textOf(row: MappedRow, field: string): string {
  return cellText(row.cells[field] ?? null).trim();
}
