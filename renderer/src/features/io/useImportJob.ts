import { useCallback, useEffect, useRef, useState } from 'react';
import {
  makeProblem,
  type BookImport,
  type SheetChoice,
  type ImportContext,
  type ImportKindOption,
  type ImportResult,
  type SheetMapping,
  type SheetPick,
  type WorkbookImport,
} from '../../../../shared/xlsx';
import type { WorkerRequest, WorkerResponse } from './parse.worker';

/**
 * A parse that has not answered by then is stopped (the worker is terminated, whatever it is
 * doing, and the memory it took is freed): the planner is never left waiting.
 */
export const PARSE_TIME_LIMIT_MS = 60_000;

export type ImportJob =
  | { state: 'idle' }
  | { state: 'running'; fileName: string; stage: 'reading' | 'mapping'; startedAt: number }
  | { state: 'cancelled' }
  | { state: 'timedOut'; fileName: string }
  | { state: 'done'; fileName: string; result: ImportResult<WorkbookImport>; sheets: string[] }
  /** A workbook of several planning sheets: each mapped to its kind, one preview, one apply. */
  | { state: 'book'; fileName: string; result: ImportResult<BookImport> };

/** Runs the shared importer in a Web Worker, with Cancel (terminate) and a time limit. */
export function useImportJob() {
  const [job, setJob] = useState<ImportJob>({ state: 'idle' });
  const worker = useRef<Worker | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef<{ kind: ImportKindOption; context: ImportContext } | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const send = useCallback(
    (request: WorkerRequest, fileName: string, keep: boolean) => {
      if (!keep || !worker.current) {
        stop();
        worker.current = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
      }
      const w = worker.current;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        stop();
        setJob({ state: 'timedOut', fileName });
      }, PARSE_TIME_LIMIT_MS);
      setJob({ state: 'running', fileName, stage: 'reading', startedAt: Date.now() });
      w.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const msg = event.data;
        if (msg.type === 'progress') {
          setJob((j) => (j.state === 'running' ? { ...j, stage: msg.stage } : j));
          return;
        }
        if (timer.current) clearTimeout(timer.current);
        if (msg.type === 'book') setJob({ state: 'book', fileName, result: msg.result });
        else setJob({ state: 'done', fileName, result: msg.result, sheets: msg.sheets });
      };
      w.onerror = (event) => {
        // The parse died (an exception that escaped, or the worker could not start): the file
        // is named, and nothing was written.
        event.preventDefault();
        stop();
        const problem = makeProblem('damagedFile', { file: fileName, detail: event.message ?? '' });
        setJob({ state: 'done', fileName, result: { value: null, problems: [problem] }, sheets: [] });
      };
      w.postMessage(request);
    },
    [stop],
  );

  const start = useCallback(
    (bytes: Uint8Array, kind: ImportKindOption, context: ImportContext) => {
      last.current = { kind, context };
      send({ type: 'parse', bytes, kind, context }, context.fileName, false);
    },
    [send],
  );

  const remap = useCallback(
    (mapping: SheetMapping) => {
      if (!last.current) return;
      send(
        { type: 'remap', mapping, kind: mapping.kind, context: last.current.context },
        last.current.context.fileName,
        true,
      );
    },
    [send],
  );

  /** Another sheet (or header row) of the same file, chosen on the mapping screen. */
  const pickSheet = useCallback(
    (pick: SheetPick) => {
      if (!last.current) return;
      const { kind, context } = last.current;
      send({ type: 'pick', pick, kind, context }, context.fileName, true);
    },
    [send],
  );

  /** What each sheet of a several-sheet workbook is read as, changed on the mapping screen. */
  const chooseKinds = useCallback(
    (choices: SheetChoice[]) => {
      if (!last.current) return;
      const { context } = last.current;
      send({ type: 'book', choices, context }, context.fileName, true);
    },
    [send],
  );

  const cancel = useCallback(() => {
    stop();
    setJob({ state: 'cancelled' });
  }, [stop]);

  const reset = useCallback(() => {
    stop();
    setJob({ state: 'idle' });
  }, [stop]);

  return { job, start, remap, pickSheet, chooseKinds, cancel, reset };
}
