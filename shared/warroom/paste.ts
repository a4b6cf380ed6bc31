import { makeProblem, type ImportProblem, type ImportResult } from '../xlsx/problems';
import type { CellValue, WorkbookGrid } from '../xlsx/read/grid';

/** The sheet name a paste is shown and reported under. */
export const PASTE_SHEET = 'paste';

/**
 * A table copied from a web back office or Excel (tab-separated; a paste of a web table with
 * runs of spaces is split on 2+ spaces) as a one-sheet workbook, as it is: a paste without a
 * header row is mapped from its values on the mapping screen (`guessHeaderlessMapping`).
 */
export function pasteToWorkbook(text: string): ImportResult<WorkbookGrid> {
  const problems: ImportProblem[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const hasTabs = lines.some((l) => l.includes('\t'));
  const rows: CellValue[][] = lines.map((l) =>
    (hasTabs ? l.split('\t') : l.trim().split(/\s{2,}|,(?=\s*\S)/)).map((c) => {
      const t = c.trim();
      return t === '' ? null : t;
    }),
  );
  if (rows.length === 0 || rows.every((r) => r.every((c) => c === null))) {
    return { value: null, problems: [makeProblem('emptyFile', { file: PASTE_SHEET })] };
  }
  const grid = { name: PASTE_SHEET, rows, hidden: false };
  return { value: { fileName: PASTE_SHEET, format: 'csv', sheets: [grid] }, problems };
}
