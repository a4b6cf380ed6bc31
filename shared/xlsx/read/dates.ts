import { isDateCell, serialToDate, type CellValue } from './grid';

/**
 * Dates as planners type them. A cell becomes one of:
 * - full: year, month and day are known;
 * - noYear: 10月20日, 10.20 — the year comes from the sheet's other dates or the plan;
 * - slash: 10/20 or 20/10/2026 — month/day or day/month is decided for the whole sheet;
 * - invalid / impossible (2026-02-30).
 */
export type DateToken =
  | { kind: 'full'; y: number; m: number; d: number; time: string | null }
  | { kind: 'noYear'; m: number; d: number; time: string | null }
  | { kind: 'slash'; a: number; b: number; y: number | null; time: string | null }
  | { kind: 'invalid' }
  | { kind: 'blank' };

export type DateOrder = 'md' | 'dm';

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Full-width digits and punctuation (２０２６／１０／２０) are common in Chinese sheets. */
function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

function year4(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function splitTime(s: string): { rest: string; time: string | null } {
  // No leading \s*: unanchored, it rescanned every run of spaces from each of its characters.
  const m = /(?:T|\s)?(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(s.trimEnd());
  if (!m || m.index === 0) return { rest: s, time: null };
  const hh = Number(m[1]);
  const mm = Number(m[2]);
  if (hh > 23 || mm > 59) return { rest: s, time: null };
  const time = hh === 0 && mm === 0 ? null : `${String(hh).padStart(2, '0')}:${m[2]}`;
  return { rest: s.slice(0, m.index), time };
}

const MAX_DATE_TEXT = 64;

export function tokenizeDate(value: CellValue): DateToken {
  if (value === null) return { kind: 'blank' };
  if (isDateCell(value)) {
    const [y, m, d] = value.date.split('-').map(Number);
    return { kind: 'full', y: y ?? 0, m: m ?? 0, d: d ?? 0, time: value.time };
  }
  if (typeof value === 'number') {
    // A real date whose cell lost its date format (46143), or 10.20 typed as a number.
    if (value >= 20000 && value < 80000) {
      const { date, time } = serialToDate(value);
      const [y, m, d] = date.split('-').map(Number);
      return { kind: 'full', y: y ?? 0, m: m ?? 0, d: d ?? 0, time };
    }
    if (value >= 19000101 && value <= 21001231 && Number.isInteger(value)) {
      return tokenizeDate(String(value));
    }
    if (value >= 1 && value < 13 && !Number.isInteger(value)) return tokenizeDate(String(value));
    return { kind: 'invalid' };
  }
  if (typeof value !== 'string') return { kind: 'invalid' };
  if (value.length > MAX_DATE_TEXT * 4 && value.trim().length > MAX_DATE_TEXT) return { kind: 'invalid' };
  let s = toHalfWidth(value).trim();
  if (s === '') return { kind: 'blank' };
  // The longest date form (2026年10月20日(星期二) 20:00:00) is far shorter; a long text is not a date,
  // and reading it through the patterns below would cost time that grows with its square.
  if (s.length > MAX_DATE_TEXT) return { kind: 'invalid' };
  // Weekday notes: 10月20日(周二), 2026-10-20 星期二, Tue 2026-10-20
  s = s
    .replace(/[(（[【]?\s*(周|星期|礼拜)[一二三四五六日天]\s*[)）\]】]?/g, '')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?/gi, '')
    .trim();
  // A CSV keeps an Excel date whose cell was formatted as a number as its serial: 46327.
  if (/^\d{5}(?:\.\d+)?$/.test(s)) {
    const serial = Number(s);
    if (serial >= 20000 && serial < 80000) return tokenizeDate(serial);
  }
  const { rest, time } = splitTime(s);
  s = rest.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}|\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/.exec(s))) {
    if (m[1]!.length === 2 && /[/]/.test(s)) {
      // 26/10/20 is too ambiguous (yy/mm/dd vs dd/mm/yy); only the 4-digit year form is read as y/m/d.
      return { kind: 'slash', a: Number(m[1]), b: Number(m[2]), y: year4(Number(m[3])), time };
    }
    return { kind: 'full', y: year4(Number(m[1])), m: Number(m[2]), d: Number(m[3]), time };
  }
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    return { kind: 'full', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time };
  }
  if ((m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s))) {
    return { kind: 'noYear', m: Number(m[1]), d: Number(m[2]), time };
  }
  if ((m = /^(\d{1,2})\.(\d{1,2})$/.exec(s))) {
    return { kind: 'noYear', m: Number(m[1]), d: Number(m[2]), time };
  }
  if ((m = /^(\d{1,2})\s*[/-]\s*(\d{1,2})$/.exec(s))) {
    return { kind: 'slash', a: Number(m[1]), b: Number(m[2]), y: null, time };
  }
  if ((m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(s))) {
    return { kind: 'slash', a: Number(m[1]), b: Number(m[2]), y: year4(Number(m[3])), time };
  }
  // English month names: Oct 20, 2026 / 20 Oct 2026 / October 20
  if ((m = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i.exec(s))) {
    const mi = monthNames.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mi >= 0) return withYear(m[3], mi + 1, Number(m[2]), time);
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?(?:\s+(\d{4}))?$/i.exec(s))) {
    const mi = monthNames.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mi >= 0) return withYear(m[3], mi + 1, Number(m[1]), time);
  }
  return { kind: 'invalid' };
}

