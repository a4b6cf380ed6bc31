/**
 * Excel interchange: reading planners' workbooks and CSV files into plan objects (with a
 * problems report, never an exception), and writing the budget, schedule and full plan workbooks.
 */
export * from './problems';
export type { CellValue, DateCell, PercentCell, SheetGrid, WorkbookGrid } from './read/grid';
export { readWorkbook, refuseInflatingBomb, MAX_FILE_BYTES, MAX_SHEET_ROWS } from './read/readWorkbook';
export { fieldsByKind, type FieldDef, type ImportKind } from './read/fields';
export type { SheetMapping } from './read/rows';
export type { DateOrder } from './read/dates';
export type { ActualRow, ActualsImport } from './read/actuals';
export {
  findCandidates,
  guessMapping,
  importFile,
  importWorkbook,
  mappingForSheet,
  previewOf,
  type ImportContext,
  type ImportKindOption,
  type ImportOptions,
  type ImportPreview,
  type SheetPick,
  type SheetCandidate,
  type WorkbookImport,
} from './importFile';
export { planCopy } from './planCopy';
export { mergeImport, previewMerge, type ChangedRow, type MergePreview, type RowDiff } from './merge';
export { exportBudgetWorkbook } from './write/budgetWorkbook';
export { exportScheduleWorkbook } from './write/scheduleWorkbook';
export { exportPlanWorkbook } from './write/planWorkbook';
export type { ExportOptions, Language } from './write/workbook';
export { PLAN_WORKBOOK_FORMAT } from './planWorkbookFormat';
