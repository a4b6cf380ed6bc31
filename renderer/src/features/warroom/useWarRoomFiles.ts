import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../i18n';
import type { PickedFile } from '../../platform';
import { readWorkbookOffThread } from '../io/readWorkbookOffThread';
import { describeOpenError, isWorkbookName, pickWorkbook, readDroppedWorkbook } from '../io/workbookFiles';
import type { HourlySource } from './HourlyMappingModal';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export interface WarRoomFiles {
  /** The file read and waiting on the mapping screen, or null. */
  source: HourlySource | null;
  setSource: (source: HourlySource | null) => void;
  /** A file that could not be read, in the planner's language. */
  error: string | null;
  isDragging: boolean;
  pick: () => Promise<void>;
}

/**
 * Files into the war room: the file dialog (an <input type=file> in a browser) and a file dropped
 * anywhere while the war room is open. The drop is taken in the capture phase on the window so the
 * app-wide "new plan from Excel" drop target does not see it: on this screen a back-office export
 * belongs to the open plan's war room.
 */
export function useWarRoomFiles(lang: Language, notWorkbook: (name: string) => string): WarRoomFiles {
  const [source, setSource] = useState<HourlySource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isDragging, setDragging] = useState(false);

  const read = useCallback(
    async (picked: PickedFile) => {
      const wb = await readWorkbookOffThread(picked.data, picked.name);
      if (!wb.value) return setError(wb.problems.map((p) => p.message[lang]).join(' '));
      setError(null);
      setSource({ name: picked.name, isPaste: false, workbook: wb.value, readProblems: wb.problems });
    },
    [lang],
  );
  const describe = useCallback((e: unknown) => setError(describeOpenError(e, lang)), [lang]);

  const pick = useCallback(async () => {
    try {
      const picked = await pickWorkbook();
      if (picked) await read(picked);
    } catch (e) {
      describe(e);
    }
  }, [read, describe]);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.stopPropagation();
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.stopPropagation();
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.stopPropagation();
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.stopPropagation();
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!isWorkbookName(file.name)) return setError(notWorkbook(file.name));
      readDroppedWorkbook(file).then(read, describe);
    };
    const events = { dragenter: enter, dragleave: leave, dragover: over, drop } as const;
    for (const [type, fn] of Object.entries(events)) window.addEventListener(type, fn as EventListener, true);
    return () => {
      for (const [type, fn] of Object.entries(events))
        window.removeEventListener(type, fn as EventListener, true);
    };
  }, [read, describe, notWorkbook]);

  return { source, setSource, error, isDragging, pick };
}
