/**
 * Main-process side of the DesktopApi. One `ipcMain.handle` per `app:` channel; before any handler
 * runs, the request must come from a frame showing the app's own origin, on a known channel, with
 * arguments that pass `desktopRequestSchemas`. Anything else is rejected with a reason.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  desktopChannels,
  desktopInvokeMethods,
  parseDesktopRequest,
  type DesktopApi,
  type DesktopInvokeMethod,
} from '../shared/desktopApi';
import { isAppUrl } from './trustedUrl';

export interface HandlerContext {
  /** The page that made the request (print and capture act on it). */
  sender: WebContents;
  /** Its window, to parent dialogs; null if it has none. */
  window: BrowserWindow | null;
}

/** The handlers, typed from DesktopApi: same arguments and results, plus who asked. */
export type DesktopHandlers = {
  [M in DesktopInvokeMethod]: (
    ctx: HandlerContext,
    ...args: Parameters<DesktopApi[M]>
  ) => ReturnType<DesktopApi[M]>;
};

const methodByChannel = new Map<string, DesktopInvokeMethod>(
  desktopInvokeMethods.map((method) => [desktopChannels[method], method]),
);

/** Why a request is refused, or null when its channel and sender are acceptable. */
export function refusalReason(
  channel: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
): string | null {
  if (!methodByChannel.has(channel)) return `Unknown channel "${channel}"`;
  // senderFrame is null once the frame navigated away or was destroyed.
  const frameUrl = event.senderFrame?.url;
  if (!isAppUrl(frameUrl)) return `${channel}: refused a request from ${frameUrl ?? 'a destroyed frame'}`;
  return null;
}

/** Checks, validates and runs one request. Exported for tests; `registerIpcHandlers` wires it up. */
export async function dispatch(
  handlers: DesktopHandlers,
  channel: string,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<unknown> {
  const refusal = refusalReason(channel, event);
  if (refusal !== null) throw new Error(refusal);
  const method = methodByChannel.get(channel) as DesktopInvokeMethod;
  const parsed = parseDesktopRequest(method, args);
  if (!parsed.ok) throw new Error(parsed.message);
  const ctx: HandlerContext = { sender: event.sender, window: BrowserWindow.fromWebContents(event.sender) };
  const handler = handlers[method] as (ctx: HandlerContext, ...a: unknown[]) => Promise<unknown>;
  return handler(ctx, ...parsed.args);
}

export function registerIpcHandlers(handlers: DesktopHandlers): void {
  for (const method of desktopInvokeMethods) {
    const channel = desktopChannels[method];
    ipcMain.handle(channel, (event, ...args: unknown[]) => dispatch(handlers, channel, event, args));
  }
}
