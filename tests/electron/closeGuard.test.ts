import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { flushDone, guardCloseUntilFlushed } from '../../electron/closeGuard';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

/** A window that closes unless a `close` listener prevents it, as Electron's does. */
class ClosingWindow extends EventEmitter {
  closed = false;
  webContents = { send: vi.fn(), isDestroyed: () => false };
  isDestroyed = () => this.closed;
  close = () => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  };
}

function guarded(timeoutMs = 5000) {
  const window = new ClosingWindow();
  guardCloseUntilFlushed(window as unknown as BrowserWindow, { timeoutMs });
  return window;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('closing the window waits for the page to store what was typed', () => {
  it('holds the first close, asks the page to flush, and closes when it answers', () => {
    const window = guarded();
    window.close();
    expect(window.closed).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    const [channel, requestId] = window.webContents.send.mock.calls[0] as [string, number];
    expect(channel).toBe('app:onFlushRequest');

    // A second click on the close button while the page is saving asks nothing new.
    window.close();
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(false);

    flushDone(requestId);
    expect(window.closed).toBe(true);
  });

  it('closes after the time limit when the page never answers (a hung page)', () => {
    vi.useFakeTimers();
    const window = guarded(3000);
    window.close();
    vi.advanceTimersByTime(2999);
    expect(window.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.closed).toBe(true);
  });

  it('an answer for another window does not close this one', () => {
    const a = guarded();
    const b = guarded();
    a.close();
    b.close();
    const idB = b.webContents.send.mock.calls[0]![1] as number;
    flushDone(idB);
    expect(b.closed).toBe(true);
    expect(a.closed).toBe(false);
  });
});
