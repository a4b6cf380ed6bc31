/**
 * Random identifiers. `crypto.randomUUID` needs a secure context, which a page opened from
 * file:// is not, so the UUID is built from `getRandomValues`, available everywhere. The random
 * bytes are drawn 4 KiB at a time: an import of 150,000 hourly rows asked the system for 16 bytes
 * 150,000 times, which took longer than the rest of its merge.
 */
const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let used = POOL_BYTES;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function newId<T extends string>(): T {
  if (used + 16 > POOL_BYTES) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  const at = used;
  used += 16;
  const b = (i: number): string => HEX[pool[at + i]!]!;
  const v = HEX[(pool[at + 6]! & 0x0f) | 0x40]!;
  const r = HEX[(pool[at + 8]! & 0x3f) | 0x80]!;
  return `${b(0)}${b(1)}${b(2)}${b(3)}-${b(4)}${b(5)}-${v}${b(7)}-${r}${b(9)}-${b(10)}${b(11)}${b(12)}${b(13)}${b(14)}${b(15)}` as T;
}
