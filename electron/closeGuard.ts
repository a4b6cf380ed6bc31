/**
 * Closing the window never loses what was typed. The renderer stores a field's text half a
 * second after the last keystroke; a window closed inside that half second (or while a save is
 * in flight) would drop it. So the first `close` is held back: main asks the page to store
 * everything (`app:onFlushRequest`) and closes for real when the page answers (`flushDone`) or
 * after a time limit — a hung page must not keep the window open forever.
 */
import type { BrowserWindow } from 'electron';
import { desktopChannels } from '../shared/desktopApi';

/** Long enough for a large plan's save; short enough that a hung page still closes. */
export const FLUSH_TIMEOUT_MS = 5000;

const waiting = new Map<number, () => void>();
let nextRequestId = 1;

/** The page answered flush request `requestId` (the `flushDone` handler). */
export function flushDone(requestId: number): void {
  waiting.get(requestId)?.();
}

export function guardCloseUntilFlushed(
  window: BrowserWindow,
  options: { timeoutMs?: number; afterClose?: () => void } = {},
): void {
  let flushed = false;
  let asked = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    if (asked) return;
    asked = true;
    const requestId = nextRequestId++;
    const closeNow = (): void => {
      if (flushed) return;
      flushed = true;
      waiting.delete(requestId);
      clearTimeout(timer);
      if (!window.isDestroyed()) window.close();
      options.afterClose?.();
    };
    const timer = setTimeout(closeNow, options.timeoutMs ?? FLUSH_TIMEOUT_MS);
    waiting.set(requestId, closeNow);
    if (window.isDestroyed() || window.webContents.isDestroyed()) closeNow();
    else window.webContents.send(desktopChannels.onFlushRequest, requestId);
  });
}
