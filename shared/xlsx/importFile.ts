import { collectionKeys, emptyDocument, newId, todayIso, type PlanDocument, type PlanId } from '../domain';
import { inFile, makeProblem, type ImportResult } from './problems';
import { cellText, isBlank, type SheetGrid, type WorkbookGrid } from './read/grid';
import { fieldsByKind, type ImportKind } from './read/fields';
import { findHeaderRow, matchHeaderRow } from './read/headers';
import type { ActualsImport } from './read/actuals';
import { importPlanWorkbook, isPlanWorkbook } from './read/planWorkbook';
import { readWorkbook } from './read/readWorkbook';
import { titleAbove, type Footnote, type SheetMapping } from './read/rows';
import { footnoteText, importedPlan, readSheet } from './sheetRecords';

export type ImportKindOption = ImportKind | 'plan' | 'auto';

export interface ImportContext {
  fileName: string;
  /** The open plan, when merging into it: its id, currency, channels and dates are used. */
  plan?: PlanDocument | null;
  /** ISO instant for createdAt/updatedAt of a new plan. */
  now?: string;
  /** YYYY-MM-DD; the last resort for a date typed without a year. */
  today?: string;
  /** For actuals: the campaign itself or the baseline it is compared with. */
  period?: 'campaign' | 'baseline';
}

export interface SheetCandidate {
  sheet: string;
  kind: ImportKind;
  headerRow: number;
  score: number;
}

export interface ImportPreview {
  /** The header row's texts, one per column. */
  headers: string[];
  /** The first data rows under the header, as the planner sees them. */
  rows: { excelRow: number; cells: string[] }[];
}

export interface WorkbookImport {
  kind: ImportKind | 'plan';
  /** null for the app's own plan workbook, which needs no mapping. */
  mapping: SheetMapping | null;
  candidates: SheetCandidate[];
  preview: ImportPreview | null;
  /**
   * For schedule, budget, SKU, goal and plan imports: a complete plan holding what was read. Its plan
   * record is the open plan when one was given (for a merge), else a new plan.
   */
  document: PlanDocument;
  /** For actuals imports: the day rows and the channels they name that the plan lacks. */
  actuals: ActualsImport | null;
  /**
   * Data rows read and rows left out because of errors (spreadsheet row numbers). For the app's
   * own plan workbook: the records it holds, all of which the import creates.
   */
  rowCount: number;
  rejectedRows: number[];
  /** Notes under the table (注：…): not data, kept as the new plan's notes. */
  footnotes: Footnote[];
}

export const PREVIEW_ROWS = 8;

/** The planner's choice on the mapping screen: read this sheet (and this header row). */
export interface SheetPick {
  sheet: string;
  /** 0-based; null or absent: the importer finds the header row on that sheet. */
  headerRow?: number | null;
}

export interface ImportOptions {
  kind?: ImportKindOption;
  mapping?: SheetMapping | null;
  /** Used when no mapping is given: guess the mapping on this sheet instead of the best one. */
  pick?: SheetPick | null;
  context: ImportContext;
}

/** The kinds a planner's sheet is recognised as (the war room's hourly files have their own importer). */
export const concreteKinds: readonly ImportKind[] = ['schedule', 'budget', 'products', 'goals', 'actuals'];

/**
 * The mapping for a sheet the planner chose: the best-scoring kind and header row on it, or, when
 * nothing on it looks like a header, its first non-blank row with no columns mapped yet, so the
 * planner can map them by hand.
 */
export function mappingForSheet(
  workbook: WorkbookGrid,
  pick: SheetPick,
  kind: ImportKindOption = 'auto',
): SheetMapping | null {
  const sheet = workbook.sheets.find((s) => s.name === pick.sheet);
  if (!sheet) return null;
  const kinds = kind === 'auto' || kind === 'plan' ? concreteKinds : [kind];
  let best: { kind: ImportKind; headerRow: number; columns: Record<string, number>; score: number } | null =
    null;
  for (const k of kinds) {
    const guess =
      pick.headerRow === null || pick.headerRow === undefined
        ? findHeaderRow(sheet, k)
        : { headerRow: pick.headerRow, ...matchHeaderRow(sheet.rows[pick.headerRow] ?? [], k) };
    if (guess && (!best || guess.score > best.score)) best = { kind: k, ...guess };
  }
  const chosenKind = best && best.score > 0 ? best.kind : kinds[0]!;
  const headerRow =
    pick.headerRow ??
    (best && best.score > 0
      ? best.headerRow
      : Math.max(
          0,
          sheet.rows.findIndex((r) => r.some((c) => !isBlank(c))),
        ));
  const columns: Record<string, number | null> = {};
  for (const def of fieldsByKind[chosenKind]) {
    columns[def.key] = best && best.kind === chosenKind ? (best.columns[def.key] ?? null) : null;
  }
  return { kind: chosenKind, sheet: sheet.name, headerRow, columns, dateOrder: null };
}

