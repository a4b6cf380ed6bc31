import { emptyDocument } from '../domain/document';
import type { PlanDocument } from '../domain';
import { concreteKinds, importWorkbook, mappingForSheet, type ImportContext } from './importFile';
import { mergeImport, previewMerge } from './merge';
import { hasErrors, type ImportProblem, type ImportResult } from './problems';
import type { WorkbookGrid } from './read/grid';
import { findHeaderRow } from './read/headers';
import { isPlanWorkbook } from './read/planWorkbook';
import type { Footnote, SheetMapping } from './read/rows';

/**
 * One workbook, several sheets (schedule, budget, SKUs, goals) imported in one go: each sheet is read
 * by the same single-sheet readers as a one-sheet import, as the kind the planner chose for it
 * (auto-detected from its header row, or skipped), and everything read becomes one plan document,
 * written in one transaction. The daily back-office figures are not among the kinds: they belong
 * to the review and are imported there, one file at a time.
 */
export type BookKind = 'schedule' | 'budget' | 'products' | 'goals';
export const bookKinds: readonly BookKind[] = ['schedule', 'budget', 'products', 'goals'];

export interface SheetChoice {
  sheet: string;
  kind: BookKind | 'skip';
}

export interface BookSheet {
  sheet: string;
  kind: BookKind | 'skip';
  /** What the importer recognises the sheet as from its header row; null: nothing known. */
  suggested: BookKind | null;
  mapping: SheetMapping | null;
  /** Data rows read, and the records they give (rows with errors give none). */
  rowCount: number;
  records: number;
  rejectedRows: number[];
  footnotes: Footnote[];
  problems: ImportProblem[];
  /** What this sheet alone gave, for its part of a merge preview; null when skipped. */
  document: PlanDocument | null;
}

export interface BookImport {
  sheets: BookSheet[];
  /** Everything read as one plan: the open plan's record for a merge, else a new plan. */
  document: PlanDocument;
  /** The notes under every table, in sheet order. */
  footnotes: Footnote[];
}

/** The best kind for each visible sheet (from its header row), or 'skip'. */
export function suggestChoices(workbook: WorkbookGrid): SheetChoice[] {
  return workbook.sheets
    .filter((s) => !s.hidden)
    .map((sheet) => {
      let best: { kind: BookKind; score: number } | null = null;
      for (const kind of bookKinds) {
        const guess = findHeaderRow(sheet, kind);
        if (guess && (!best || guess.score > best.score)) best = { kind, score: guess.score };
      }
      // A sheet that reads better as another known kind (the review's daily figures) is skipped.
      const other = concreteKinds
        .filter((k) => !bookKinds.includes(k as BookKind))
        .map((k) => findHeaderRow(sheet, k)?.score ?? 0);
      const kind = best && best.score > Math.max(0, ...other) ? best.kind : 'skip';
      return { sheet: sheet.name, kind };
    });
}

/**
 * True when the file is a workbook of several planning sheets: two or more sheets are recognised
 * as schedule, budget, SKUs or goals (the app's own plan workbook is read whole by its own reader).
 */
export function isMultiSheetBook(workbook: WorkbookGrid): boolean {
  if (isPlanWorkbook(workbook)) return false;
  return suggestChoices(workbook).filter((c) => c.kind !== 'skip').length >= 2;
}

/** What a sheet of the given kind gives: tasks, budget lines, SKUs or goals. */
function recordsOf(kind: BookKind, doc: PlanDocument): number {
  const of: Record<BookKind, number> = {
    schedule: doc.tasks.length,
    budget: doc.budgetLines.length,
    products: doc.products.length,
    goals: doc.goals.length,
  };
  return of[kind];
}

/** Schedules first: a new plan takes its dates (and peak) from the tasks. */
const readOrder = (c: SheetChoice): number => (c.kind === 'schedule' ? 0 : 1);

/**
 * Reads every chosen sheet into one document. Never throws (each sheet goes through the guarded
 * single-sheet import). For a merge (`context.plan`), the document carries the open plan's record
 * and is merged by `mergeImport`; otherwise it is a complete new plan.
 */
