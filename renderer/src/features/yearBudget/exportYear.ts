import type { YearRollup } from '../../../../shared/figures';
import { exportYearWorkbook } from '../../../../shared/xlsx';
import type { Language } from '../../../../shared/i18n/locale';
import { saveWorkbook, type WorkbookSaved } from '../../platform';

/** Writes the year's finance workbook (docs/year-budget.md) and asks where to save it. */
export function exportYear(rollup: YearRollup, language: Language, label: string): Promise<WorkbookSaved> {
  return saveWorkbook(`${rollup.year} ${label}.xlsx`, () =>
    exportYearWorkbook(rollup, { language, exportedAt: new Date().toISOString() }),
  );
}