function withYear(y: string | undefined, m: number, d: number, time: string | null): DateToken {
  return y ? { kind: 'full', y: Number(y), m, d, time } : { kind: 'noYear', m, d, time };
}

/** What the sheet's slash dates say about their order: 13/10 can only be day/month, 10/13 only month/day. */
export function inferDateOrder(tokens: readonly DateToken[]): DateOrder | 'mixed' | null {
  let dm = false;
  let md = false;
  for (const t of tokens) {
    if (t.kind !== 'slash') continue;
    if (t.a > 12 && t.b <= 12) dm = true;
    if (t.b > 12 && t.a <= 12) md = true;
  }
  if (dm && md) return 'mixed';
  if (dm) return 'dm';
  if (md) return 'md';
  return null;
}

export type ResolvedDate =
  | { ok: true; date: string; time: string | null; yearFrom: 'cell' | 'sheet' | 'context' | 'assumed' }
  | { ok: false; reason: 'invalid' | 'impossible' | 'blank' };

export interface YearContext {
  /** Dates with a year elsewhere in the sheet, YYYY-MM-DD; the nearest year to them wins. */
  anchor: string | null;
  anchorFrom: 'sheet' | 'context' | 'assumed';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function check(y: number, m: number, d: number): string | 'invalid' | 'impossible' {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return 'invalid';
  // Plain calendar arithmetic: this runs for every date cell of a 100,000-row sheet.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysIn = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= daysIn ? `${y}-${pad(m)}-${pad(d)}` : 'impossible';
}

/** For 10月20日 with no year: the year that puts it closest to the sheet's other dates. */
function yearNear(anchor: string, m: number, d: number): number {
  const ay = Number(anchor.slice(0, 4));
  let best = ay;
  let bestGap = Infinity;
  for (const y of [ay - 1, ay, ay + 1]) {
    const gap = Math.abs(Date.UTC(y, m - 1, Math.min(d, 28)) - Date.parse(`${anchor}T00:00:00Z`));
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  return best;
}

export function resolveDate(token: DateToken, order: DateOrder, years: YearContext): ResolvedDate {
  switch (token.kind) {
    case 'blank':
      return { ok: false, reason: 'blank' };
    case 'invalid':
      return { ok: false, reason: 'invalid' };
    case 'full': {
      const iso = check(token.y, token.m, token.d);
      if (iso === 'invalid' || iso === 'impossible') return { ok: false, reason: iso };
      return { ok: true, date: iso, time: token.time, yearFrom: 'cell' };
    }
    case 'noYear':
    case 'slash': {
      const m = token.kind === 'noYear' ? token.m : order === 'md' ? token.a : token.b;
      const d = token.kind === 'noYear' ? token.d : order === 'md' ? token.b : token.a;
      const cellYear = token.kind === 'slash' ? token.y : null;
      if (m < 1 || m > 12 || d < 1 || d > 31) return { ok: false, reason: 'invalid' };
      const y = cellYear ?? (years.anchor ? yearNear(years.anchor, m, d) : null);
      if (y === null) return { ok: false, reason: 'invalid' };
      const iso = check(y, m, d);
      if (iso === 'invalid' || iso === 'impossible') return { ok: false, reason: iso };
      return { ok: true, date: iso, time: token.time, yearFrom: cellYear ? 'cell' : years.anchorFrom };
    }
  }
}

/** The median of the dates that carry their own year: the anchor for dates without one. */
export function anchorFromTokens(tokens: readonly DateToken[]): string | null {
  const full: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'full') continue;
    const iso = check(t.y, t.m, t.d);
    if (iso !== 'invalid' && iso !== 'impossible') full.push(iso);
  }
  if (full.length === 0) return null;
  full.sort();
  return full[Math.floor(full.length / 2)] ?? null;
}
