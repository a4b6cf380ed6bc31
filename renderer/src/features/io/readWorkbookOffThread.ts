import {
  makeProblem,
  neverThrowing,
  readWorkbook,
  type ImportResult,
  type WorkbookGrid,
} from '../../../../shared/xlsx';
import type { ReadRequest } from './readWorkbook.worker';

/**
 * readWorkbook in a Web Worker, for the imports that then map the sheet in the window (the war
 * room's back-office files, the review's actuals): the window stays responsive while a large file
 * is unpacked and read, and a zip bomb is counted and refused there (it held the window for
 * seconds). The bytes are moved to the worker; the caller keeps the workbook it gets back. Where
 * there is no Worker (unit tests in Node) it reads in place.
 */
export function readWorkbookOffThread(
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportResult<WorkbookGrid>> {
  if (typeof Worker === 'undefined')
    return Promise.resolve(neverThrowing(fileName, () => readWorkbook(bytes, fileName)));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./readWorkbook.worker.ts', import.meta.url), { type: 'module' });
    const done = (result: ImportResult<WorkbookGrid>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportResult<WorkbookGrid>>) => done(event.data);
    // The worker itself failed (out of memory on a hostile file): the file is named, nothing stored.
    worker.onerror = (event) => {
      event.preventDefault();
      done({
        value: null,
        problems: [makeProblem('damagedFile', { file: fileName, detail: event.message })],
      });
    };
    const request: ReadRequest = { bytes, fileName };
    worker.postMessage(request, [bytes.buffer]);
  });
}
