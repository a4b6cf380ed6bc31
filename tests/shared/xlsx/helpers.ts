import { readFileSync } from 'node:fs';
import {
  importFile,
  type ImportKindOption,
  type ImportResult,
  type WorkbookImport,
} from '../../../shared/xlsx';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/xlsx/${name}`, import.meta.url)));

export function importFixture(name: string, kind: ImportKindOption = 'auto'): ImportResult<WorkbookImport> {
  return importFile(fixture(name), {
    kind,
    context: { fileName: name, today: '2026-11-23', now: '2026-11-23T08:00:00.000Z' },
  });
}

/** Tasks as (title, start, end) for compact assertions. */
export function taskRows(result: ImportResult<WorkbookImport>): string[] {
  return (result.value?.document.tasks ?? []).map((t) => `${t.title} ${t.startDate}..${t.endDate}`);
}