export function importBook(
  workbook: WorkbookGrid,
  choices: readonly SheetChoice[],
  context: ImportContext,
): ImportResult<BookImport> {
  const suggested = new Map(suggestChoices(workbook).map((c) => [c.sheet, c.kind]));
  const read = new Map<string, BookSheet>();
  let combined: PlanDocument | null = context.plan ? emptyDocument(context.plan.plan) : null;
  const chosen = choices.filter((c) => c.kind !== 'skip').sort((a, b) => readOrder(a) - readOrder(b));
  for (const choice of chosen) {
    const kind = choice.kind as BookKind;
    const mapping = mappingForSheet(workbook, { sheet: choice.sheet }, kind);
    const result = importWorkbook(workbook, {
      kind,
      mapping,
      // Every sheet after the first reads into the plan the first one made (its id and dates).
      context: { ...context, plan: context.plan ?? combined },
    });
    const doc = result.value?.document ?? null;
    if (doc) {
      combined =
        combined === null
          ? doc
          : // Phases, categories and channels named on two sheets become one record each.
            mergeImport(combined, { imported: doc, pushSuccessors: false });
    }
    read.set(choice.sheet, {
      sheet: choice.sheet,
      kind,
      suggested: toBookKind(suggested.get(choice.sheet)),
      mapping: result.value?.mapping ?? mapping,
      rowCount: result.value?.rowCount ?? 0,
      records: doc ? recordsOf(kind, doc) : 0,
      rejectedRows: result.value?.rejectedRows ?? [],
      footnotes: result.value?.footnotes ?? [],
      problems: result.problems,
      document: doc,
    });
  }
  const sheets: BookSheet[] = choices.map((c) => {
    const hit = read.get(c.sheet);
    if (hit) return hit;
    return {
      sheet: c.sheet,
      kind: 'skip',
      suggested: toBookKind(suggested.get(c.sheet)),
      mapping: null,
      rowCount: 0,
      records: 0,
      rejectedRows: [],
      footnotes: [],
      problems: [],
      document: null,
    };
  });
  const footnotes = sheets.flatMap((s) => s.footnotes);
  const problems = sheets.flatMap((s) => s.problems);
  if (!combined) return { value: null, problems };
  if (!context.plan) {
    const notes = [...new Set(footnotes.map((f) => f.text.trim()))].join('\n');
    combined = { ...combined, plan: { ...combined.plan, notes } };
  }
  return { value: { sheets, document: combined, footnotes }, problems };
}

function toBookKind(kind: BookKind | 'skip' | undefined): BookKind | null {
  return kind && kind !== 'skip' ? kind : null;
}

export interface BookSheetPreview {
  sheet: string;
  kind: BookKind;
  create: number;
  update: number;
  unchanged: number;
}

/**
 * Per sheet, the records the import will create and update: everything read is created in a new
 * plan; a merge matches each sheet's records against the open plan as `mergeImport` will.
 */
export function previewBook(book: BookImport, current: PlanDocument | null): BookSheetPreview[] {
  return book.sheets.flatMap((s) => {
    if (s.kind === 'skip') return [];
    if (!current || !s.document)
      return [{ sheet: s.sheet, kind: s.kind, create: s.records, update: 0, unchanged: 0 }];
    const diff = previewMerge(current, s.document, { pushSuccessors: false });
    const part = { schedule: diff.tasks, budget: diff.lines, products: diff.products, goals: diff.goals }[
      s.kind
    ];
    return [
      {
        sheet: s.sheet,
        kind: s.kind,
        create: part.added.length,
        update: part.changed.length,
        unchanged: part.unchanged.length,
      },
    ];
  });
}

/** True when the book may be applied: something to write, and no error on any sheet. */
export function bookReady(book: BookImport, problems: readonly ImportProblem[]): boolean {
  return !hasErrors(problems) && book.sheets.some((s) => s.kind !== 'skip' && s.records > 0);
}
