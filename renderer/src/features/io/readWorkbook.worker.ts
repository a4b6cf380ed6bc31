/// <reference lib="webworker" />
import { neverThrowing, readWorkbook } from '../../../../shared/xlsx';

/** What readWorkbookOffThread sends: the file's bytes (moved, not copied) and its name. */
export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
}

// Unpacking and reading happen here, so a large or hostile file never holds the window.
self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const { bytes, fileName } = event.data;
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(
    neverThrowing(fileName, () => readWorkbook(bytes, fileName)),
  );
};
