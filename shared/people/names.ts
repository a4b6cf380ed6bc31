/**
 * Owner texts → names → keys, as docs/people.md defines them. Pure string work: no roster here.
 */

/** Separators between owners in one text, with their full-width forms. */
const SEPARATORS = new Set(['/', '／', '、', ',', '，', ';', '；', '&', '＆']);
const OPENING = new Set(['(', '（', '[', '［', '【']);
const CLOSING = new Set([')', '）', ']', '］', '】']);
const TRAILING_NOTE = /^(.*?)\s*(?:\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】)\s*$/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** NFKC folds full-width letters, digits, spaces, brackets and separators to their ordinary forms. */
function fold(text: string): string {
  return text.normalize('NFKC');
}

/** "张三/李四" → ["张三", "李四"], raw spellings trimmed; a separator inside brackets ("张三(运营/市场)") does not split. */
export function splitOwners(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPENING.has(ch)) depth += 1;
    else if (CLOSING.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  // Each part keeps the spelling the planner typed (only trimmed): "keep as text" keeps it so.
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export interface CleanName {
  /** The name as it should be shown: folded, note taken off, spaces collapsed, trimmed. */
  name: string;
  /** A trailing bracketed note ("运营" of "张三(运营)"), or '' when there is none. */
  note: string;
}

export function cleanName(raw: string): CleanName {
  let name = fold(raw).replace(/\s+/gu, ' ').trim();
  let note = '';
  const m = TRAILING_NOTE.exec(name);
  if (m && (m[1] ?? '').trim().length > 0) {
    name = (m[1] ?? '').trim();
    note = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  }
  return { name, note };
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** The compared form of a name: cleaned, lower-cased; CJK without spaces, Latin words sorted. */
export function nameKey(raw: string): string {
  const name = cleanName(raw).name.toLowerCase();
  if (hasCjk(name)) return name.replace(/\s+/gu, '');
  return name
    .split(' ')
    .filter((w) => w.length > 0)
    .sort()
    .join(' ');
}

/** Levenshtein distance over code points, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** Do the words of a (sorted) key, in some order, spell `bare`? ("san zhang" → "zhangsan") */
function joinsTo(key: string, bare: string): boolean {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const orders =
    words.length === 2
      ? [words, [words[1], words[0]]]
      : [0, 1, 2].flatMap((i) =>
          [0, 1, 2].filter((j) => j !== i).map((j) => [words[i], words[j], words[3 - i - j]]),
        );
  return orders.some((o) => o.join('') === bare);
}

/** Similar but not equal keys, by the rules of docs/people.md ("suggested"). */
export function areSimilarKeys(a: string, b: string): boolean {
  if (a === b || a.length === 0 || b.length === 0) return false;
  const bareA = a.replace(/\s+/gu, '');
  const bareB = b.replace(/\s+/gu, '');
  if (bareA === bareB || joinsTo(a, bareB) || joinsTo(b, bareA)) return true;
  if (hasCjk(a) || hasCjk(b)) {
    return Array.from(bareA)[0] === Array.from(bareB)[0] && editDistance(bareA, bareB, 1) === 1;
  }
  const shorter = Math.min(bareA.length, bareB.length);
  const allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
  if (allowed > 0 && editDistance(bareA, bareB, allowed) <= allowed) return true;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  const [few, many] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return few.length < many.length && few.every((w) => w.length >= 2 && many.includes(w));
}
