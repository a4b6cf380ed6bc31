import { readFileSync } from 'node:fs';
import type { PlanDocument } from '../shared/domain';
import { loadPlan } from './loadPlan';

/**
 * How every cli command reads its command line: `<file> [--name value]… [--switch]`. A flag's value
 * is the word after it; a flag may be given more than once (`--data a.xlsx --data b.xlsx`).
 */

/** Every value of the flag, in the order given. */
export function flags(args: readonly string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a === name && args[i + 1] !== undefined) out.push(args[i + 1]!);
  });
  return out;
}

/** The flag's first value; null when it is not given. */
export function flag(args: readonly string[], name: string): string | null {
  return flags(args, name)[0] ?? null;
}

/**
 * The plan in the file `file` (`--plan-id` picks one of a backup's plans); null, with the reason
 * written to stderr, when it cannot be read.
 */
export function planOfArgs(file: string, args: readonly string[]): PlanDocument | null {
  const doc = loadPlan(file, flag(args, '--plan-id'));
  if (typeof doc !== 'string') return doc;
  process.stderr.write(`${doc}\n`);
  return null;
}

/**
 * A data file to import: its bytes and its name; or why it cannot be read from the disk. What is
 * in it (a zip bomb, a damaged part) is the importer's to say: readWorkbook checks it in one pass.
 */
export type DataFile = { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; message: string };

export function readDataFile(file: string): DataFile {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${(error as Error).message}` };
  }
  return { ok: true, bytes, fileName: file.replace(/^.*[\\/]/, '') };
}
