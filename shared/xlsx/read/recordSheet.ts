import { minorPerMajor } from '../../budget/money';
import { makeProblem, type ImportProblem, type ProblemCode, type ProblemSeverity } from '../problems';
import type { CellValue, SheetGrid } from './grid';
import type { FieldDef } from './fields';
import { parseCount, parseMoneyMinor, type Parsed } from './numbers';
import {
  openSheet,
  prepareDates,
  textOf,
  type DateReader,
  type MappedRow,
  type SheetMapping,
  type SheetReader,
} from './rows';
import type { RowsContext } from './schedule';

/** A number cell as a reader holds it: null when blank, 'bad' when a problem was raised at it. */
export type CellNumber = number | null | 'bad';

/**
 * What every reader of one kind of record (budget lines, goals, SKUs, daily actuals, tasks) does
 * with its sheet, in one place: open it on the mapping, prepare its date columns, read number and
 * date cells into problems that name the row and the field, and keep a row only when it raised no
 * error. A reader adds only which fields it reads and the record it builds.
 */
export interface RecordSheet extends SheetReader {
  dates: DateReader;
  /** Minor units per major unit of the plan's currency. */
  perMajor: number;
  /** Spreadsheet rows left out because of an error. */
  rejectedRows: number[];
  /** The field's name in both languages, as a problem names it. */
  fieldLabel(field: string): { fieldZh: string; fieldEn: string };
  /** A problem at the row's cell that quotes the cell's text and names its field. */
  flag(code: ProblemCode, row: MappedRow, field: string, severity?: ProblemSeverity): void;
  /**
   * A number cell read with `parse` (given the column's 万 factor): text that is no number, or a
   * negative number where `negative` is 'refused', is flagged at its cell and 'bad'.
   */
  number(
    row: MappedRow,
    field: string,
    parse: (value: CellValue, columnFactor: number) => Parsed<number>,
    negative?: 'allowed' | 'refused',
  ): CellNumber;
  /** Money in minor units of the plan's currency. */
  money(row: MappedRow, field: string, negative?: 'allowed' | 'refused'): CellNumber;
  /** A whole count, never negative. */
  count(row: MappedRow, field: string): CellNumber;
  /**
   * A date cell, YYYY-MM-DD with its time of day if it had one. An unreadable date is flagged; a
   * blank one is null, or flagged as missing (naming the field) when `required`.
   */
  date(row: MappedRow, field: string, required?: 'required'): { date: string; time: string | null } | null;
  /**
   * Reads every row: `read` checks its cells (raising problems on the sheet) and returns the step
   * that keeps its record, which runs only when the row raised no error; a row that did joins
   * `rejectedRows`. `read` may return null to skip a row that is no record (a section heading).
   */
  eachRow(read: (row: MappedRow) => (() => void) | null): void;
}

/** Which fields a reader reads: they name the problems and decide which columns hold dates. */
interface RecordSheetSpec {
  fields: readonly FieldDef[];
  /** The fields that name a record in problems (openSheet's label fields). */
  labelFields: readonly string[];
  dateFields?: readonly string[];
}

function openRecordSheet(
  grid: SheetGrid,
  mapping: SheetMapping,
  spec: RecordSheetSpec & { ctx: RowsContext },
): RecordSheet {
  const reader = openSheet(grid, mapping, spec.labelFields);
  const { problems } = reader;
  const dates = prepareDates(reader, spec.dateFields ?? [], {
    planStart: spec.ctx.planStart,
    today: spec.ctx.today,
  });
  const perMajor = minorPerMajor(spec.ctx.currency);
  const rejectedRows: number[] = [];
  const fieldLabel = (key: string): { fieldZh: string; fieldEn: string } => {
    const def = spec.fields.find((d) => d.key === key);
    return { fieldZh: def?.label.zh ?? key, fieldEn: def?.label.en ?? key };
  };
  const flag = (code: ProblemCode, row: MappedRow, field: string, severity?: ProblemSeverity): void => {
    problems.push(
      makeProblem(
        code,
        { value: textOf(row, field), ...fieldLabel(field) },
        reader.place(row, field),
        severity,
      ),
    );
  };
  const number: RecordSheet['number'] = (row, field, parse, negative = 'refused') => {
    const parsed = parse(row.cells[field] ?? null, reader.unitFactor(field));
    if (parsed === null) return null;
    if (!parsed.ok) flag('notANumber', row, field);
    else if (parsed.value < 0 && negative === 'refused') flag('negativeNotAllowed', row, field);
    else return parsed.value;
    return 'bad';
  };
  return {
    ...reader,
    dates,
    perMajor,
    rejectedRows,
    fieldLabel,
    flag,
    number,
    money: (row, field, negative) =>
      number(row, field, (value, factor) => parseMoneyMinor(value, factor, perMajor), negative),
    count: (row, field) => number(row, field, parseCount),
    date(row, field, required) {
      const d = dates.read(row, field);
      if (d.ok) return { date: d.date, time: d.time };
      if (d.reason === 'blank' && !required) return null;
      const code =
        d.reason === 'blank' ? 'missingDate' : d.reason === 'impossible' ? 'impossibleDate' : 'invalidDate';
      const params = required
        ? { value: textOf(row, field), ...fieldLabel(field) }
        : { value: textOf(row, field) };
      problems.push(makeProblem(code, params, reader.place(row, field)));
      return null;
    },
    eachRow(read) {
      for (const row of reader.rows) {
        const before = problems.length;
        const keep = read(row);
        if (keep === null) continue;
        if (problems.slice(before).some((p) => p.severity === 'error')) rejectedRows.push(row.excelRow);
        else keep();
      }
    },
  };
}

/** The value of a number cell that raised no problem (null when blank or bad). */
export function numberOf(value: CellNumber): number | null {
  return typeof value === 'number' ? value : null;
}

/** What every reader's result tells beside its records: the rows left out and the rows read. */
interface RecordSheetCounts {
  rejectedRows: number[];
  rowCount: number;
}

/**
 * A reader of one kind of record, the one shape they all have: it opens the sheet on the mapping
 * with `spec`, `read` builds the records, and the result carries them with the rows left out, the
 * number of rows read and every problem raised on the sheet.
 */
export function recordSheetReader<V extends RecordSheetCounts, C extends RowsContext = RowsContext>(
  spec: RecordSheetSpec,
  read: (sheet: RecordSheet, ctx: C) => Omit<V, keyof RecordSheetCounts>,
): (grid: SheetGrid, mapping: SheetMapping, ctx: C) => { value: V; problems: ImportProblem[] } {
  return (grid, mapping, ctx) => {
    const sheet = openRecordSheet(grid, mapping, { ...spec, ctx });
    const records = read(sheet, ctx);
    return {
      value: { ...records, rejectedRows: sheet.rejectedRows, rowCount: sheet.rows.length } as V,
      problems: sheet.problems,
    };
  };
}
