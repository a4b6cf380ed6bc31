import { useState } from 'react';

/**
 * A dialog's one asynchronous action: `submit(work)` marks it busy, clears the last error, and
 * keeps the message of what `work` throws to show (nothing is half-done: `work` decides).
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, submit };
}
