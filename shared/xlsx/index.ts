/**
 * Excel interchange: reading planners' workbooks and CSV files into plan objects (with a
 * problems report, never an exception), and writing the budget, schedule and full plan workbooks.
 */
export * from './problems';
export type { WorkbookGrid } from './read/grid';
export { readWorkbook, MAX_FILE_BYTES, MAX_SHEET_ROWS } from './read/readWorkbook';
export { fieldsByKind } from './read/fields';
export type { SheetMapping } from './read/rows';
export {
  importFile,
  importRead,
  importWorkbook,
  neverThrowing,
  type ImportContext,
  type ImportKindOption,
  type SheetPick,
  type WorkbookImport,
} from './importFile';
export { planCopy } from './planCopy';
export { sheetTitles } from './planWorkbookFormat';
export { mergeImport, previewMerge, type MergeImportParams } from './merge';
export { exportBudgetWorkbook } from './write/budgetWorkbook';
export { exportYearWorkbook } from './write/yearWorkbook';
export { exportWorkloadWorkbook } from './write/workloadWorkbook';
export { exportScheduleWorkbook } from './write/scheduleWorkbook';
export { exportPlanWorkbook } from './write/planWorkbook';
export type { Language } from './write/workbook';
export {
  bookReady,
  importBook,
  isMultiSheetBook,
  previewBook,
  suggestChoices,
  type BookImport,
  type BookKind,
  type SheetChoice,
} from './importBook';