/** Every sheet and kind whose header row the importer recognises, best first. */
export function findCandidates(workbook: WorkbookGrid, kind: ImportKindOption = 'auto'): SheetCandidate[] {
  const kinds = kind === 'auto' || kind === 'plan' ? concreteKinds : [kind];
  const out: SheetCandidate[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.hidden) continue;
    for (const k of kinds) {
      const guess = findHeaderRow(sheet, k);
      if (guess) out.push({ sheet: sheet.name, kind: k, headerRow: guess.headerRow, score: guess.score });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The importer's guess of which column holds what, for the mapping screen to show and correct. */
export function guessMapping(
  workbook: WorkbookGrid,
  kind: ImportKind,
  sheetName?: string,
): SheetMapping | null {
  const sheets = sheetName
    ? workbook.sheets.filter((s) => s.name === sheetName)
    : workbook.sheets.filter((s) => !s.hidden);
  let best: SheetMapping | null = null;
  let bestScore = -1;
  for (const sheet of sheets) {
    const guess = findHeaderRow(sheet, kind);
    if (!guess || guess.score <= bestScore) continue;
    bestScore = guess.score;
    const columns: Record<string, number | null> = {};
    for (const def of fieldsByKind[kind]) columns[def.key] = guess.columns[def.key] ?? null;
    best = { kind, sheet: sheet.name, headerRow: guess.headerRow, columns, dateOrder: null };
  }
  return best;
}

export function previewOf(sheet: SheetGrid, headerRow: number, count = PREVIEW_ROWS): ImportPreview {
  const header = sheet.rows[headerRow] ?? [];
  let width = header.length;
  const rows: ImportPreview['rows'] = [];
  for (let r = headerRow + 1; r < sheet.rows.length && rows.length < count; r++) {
    const row = sheet.rows[r] ?? [];
    const cells = row.map(cellText);
    if (cells.every((c) => c.trim() === '')) continue;
    width = Math.max(width, cells.length);
    rows.push({ excelRow: r + 1, cells });
  }
  const headers = Array.from({ length: width }, (_, c) => cellText(header[c] ?? null));
  return {
    headers,
    rows: rows.map((r) => ({ ...r, cells: Array.from({ length: width }, (_, c) => r.cells[c] ?? '') })),
  };
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName;
}

function emptyImport(
  kind: ImportKind | 'plan',
  doc: PlanDocument,
  mapping: SheetMapping | null,
  candidates: SheetCandidate[],
): WorkbookImport {
  return {
    kind,
    mapping,
    candidates,
    preview: null,
    document: doc,
    actuals: null,
    rowCount: 0,
    rejectedRows: [],
    footnotes: [],
  };
}

/**
 * Reads a parsed workbook as the given kind with the given (or guessed) mapping. Never throws.
 * Nothing is written anywhere: the caller shows the result and the problems, and writes only
 * when the planner confirms.
 */
export function importWorkbook(workbook: WorkbookGrid, options: ImportOptions): ImportResult<WorkbookImport> {
  try {
    const result = importUnguarded(workbook, options);
    return { ...result, problems: inFile(result.problems, options.context.fileName) };
  } catch (error) {
    // A bug of ours must not escape as an exception into the UI or the CLI; it is reported.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      value: null,
      problems: [makeProblem('damagedFile', { file: options.context.fileName, detail })],
    };
  }
}

function importUnguarded(workbook: WorkbookGrid, options: ImportOptions): ImportResult<WorkbookImport> {
  const ctx = options.context;
  const requested = options.kind ?? 'auto';
  const currency = ctx.plan?.plan.currency ?? 'CNY';
  if ((requested === 'auto' || requested === 'plan') && isPlanWorkbook(workbook)) {
    const read = importPlanWorkbook(workbook);
    if (!read.value) return { value: null, problems: read.problems };
    const records = collectionKeys.reduce((sum, key) => sum + read.value![key].length, 0);
    return {
      value: { ...emptyImport('plan', read.value, null, []), rowCount: records },
      problems: read.problems,
    };
  }
  const candidates = findCandidates(workbook, requested);
  let mapping = options.mapping ?? (options.pick ? mappingForSheet(workbook, options.pick, requested) : null);
  if (!mapping) {
    const kind = requested === 'auto' || requested === 'plan' ? candidates[0]?.kind : requested;
    mapping = kind ? guessMapping(workbook, kind, candidates.find((c) => c.kind === kind)?.sheet) : null;
  }
  if (!mapping) {
    const first = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
    const problem = makeProblem(
      requested === 'actuals' ? 'noActualsHeaderRow' : 'noHeaderRow',
      { sheetName: first?.name ?? '', scanned: 30 },
      { sheet: first?.name ?? null },
    );
    return { value: null, problems: [problem] };
  }
  const sheet = workbook.sheets.find((s) => s.name === mapping.sheet);
  if (!sheet) {
    return {
      value: null,
      problems: [
        makeProblem('noHeaderRow', { sheetName: mapping.sheet, scanned: 30 }, { sheet: mapping.sheet }),
      ],
    };
  }
  const keyField = fieldsByKind[mapping.kind].find((d) => d.isKey)!;
  const fallbackName = titleAbove(sheet, mapping.headerRow) ?? baseName(ctx.fileName);
  // The plan the records join: the open one for a merge, else a new one made around them.
  const planId = ctx.plan?.plan.id ?? newId<PlanId>();
  const preview = previewOf(sheet, mapping.headerRow);
  if (mapping.columns[keyField.key] === null || mapping.columns[keyField.key] === undefined) {
    const problem = makeProblem(
      'noTitleColumn',
      { fieldZh: keyField.label.zh, fieldEn: keyField.label.en },
      { sheet: sheet.name },
    );
    const plan =
      ctx.plan?.plan ?? importedPlan(planId, fallbackName, { dates: [], notes: '' }, ctx, currency);
    return {
      value: { ...emptyImport(mapping.kind, emptyDocument(plan), mapping, candidates), preview },
      problems: [problem],
    };
  }
  const read = readSheet(
    sheet,
    mapping,
    { planId, planStart: ctx.plan?.plan.startDate ?? null, today: ctx.today ?? todayIso(), currency },
    ctx,
  );
  const plan =
    ctx.plan?.plan ??
    importedPlan(planId, fallbackName, { ...read, notes: footnoteText(read.tally.footnotes) }, ctx, currency);
  return {
    value: {
      ...emptyImport(
        mapping.kind,
        { ...emptyDocument(plan), ...read.collections(plan) },
        mapping,
        candidates,
      ),
      preview,
      actuals: read.actuals ?? null,
      rowCount: read.tally.rowCount,
      rejectedRows: read.tally.rejectedRows,
      footnotes: read.tally.footnotes,
    },
    problems: read.problems,
  };
}

/** Bytes to result in one call: read, guess, map, validate. Never throws. */
export function importFile(bytes: Uint8Array, options: ImportOptions): ImportResult<WorkbookImport> {
  return neverThrowing(options.context.fileName, () =>
    importRead(readWorkbook(bytes, options.context.fileName), options),
  );
}

/**
 * The import of a workbook already read (readWorkbook's result, e.g. from a worker, kept while the
 * planner corrects the column mapping): guess, map, validate. Never throws.
 */
export function importRead(
  read: ImportResult<WorkbookGrid>,
  options: ImportOptions,
): ImportResult<WorkbookImport> {
  return neverThrowing(options.context.fileName, () =>
    read.value ? importWorkbook(read.value, options) : { value: null, problems: read.problems },
  );
}

/** `run`, with a bug of ours reported as the file's problem instead of escaping into the UI or the CLI. */
export function neverThrowing<T>(fileName: string, run: () => ImportResult<T>): ImportResult<T> {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { value: null, problems: [makeProblem('damagedFile', { file: fileName, detail })] };
  }
}
