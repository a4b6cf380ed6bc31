import { applyActualsImport } from '../../../../shared/review/recipes';
import { mergeImport, type MergeImportParams } from '../../../../shared/xlsx';
import type { ActualsImport } from '../../../../shared/xlsx/read/actuals';
import { defineEdit } from '../../state/editActions';
import { ioMessages } from './messages';

/** The import screen's edits (docs/architecture.md §5): each whole import is one undo step. */
type M = (typeof ioMessages)['zh-CN'];

/** An actuals sheet: its new channels join the plan, its days replace the same days. */
export const importActualsEdit = defineEdit<ActualsImport, M>({
  id: 'io.importActuals',
  messages: ioMessages,
  label: (m) => m.importTitle,
  recipe: applyActualsImport,
});

/** A plan workbook (one sheet or several) merged into the open plan (shared/xlsx/merge.ts). */
export const mergeWorkbookEdit = defineEdit<MergeImportParams, M>({
  id: 'io.mergeWorkbook',
  messages: ioMessages,
  label: (m) => m.importTitle,
  recipe: mergeImport,
});
