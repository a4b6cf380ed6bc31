import type { Page } from 'playwright-core';
import type { PlanDocument } from '../../shared/domain';
import type { ChartReady } from './pageTimers';

/** One figure of `npm run bench`, as written to bench-results.json. */
export interface BenchRow {
  name: string;
  value: number;
  unit: 'ms' | 'ratio' | 'count' | 'nodes' | 'MB';
  /** The figure it must stay under (null: reported only). */
  budget: number | null;
}

export interface BenchContext {
  /** The built app (dist/renderer) served on 127.0.0.1. */
  baseUrl: string;
  /** The bench-only pages (dist/bench) served on 127.0.0.1, exercising real app modules. */
  benchUrl: string;
  /** A fresh Chromium page (headless, offline flags) in its own profile. */
  newPage(): Promise<Page>;
  /** Writes a plan straight into the page's IndexedDB (the app must have opened it once). */
  seedDocument(page: Page, doc: PlanDocument): Promise<void>;
}

export type BenchSuite = (ctx: BenchContext) => Promise<BenchRow[]>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A frame-time row: the p95 (or the mean) of a pass's frames, in ms to two decimals. */
export function frameRow(
  name: string,
  frames: readonly number[],
  { stat = 'p95', budget = null }: { stat?: 'p95' | 'mean'; budget?: number | null } = {},
): BenchRow {
  const value =
    stat === 'p95' ? percentile(frames, 95) : frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
  return { name, value: round(value, 2), unit: 'ms', budget };
}

/**
 * How many times the timeline and SVAR suites open a chart of `tasks` rows for its ready figures
 * (the medians are reported). Single openings on this kind of host spread 26–90 ms at 2,000 tasks
 * for either renderer, and a single opening at 10,000 read 28–98 ms for the own one, so a median
 * of three decided a lead by chance: fifteen at 2,000 (the row the README compares), three
 * elsewhere. Both suites call this, so the two columns are always taken the same way.
 */
export function openings(tasks: number): number {
  return tasks === 2000 ? 15 : 3;
}

/** `open` run as many times as openings(tasks) says, one after another. */
export async function eachOpening<T>(tasks: number, open: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < openings(tasks); i++) out.push(await open());
  return out;
}

/** A chart suite's two ready rows (`prefix`.ready.`tasks` and its .firstbar): medians of the openings. */
export function readyRows(
  prefix: string,
  tasks: number,
  readies: readonly ChartReady[],
  budget: number | null,
): BenchRow[] {
  return [
    {
      name: `${prefix}.ready.${tasks}`,
      value: round(median(readies.map((r) => r.drawn))),
      unit: 'ms',
      budget,
    },
    {
      name: `${prefix}.ready.${tasks}.firstbar`,
      value: round(median(readies.map((r) => r.firstBar))),
      unit: 'ms',
      budget: null,
    },
  ];
}
