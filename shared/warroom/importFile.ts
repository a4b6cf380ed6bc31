import type { Channel } from '../domain';
import { inFile, makeProblem, type ImportProblem, type ImportResult } from '../xlsx/problems';
import { findHeaderRow, HEADER_SCAN_ROWS } from '../xlsx/read/headers';
import type { SheetGrid, WorkbookGrid } from '../xlsx/read/grid';
import { readWorkbook } from '../xlsx/read/readWorkbook';
import type { SheetMapping } from '../xlsx/read/rows';
import { guessHeaderlessMapping, type HeaderlessHints } from './headerless';
import { hourlyFields } from '../xlsx/read/fields';
import {
  importHourlySheet,
  type ColumnMode,
  type HourlyContext,
  type HourlyRow,
  type ValueMode,
} from './importHourly';

/** One sheet as imported, for the mapping screen: its mapping and what was recognised. */
export interface HourlySheetResult {
  mapping: SheetMapping;
  columnModes: Record<string, ColumnMode>;
  mode: ValueMode;
  rowCount: number;
  rejectedRows: number[];
  /**
   * True when the importer did not recognise a header row: the mapping was guessed from the values
   * and the screen asks what each column is and whether the first row is a header.
   */
  headerless: boolean;
  /** 'shop', 'channel' or 'sku': what the rows are about. */
  shape: 'shop' | 'channel' | 'sku';
}

export interface HourlyImport {
  fileName: string;
  rows: HourlyRow[];
  newChannels: Channel[];
  sheets: HourlySheetResult[];
}

/**
 * The default mapping of a sheet: its header row and every hourly column it names; without a
 * header row it recognises, what the values say each column is (`guessHeaderlessMapping`).
 */
export function guessHourlyMapping(grid: SheetGrid, hints?: HeaderlessHints): SheetMapping | null {
  const guess = findHeaderRow(grid, 'hourly');
  if (!guess) return guessHeaderlessMapping(grid, hints);
  const columns: Record<string, number | null> = {};
  for (const def of hourlyFields) columns[def.key] = guess.columns[def.key] ?? null;
  return { kind: 'hourly', sheet: grid.name, headerRow: guess.headerRow, columns, dateOrder: null };
}

/**
 * Every sheet of a workbook that holds hourly figures (a shop sheet, a channel sheet, a SKU sheet),
 * each with its guessed or given mapping. Rows of all sheets are returned together.
 */
export function importHourlyWorkbook(
  workbook: WorkbookGrid,
  ctx: HourlyContext,
  mappings: readonly SheetMapping[] | null = null,
): ImportResult<HourlyImport> {
  const problems: ImportProblem[] = [];
  const rows: HourlyRow[] = [];
  const sheets: HourlySheetResult[] = [];
  let channels = ctx.channels;
  const newChannels: Channel[] = [];
  const chosen =
    mappings ??
    workbook.sheets
      .filter((s) => !s.hidden)
      .map((grid) =>
        guessHourlyMapping(grid, { channels: ctx.channels.map((c) => c.name), products: ctx.products }),
      )
      .filter((m): m is SheetMapping => m !== null);
  if (chosen.length === 0) {
    const first = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
    problems.push(
      makeProblem(
        'noHourlyHeaderRow',
        { sheetName: first?.name ?? '', scanned: HEADER_SCAN_ROWS },
        { sheet: first?.name ?? null },
      ),
    );
    return { value: null, problems: inFile(problems, ctx.fileName) };
  }
  for (const mapping of chosen) {
    const grid = workbook.sheets.find((s) => s.name === mapping.sheet);
    if (!grid) continue;
    const result = importHourlySheet(grid, mapping, { ...ctx, channels });
    problems.push(...result.problems);
    rows.push(...result.value.rows);
    newChannels.push(...result.value.newChannels);
    channels = [...channels, ...result.value.newChannels];
    const has = (f: string) => typeof mapping.columns[f] === 'number';
    const headerless = mapping.headerRow < 0 || findHeaderRow(grid, 'hourly') === null;
    if (headerless && !mappings) {
      const fields = hourlyFields.filter((d) => has(d.key));
      problems.push(
        makeProblem(
          'headerAssumed',
          {
            columns: fields.map((d) => d.label.zh).join('、'),
            columnsEn: fields.map((d) => d.label.en).join(', '),
          },
          { sheet: grid.name },
          'warning',
        ),
      );
      // The English message lists the English names.
      const p = problems[problems.length - 1]!;
      p.message = {
        ...p.message,
        en: p.message.en.replace(String(p.params.columns), String(p.params.columnsEn)),
      };
    }
    sheets.push({
      mapping,
      headerless,
      columnModes: result.value.columnModes,
      mode: result.value.mode,
      rowCount: result.value.rowCount,
      rejectedRows: result.value.rejectedRows,
      shape: has('sku') || has('skuName') ? 'sku' : has('channel') ? 'channel' : 'shop',
    });
  }
  return {
    value: { fileName: workbook.fileName, rows, newChannels, sheets },
    // Problems name the file as the planner knows it (ctx), as importHourlySheet's own do.
    problems: inFile(problems, ctx.fileName),
  };
}

/** Bytes of a .csv (UTF-8 or GBK), .xls or .xlsx into hourly rows; null value when unreadable. */
export function importHourlyBytes(
  bytes: Uint8Array,
  ctx: HourlyContext,
  mappings: readonly SheetMapping[] | null = null,
): ImportResult<HourlyImport> {
  const read = readWorkbook(bytes, ctx.fileName);
  if (!read.value) return { value: null, problems: inFile(read.problems, ctx.fileName) };
  return importHourlyWorkbook(read.value, ctx, mappings);
}
