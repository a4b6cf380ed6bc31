/**
 * A look at a zip's central directory before anything is inflated: a few hundred kilobytes can
 * hold a sheet that inflates to gigabytes (a zip bomb), which would exhaust memory long before the
 * row limit is reached. Only the sizes the zip declares are checked here; a zip that lies about
 * them is caught while its parts are inflated (storedZip.ts), which keeps no more than they declare.
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

/** One part as the zip's central directory lists it. */
export interface DirectoryEntry {
  name: string;
  /** The inflated size the central directory declares. */
  size: number;
  /** Its size in the file, compressed. */
  compressed: number;
  /** 0 stored, 8 deflated. */
  method: number;
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

/**
 * The entries of a zip's central directory, null when it has none. `complete` is false when the
 * directory stops before the count its end record gives (a file cut short or overwritten there).
 */
export function zipDirectory(bytes: Uint8Array): { entries: DirectoryEntry[]; complete: boolean } | null {
  const end = endOfDirectory(bytes);
  if (end < 0) return null;
  let count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  // A ZIP64 end record (some writers add one even to small files) holds the count and offset.
  const zip64 = u32(bytes, end - 20) === 0x07064b50 ? u32(bytes, end - 12) : -1;
  if (zip64 >= 0 && u32(bytes, zip64) === 0x06064b50) {
    count = u32(bytes, zip64 + 32);
    at = u32(bytes, zip64 + 48);
  }
  const entries: DirectoryEntry[] = [];
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (u32(bytes, at) !== 0x02014b50) break;
    const nameLength = u16(bytes, at + 28);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      size: u32(bytes, at + 24),
      compressed: u32(bytes, at + 20),
      method: u16(bytes, at + 10),
      local: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { entries, complete: entries.length === count };
}

/** Where a part's data starts, by its local header; -1 when no local header is there. */
export function partDataStart(bytes: Uint8Array, entry: DirectoryEntry): number {
  if (u32(bytes, entry.local) !== 0x04034b50) return -1;
  return entry.local + 30 + u16(bytes, entry.local + 26) + u16(bytes, entry.local + 28);
}

/** Declared inflated sizes of a zip's parts; null when there is no central directory to read. */
export function declaredUnpackedSize(bytes: Uint8Array): UnpackedSize | null {
  const directory = zipDirectory(bytes);
  if (!directory) return null;
  let total = 0;
  let largest: UnpackedSize['largest'] = null;
  for (const entry of directory.entries) {
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
