import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLocale } from '../../i18n';
import { handOverWorkbook, type PendingWorkbook } from '../../state/pendingImportStore';
import { describeOpenError, pickWorkbook } from './workbookFiles';

/** Where the "new plan from Excel" flow lives. */
export const NEW_FROM_EXCEL_PATH = '/import';

/**
 * Opens the import flow for a new plan: `open(file)` with a workbook already in hand (a drop),
 * `pick()` to ask for one first (the library's and new-plan dialog's button).
 */
export function useNewFromExcel() {
  const navigate = useNavigate();
  const lang = useLocale() === 'zh-CN' ? 'zh' : 'en';
  const open = useCallback(
    (file: PendingWorkbook) => {
      handOverWorkbook(file);
      navigate(NEW_FROM_EXCEL_PATH);
    },
    [navigate],
  );
  const pick = useCallback(async () => {
    try {
      const file = await pickWorkbook();
      if (file) open(file);
    } catch (error) {
      notifications.show({ color: 'red', message: describeOpenError(error, lang) });
    }
  }, [open, lang]);
  return { open, pick };
}
