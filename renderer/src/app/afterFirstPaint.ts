/**
 * Runs `work` once the browser has painted and has a moment to spare: after the next frame (and
 * `delayMs` more), in idle time. Start-up work that the first screen does not need — the start
 * backup, fetching other screens' chunks — waits for this, so the library is on screen and
 * answers the planner's first click first. A hidden window that paints no frame still runs it,
 * a few seconds later. Returns a function that cancels it.
 */
export function afterFirstPaint(work: () => void, { delayMs = 0, idleTimeoutMs = 2000 } = {}): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  const run = () => {
    if (done) return;
    cancel();
    work();
  };
  const frame = requestAnimationFrame(() => {
    // A task queued from a frame callback runs after that frame is painted.
    timer = setTimeout(() => {
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(run, { timeout: idleTimeoutMs })
          : window.setTimeout(run, 0);
    }, delayMs);
  });
  const fallback = setTimeout(run, delayMs + 2 * idleTimeoutMs + 1000);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      clearTimeout(idle);
    }
  }
  return cancel;
}
