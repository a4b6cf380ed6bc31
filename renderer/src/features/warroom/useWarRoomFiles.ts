import { useCallback, useEffect, useState } from 'react';
import { MAX_FILE_BYTES } from '../../../../shared/xlsx/fileLimit';
import { makeProblem } from '../../../../shared/xlsx/problems';
import type { Language } from '../../i18n';
import { FileTooLargeError, openFile, readPickedFile, type PickedFile } from '../../platform';
import { readWorkbookOffThread } from '../io/readWorkbookOffThread';
import type { HourlySource } from './HourlyMappingModal';

/** What the back offices export; `.txt` is Excel's "Unicode text" (tab-separated). */
const EXTENSIONS = ['csv', 'xls', 'xlsx', 'txt'];
const isDataFile = (name: string) => EXTENSIONS.includes(name.toLowerCase().split('.').pop() ?? '');
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
  const describe = useCallback(
    (e: unknown) =>
      setError(
        e instanceof FileTooLargeError
          ? makeProblem('fileTooLarge', {
              file: e.fileName,
              sizeMb: (e.size / 1024 / 1024).toFixed(1),
              limitMb: Math.round(MAX_FILE_BYTES / 1024 / 1024),
            }).message[lang]
          : e instanceof Error
            ? e.message
            : String(e),
      ),
    [lang],
  );

  const pick = useCallback(async () => {
    try {
      const picked = await openFile([{ name: 'Excel / CSV', extensions: EXTENSIONS }], MAX_FILE_BYTES);
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
      if (!isDataFile(file.name)) return setError(notWorkbook(file.name));
      readPickedFile(file, MAX_FILE_BYTES).then(read, describe);
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
