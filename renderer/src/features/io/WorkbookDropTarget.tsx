import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { FileDropOverlay } from '../../components/FileDropOverlay';
import { useLanguage, useMessages } from '../../i18n';
import { newFromExcelMessages } from './newFromExcelMessages';
import { useNewFromExcel } from './useNewFromExcel';
import { describeOpenError, isWorkbookName, readDroppedWorkbook } from './workbookFiles';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A workbook dropped anywhere on the window opens the import flow for a new plan. Any dropped
 * file is taken here, so the browser never navigates away to show it; one that is not a
 * workbook is refused by name.
 */
export function WorkbookDropTarget() {
  const n = useMessages(newFromExcelMessages);
  const lang = useLanguage();
  const { open } = useNewFromExcel();
  const [isDragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!isWorkbookName(file.name)) {
        notifications.show({ color: 'red', message: n.notWorkbook(file.name) });
        return;
      }
      readDroppedWorkbook(file).then(open, (error: unknown) =>
        notifications.show({ color: 'red', message: describeOpenError(error, lang) }),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [open, n, lang]);

  if (!isDragging) return null;
  return (
    <FileDropOverlay
      icon={<IconFileSpreadsheet size={56} color="white" />}
      title={n.dropHere}
      hint={n.dropHint}
      testId="workbook-drop-overlay"
    />
  );
}
