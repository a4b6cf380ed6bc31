import { unzipSync, zipSync } from 'fflate';

/**
 * The .xlsx (or .ods) with every part inflated by fflate and stored uncompressed, which is what
 * SheetJS then reads. SheetJS's own inflate never checks that it has run past the end of the data:
 * on some damaged deflate streams (a few bytes changed inside a part) it loops forever, and as it
 * reads synchronously nothing can stop it — the app hung on such a file (found by the importer's
 * property tests, FC_SEED=523209898). fflate refuses damaged data with an error instead.
 * Each part is inflated into a buffer of the size the zip's directory declares, as SheetJS did
 * (readWorkbook checks those sizes against MAX_UNPACKED_BYTES first), so a part cannot grow
 * memory past them. Null when the zip or one of its parts is damaged.
 */
export function storedCopy(bytes: Uint8Array): Uint8Array | null {
  try {
    return zipSync(unzipSync(bytes), { level: 0 });
  } catch {
    return null;
  }
}
