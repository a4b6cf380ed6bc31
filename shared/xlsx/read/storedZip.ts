import { Inflate, zipSync } from 'fflate';
import { partDataStart, zipDirectory } from './zipGuard';

/**
 * The .xlsx (or .ods) with every part inflated once, by fflate, and stored uncompressed, which is
 * what SheetJS then reads; or why it cannot be. This one pass makes every check the zip's data
 * needs:
 * - damaged: SheetJS's own inflate never checks that it has run past the end of the data: on some
 *   damaged deflate streams it loops forever, and as it reads synchronously nothing can stop it
 *   (the app hung on such a file; the importer's property tests, FC_SEED=523209898). fflate
 *   refuses damaged data with an error instead. A part that inflates to more than the directory
 *   declares is damaged too: cut at the declared size it was read as a sheet missing its end.
 * - tooLarge: a zip bomb that declares its parts small. Inflating is done in small steps and
 *   counted across all parts; past `limit` it stops, so the bomb costs the time of inflating
 *   `limit` bytes, never the memory (bytes past a part's declared size are counted, not kept).
 * Each part is kept in a buffer of its declared size, never more than is left of `limit`, so what
 * is kept stays within both (readWorkbook refuses declared sizes over its limit before this runs).
 */
export type StoredCopy =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'damaged' }
  | { ok: false; problem: 'tooLarge'; part: string; inflated: number };

const DAMAGED = { ok: false, problem: 'damaged' } as const;

/** Compressed bytes inflated per step: one step inflates to at most ~64 MB (deflate's 1:1032). */
const STEP = 64 * 1024;

export function storedCopy(bytes: Uint8Array, limit: number): StoredCopy {
  const directory = zipDirectory(bytes);
  if (!directory || !directory.complete) return DAMAGED;
  // No prototype: a part may be named __proto__.
  const files = Object.create(null) as Record<string, Uint8Array>;
  let total = 0;
  for (const entry of directory.entries) {
    const start = partDataStart(bytes, entry);
    if (start < 0 || start + entry.compressed > bytes.length) return DAMAGED;
    const data = bytes.subarray(start, start + entry.compressed);
    let part: Uint8Array;
    let length: number;
    if (entry.method === 0) {
      part = data;
      length = data.length;
    } else if (entry.method === 8) {
      // Never more than is left of the limit: a part past it is refused below, not kept.
      part = new Uint8Array(Math.min(entry.size, limit - total));
      let inflated = 0;
      const inflate = new Inflate((chunk: Uint8Array) => {
        if (inflated < part.length) part.set(chunk.subarray(0, part.length - inflated), inflated);
        inflated += chunk.length;
      });
      try {
        for (let at = 0; total + inflated <= limit; at += STEP) {
          const final = at + STEP >= data.length;
          inflate.push(data.subarray(at, at + STEP), final);
          if (final) break;
        }
      } catch {
        return DAMAGED; // fflate: invalid block type, bad code, or the data ends mid-stream
      }
      length = inflated;
    } else return DAMAGED; // no other method is used for a workbook
    total += length;
    if (total > limit) return { ok: false, problem: 'tooLarge', part: entry.name, inflated: total };
    if (length > entry.size) return DAMAGED;
    files[entry.name] = part.subarray(0, length);
  }
  return { ok: true, bytes: zipSync(files, { level: 0 }) };
}
