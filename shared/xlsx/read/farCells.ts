/**
 * Cells SheetJS never hands over. To bound memory, sheets are read with `sheetRows` (the row
 * limit plus one), and SheetJS skips every cell below that row without a trace: no `!fullref`,
 * no count. A stray value at XFD1048576 would vanish silently. So the worksheet XML of an .xlsx
 * is scanned for the deepest cell that holds something, and a cell below the limit is reported
 * by sheet and address instead of being dropped.
 */

/** The parts of a zip as SheetJS keeps them with `bookFiles: true`: by path in the zip. */
export type ZipFiles = Record<string, { content?: ArrayLike<number> | null } | undefined>;

export interface FarCell {
  /** The address as written in the file, e.g. XFD1048576. */
  ref: string;
  /** 1-based row number. */
  row: number;
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;

/**
 * The deepest cell with content (`<c r="…">` that does not close itself) whose row is beyond
 * `limit`, or null. Linear in the part's size; bytes, not text, so no copy of the XML is made.
 */
export function deepestCellBeyond(xml: ArrayLike<number>, limit: number): FarCell | null {
  let best: FarCell | null = null;
  const n = xml.length;
  for (let i = 0; i < n - 3; i++) {
    if (xml[i] !== LT) continue;
    // `<c ` or `<x:c ` (with a namespace prefix): the start tag of a cell.
    let j = i + 1;
    let p = j;
    while (p < n && p - j < 12 && isNameChar(xml[p])) p++;
    if (xml[p] === 0x3a /* : */) j = p + 1;
    if (xml[j] !== 0x63 /* c */ || !isSpace(xml[j + 1])) continue;
    // Read the tag's attributes up to its end, noting r="…" and whether it ends with "/>".
    let k = j + 2;
    let ref = '';
    let quote = 0;
    let attrStart = -1;
    while (k < n) {
      const b = xml[k]!;
      if (quote) {
        if (b === quote) {
          if (attrStart >= 0) {
            ref = ascii(xml, attrStart, k);
            attrStart = -1;
          }
          quote = 0;
        }
      } else if (b === QUOTE || b === APOS) {
        quote = b;
        if (xml[k - 1] === 0x3d /* = */ && xml[k - 2] === 0x72 /* r */ && isSpace(xml[k - 3]))
          attrStart = k + 1;
      } else if (b === GT) break;
      k++;
    }
    const empty = xml[k - 1] === SLASH;
    i = k;
    if (empty || !ref) continue;
    const row = rowOf(ref);
    if (row > limit && (!best || row > best.row)) best = { ref, row };
  }
  return best;
}

function isNameChar(b: number | undefined): boolean {
  return (
    b !== undefined && ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39))
  );
}

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function ascii(bytes: ArrayLike<number>, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to && i - from < 24; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** The row of an A1-style address ($ allowed); 0 when there is none. */
function rowOf(ref: string): number {
  const m = /^\$?[A-Za-z]{1,4}\$?(\d{1,9})$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

function text(content: ArrayLike<number> | null | undefined): string {
  if (!content) return '';
  const bytes = content instanceof Uint8Array ? content : Uint8Array.from(content);
  return new TextDecoder().decode(bytes);
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
}

/** Resolves `target` against the folder of `base` (both zip paths without a leading slash). */
function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/**
 * Worksheet parts by sheet name, read from the workbook part and its relationships. A part that
 * cannot be matched to a name is returned under its path, so it is still checked.
 */
export function worksheetParts(files: ZipFiles, workbookPath: string): Map<string, ArrayLike<number>> {
  const byPath = new Map<string, ArrayLike<number>>();
  for (const [path, entry] of Object.entries(files)) {
    const content = entry?.content;
    if (content && content.length > 0) byPath.set(path.replace(/^\//, ''), content);
  }
  const wbPath = workbookPath.replace(/^\//, '');
  const relsPath = wbPath.replace(/([^/]*)$/, '_rels/$1.rels');
  const targets = new Map<string, string>();
  for (const tag of text(byPath.get(relsPath)).match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, resolvePath(wbPath, target));
  }
  const out = new Map<string, ArrayLike<number>>();
  const named = new Set<string>();
  for (const tag of text(byPath.get(wbPath)).match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const id = attr(tag, 'r:id') ?? attr(tag, '\\w+:id');
    const path = id ? targets.get(id) : undefined;
    const content = path ? byPath.get(path) : undefined;
    if (name === null || !path || !content) continue;
    out.set(name, content);
    named.add(path);
  }
  for (const [path, content] of byPath) {
    if (/worksheets\/[^/]+\.xml$/i.test(path) && !named.has(path)) out.set(path, content);
  }
  return out;
}
