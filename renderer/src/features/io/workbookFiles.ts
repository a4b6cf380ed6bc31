// Not the shared/xlsx index: this module is in the start-up bundle (the window's drop target),
// which must not pull in SheetJS.
import { MAX_FILE_BYTES } from '../../../../shared/xlsx/fileLimit';
import type { Language } from '../../../../shared/i18n/locale';
import { makeProblem } from '../../../../shared/xlsx/problems';
import { FileTooLargeError, openFile, readPickedFile, type PickedFile } from '../../platform';

/** What the importer reads. `.txt`: Excel's "Unicode text" (UTF-16, tab-separated). */
export const WORKBOOK_EXTENSIONS = ['xlsx', 'xls', 'csv', 'txt'] as const;

export function isWorkbookName(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return name.includes('.') && (WORKBOOK_EXTENSIONS as readonly string[]).includes(ext);
}

/** The file dialog for a workbook; null when the planner cancels. */
export function pickWorkbook(): Promise<PickedFile | null> {
  return openFile([{ name: 'Excel / CSV', extensions: [...WORKBOOK_EXTENSIONS] }], MAX_FILE_BYTES);
}

/** A dropped file, read after its size is checked. */
export function readDroppedWorkbook(file: File): Promise<PickedFile> {
  return readPickedFile(file, MAX_FILE_BYTES);
}

/** A file too large to read, in the planner's language, naming the file; else the error's text. */
export function describeOpenError(error: unknown, lang: Language): string {
  if (error instanceof FileTooLargeError) {
    const p = makeProblem('fileTooLarge', {
      file: error.fileName,
      sizeMb: (error.size / 1024 / 1024).toFixed(1),
      limitMb: Math.round(MAX_FILE_BYTES / 1024 / 1024),
    });
    return p.message[lang];
  }
  return error instanceof Error ? error.message : String(error);
}
