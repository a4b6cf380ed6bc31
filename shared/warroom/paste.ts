import { makeProblem, type ImportProblem, type ImportResult } from '../xlsx/problems';
import { findHeaderRow } from '../xlsx/read/headers';
import type { CellValue, WorkbookGrid } from '../xlsx/read/grid';
import { hourlyFields } from '../xlsx/read/fields';
import { parseHourCell } from './hours';

/** The sheet name a paste is shown and reported under. */
export const PASTE_SHEET = 'paste';

/** Columns of a headerless paste, in the order back offices show them: hour, GMV, visitors, buyers, orders. */
export const HEADERLESS_ORDER = [
  'hour',
  'gmv',
  'uv',
  'buyers',
  'orders',
  'units',
  'spend',
  'refunds',
] as const;

/**
 * A table copied from a web back office or Excel (tab-separated; a paste of a web table with
 * runs of spaces is split on 2+ spaces) as a one-sheet workbook. Without a header row, when the
 * first cell is an hour, a header is assumed in `HEADERLESS_ORDER` and said as a warning.
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
  if (!findHeaderRow(grid, 'hourly')) {
    const first = parseHourCell(rows[0]?.[0] ?? null);
    if (first?.ok) {
      const width = Math.max(...rows.map((r) => r.length));
      const keys = HEADERLESS_ORDER.slice(0, width);
      const header = keys.map((k) => hourlyFields.find((d) => d.key === k)!.label.zh);
      rows.unshift(header);
      problems.push(
        makeProblem(
          'headerAssumed',
          {
            columns: keys.map((k) => hourlyFields.find((d) => d.key === k)!.label.zh).join('、'),
            columnsEn: keys.map((k) => hourlyFields.find((d) => d.key === k)!.label.en).join(', '),
          },
          { sheet: PASTE_SHEET, file: PASTE_SHEET },
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
  }
  return { value: { fileName: PASTE_SHEET, format: 'csv', sheets: [grid] }, problems };
}
