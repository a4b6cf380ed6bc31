/// <reference lib="webworker" />
import {
  importBook,
  importWorkbook,
  isMultiSheetBook,
  suggestChoices,
  type BookImport,
  type SheetChoice,
  readWorkbook,
  type ImportContext,
  type ImportKindOption,
  type ImportResult,
  type SheetMapping,
  type SheetPick,
  type WorkbookGrid,
  type WorkbookImport,
} from '../../../../shared/xlsx';

/**
 * Parsing runs here so the window stays responsive with a large file; the window may end it at
 * any time with `terminate()` (Cancel, or the time limit). The workbook stays here between
 * mapping changes, so only small messages cross.
 */
export type WorkerRequest =
  | { type: 'parse'; bytes: Uint8Array; kind: ImportKindOption; context: ImportContext }
  | { type: 'remap'; mapping: SheetMapping; kind: ImportKindOption; context: ImportContext }
  | { type: 'pick'; pick: SheetPick; kind: ImportKindOption; context: ImportContext }
  /** The planner changed what a sheet of a several-sheet workbook is read as (or skipped it). */
  | { type: 'book'; choices: SheetChoice[]; context: ImportContext };

export type WorkerResponse =
  | { type: 'progress'; stage: 'reading' | 'mapping' }
  | { type: 'result'; result: ImportResult<WorkbookImport>; sheets: string[] }
  | { type: 'book'; result: ImportResult<BookImport> };

let workbook: WorkbookGrid | null = null;
const post = (message: WorkerResponse): void =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'parse') {
    post({ type: 'progress', stage: 'reading' });
    // One pass over the zip refuses a bomb, damaged or lying, before SheetJS sees a part.
    const read = readWorkbook(req.bytes, req.context.fileName);
    workbook = read.value;
    if (!workbook) {
      post({ type: 'result', result: { value: null, problems: read.problems }, sheets: [] });
      return;
    }
  }
  if (!workbook) return;
  post({ type: 'progress', stage: 'mapping' });
  // Several planning sheets in one file: each is mapped to its kind, all read as one import.
  if (req.type === 'book' || (req.type === 'parse' && req.kind === 'auto' && isMultiSheetBook(workbook))) {
    const choices = req.type === 'book' ? req.choices : suggestChoices(workbook);
    post({ type: 'book', result: importBook(workbook, choices, req.context) });
    return;
  }
  const result = importWorkbook(workbook, {
    kind: req.kind,
    mapping: req.type === 'remap' ? req.mapping : null,
    pick: req.type === 'pick' ? req.pick : null,
    context: req.context,
  });
  post({ type: 'result', result, sheets: workbook.sheets.filter((s) => !s.hidden).map((s) => s.name) });
};
