/**
 * Field-level three-way merge of stored records, for two windows editing the same plan.
 *
 * `base` is the record as this window last knew it stored, `mine` is this window's version and
 * `theirs` is what is stored now (perhaps written by the other window). A field changed on one
 * side only takes that side's value; a field changed on both sides takes mine (the later writer
 * wins for that field alone). So edits to different fields of the same record both survive.
 * `undefined` means "no such record" (not created yet, or deleted); a deletion on either side wins.
 */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => isDeepEqual(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  return keys.every((k) => Object.hasOwn(bo, k) && isDeepEqual(ao[k], bo[k]));
}

export function mergeRecord<T extends object>(
  base: T | undefined,
  mine: T | undefined,
  theirs: T | undefined,
): T | undefined {
  if (isDeepEqual(mine, theirs)) return mine;
  if (isDeepEqual(theirs, base)) return mine; // only I changed it (or nobody)
  if (isDeepEqual(mine, base)) return theirs; // only they changed it
  // Both changed it. A deletion on either side wins over an edit.
  if (mine === undefined || theirs === undefined) return undefined;
  const b = (base ?? {}) as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(t), ...Object.keys(m)])) {
    const mineChanged = !isDeepEqual(m[key], b[key]);
    const value = mineChanged ? m[key] : t[key];
    if (value !== undefined || Object.hasOwn(mineChanged ? m : t, key)) merged[key] = value;
  }
  return merged as T;
}
