/**
 * A look at a zip's central directory before SheetJS inflates anything: a few hundred kilobytes
 * can hold a sheet that inflates to gigabytes (a zip bomb), which would exhaust memory long before
 * the row limit is reached. Only the sizes the zip declares are checked here; SheetJS itself does
 * not trust them either way, so a zip that lies about its sizes is still inflated in full.
 */

/** Far beyond any planner's workbook (100,000 rows of a dozen columns is about 100 MB of XML). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export interface UnpackedSize {
  total: number;
  /** The largest part and its declared inflated size. */
  largest: { name: string; size: number } | null;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) + u16(b, i + 2) * 65536) >>> 0;

interface DirectoryEntry {
  name: string;
  /** The inflated size the central directory declares. */
  size: number;
  /** Where the part's local header starts. */
  local: number;
}

/** Where the end-of-central-directory record starts, or -1 when the bytes have none. */
function endOfDirectory(bytes: Uint8Array): number {
  // It sits in the last 22 bytes plus at most a 64 KiB comment.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) return i;
  }
  return -1;
}

/** The entries of a zip's central directory, given where its end record starts. */
function* centralDirectory(bytes: Uint8Array, end: number): Generator<DirectoryEntry> {
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (u32(bytes, at) !== 0x02014b50) return;
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    yield { name, size: u32(bytes, at + 24), local: u32(bytes, at + 42) };
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
}

/** Declared inflated sizes of a zip's parts; null when there is no central directory to read. */
export function declaredUnpackedSize(bytes: Uint8Array): UnpackedSize | null {
  const end = endOfDirectory(bytes);
  if (end < 0) return null;
  let total = 0;
  let largest: UnpackedSize['largest'] = null;
  for (const entry of centralDirectory(bytes, end)) {
    // 0xFFFFFFFF means the real size is in a ZIP64 field: over 4 GiB, or pretending to be.
    let size = entry.size === 0xffffffff ? Number.MAX_SAFE_INTEGER : entry.size;
    // SheetJS reads the local header's copy, so a bigger local size counts as well.
    if (u32(bytes, entry.local) === 0x04034b50) {
      const localSize = u32(bytes, entry.local + 22);
      size = Math.max(size, localSize === 0xffffffff ? Number.MAX_SAFE_INTEGER : localSize);
    }
    total += size;
    if (!largest || size > largest.size) largest = { name: entry.name, size };
  }
  return { total, largest };
}

export interface InflatedPart {
  name: string;
  /** Bytes inflated before giving up: just over the limit, not the part's real size. */
  inflated: number;
}

/**
 * Inflates every deflated part of a zip, counting the bytes and keeping none of them, and stops
 * as soon as the total passes `limit`. This catches the zip bomb that lies about its sizes in the
 * directory (which declaredUnpackedSize trusts): SheetJS would inflate it in full, in memory.
 * Uses the platform's native DecompressionStream (browsers, workers and Node 18+), so a normal
 * workbook costs a few milliseconds. Returns the part that went over, or null.
 */
export async function inflatedPartBeyond(bytes: Uint8Array, limit: number): Promise<InflatedPart | null> {
  const end = endOfDirectory(bytes);
  if (typeof DecompressionStream === 'undefined' || end < 0) return null;
  let total = 0;
  for (const { name, local } of centralDirectory(bytes, end)) {
    if (u32(bytes, local) !== 0x04034b50) continue;
    const method = u16(bytes, local + 8);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (method === 0) {
      total += Math.max(0, Math.min(bytes.length, start + u32(bytes, local + 18)) - start);
    } else if (method === 8) {
      // Whatever the sizes say, the deflate stream itself ends where it ends: give it the rest.
      total = await inflateCounting(bytes.subarray(start), total, limit);
    } else continue;
    if (total > limit) return { name, inflated: total };
  }
  return null;
}

/** Inflates raw deflate data, adding its size to `total`; stops once `total` exceeds `limit`. */
async function inflateCounting(data: Uint8Array, total: number, limit: number): Promise<number> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let sum = total;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      sum += value.byteLength;
      if (sum > limit) break;
    }
  } catch {
    // Damaged data or trailing bytes after the stream's end: what was inflated so far counts;
    // SheetJS reports a damaged part itself.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return sum;
}
