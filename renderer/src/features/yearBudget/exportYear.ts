import type { YearRollup } from '../../../../shared/figures';
import { exportYearWorkbook } from '../../../../shared/xlsx';
import type { Language } from '../../../../shared/i18n/locale';
import { saveFile } from '../../platform';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes the year's finance workbook (docs/year-budget.md) and asks where to save it. */
export async function exportYear(
  rollup: YearRollup,
  language: Language,
  label: string,
): Promise<{ kind: 'saved'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string }> {
  try {
    const bytes = exportYearWorkbook(rollup, { language, exportedAt: new Date().toISOString() });
    const name = `${rollup.year} ${label}.xlsx`;
    const saved = await saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }], XLSX_MIME);
    return saved ? { kind: 'saved', name } : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
