import { isDateCell, isPercentCell, type CellValue } from './grid';

/**
 * Amounts, counts and rates as planners type them: ¥12,000.50, 12000元, 1.2万, (1,200),
 * a column headed 万元, "3.25%". Every parser returns null for a blank cell and
 * { error } for text that is not a number, so the caller can name the cell.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false } | null;

const PLACEHOLDERS = new Set([
  '-',
  '—',
  '–',
  '/',
  '／',
  '－',
  '——',
  'n/a',
  'na',
  '无',
  '暂无',
  '待定',
  'tbd',
]);

function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const UNIT_FACTORS: [RegExp, number][] = [
  [/(亿元?|亿)$/, 1e8],
  [/(万元|万|w)$/i, 1e4],
  [/(千元|千|k)$/i, 1e3],
];

/** A plain decimal in a cell's text, with its sign and any 万/亿/千 multiplier; null when not numeric. */
export function parseDecimalText(raw: string): { value: number; unitFactor: number | null } | null {
  let s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1] ?? '';
  }
  // A remark in brackets after the amount: 5000(预估), 1,200（含税）. Brackets around digits are a
  // negative amount (handled above and below), never a remark.
  s = s.replace(/[(][^()\d]*[)]$/, '');
  s = s.replace(/^(RMB|CNY|USD|EUR|HKD|JPY|人民币|¥|￥|\$|€|£)+/i, '');
  // ¥(300): the currency sign written outside the accountant's brackets.
  const innerParen = /^\((.*)\)$/.exec(s);
  if (innerParen && !paren) {
    negative = true;
    s = innerParen[1] ?? '';
  }
  if (/^[-−]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  }
  s = s.replace(/^(RMB|CNY|USD|EUR|HKD|JPY|¥|￥|\$|€|£)+/i, '');
  s = s.replace(/(元整|元|块|圆|rmb|cny|usd)$/i, '');
  let unitFactor: number | null = null;
  for (const [re, factor] of UNIT_FACTORS) {
    if (re.test(s)) {
      unitFactor = factor;
      s = s.replace(re, '');
      break;
    }
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) return null;
  const value = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, unitFactor };
}

function isPlaceholder(s: string): boolean {
  return PLACEHOLDERS.has(s.trim().toLowerCase());
}

/**
 * Money in minor units. `columnFactor` is 10000 for a column headed 万元; a unit written in the
 * cell itself (1.2万) wins over the column's. Rounds to the minor unit once, at the end.
 */
export function parseMoneyMinor(value: CellValue, columnFactor = 1, minorPerMajor = 100): Parsed<number> {
  if (value === null) return null;
  if (typeof value === 'number') {
    return { ok: true, value: Math.round(value * columnFactor * minorPerMajor) || 0 };
  }
  if (typeof value !== 'string') return { ok: false };
  if (value.trim() === '' || isPlaceholder(value)) return null;
  const parsed = parseDecimalText(value);
  if (!parsed) return { ok: false };
  const factor = parsed.unitFactor ?? columnFactor;
  return { ok: true, value: Math.round(parsed.value * factor * minorPerMajor) || 0 };
}

/** A whole count (visitors, orders). 1.2万 is allowed; fractions are rounded. */
export function parseCount(value: CellValue, columnFactor = 1): Parsed<number> {
  if (value === null) return null;
  if (typeof value === 'number') return { ok: true, value: Math.round(value * columnFactor) };
  if (typeof value !== 'string') return { ok: false };
  if (value.trim() === '' || isPlaceholder(value)) return null;
  const parsed = parseDecimalText(value);
  if (!parsed) return { ok: false };
  return { ok: true, value: Math.round(parsed.value * (parsed.unitFactor ?? columnFactor)) };
}

/** A plain number (quantity, duration). */
export function parseNumber(value: CellValue): Parsed<number> {
  if (value === null) return null;
  if (typeof value === 'number') return { ok: true, value };
  if (isPercentCell(value)) return { ok: true, value: value.fraction };
  if (typeof value !== 'string') return { ok: false };
  if (value.trim() === '' || isPlaceholder(value)) return null;
  const parsed = parseDecimalText(value.replace(/(天|日|d|days?|个|件|张|份|次|人)$/i, ''));
  if (!parsed) return { ok: false };
  return { ok: true, value: parsed.value * (parsed.unitFactor ?? 1) };
}

function tidy(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

/**
 * A rate as a fraction: "3.25%" → 0.0325; a cell formatted as % keeps its fraction; a bare
 * number is a percentage when the column says so (转化率(%)) or when it is above 1.
 */
export function parseRate(value: CellValue, columnIsPercent = false): Parsed<number> {
  if (value === null) return null;
  if (isPercentCell(value)) return { ok: true, value: tidy(value.fraction) };
  if (typeof value === 'number') {
    return { ok: true, value: tidy(columnIsPercent || Math.abs(value) > 1 ? value / 100 : value) };
  }
  if (typeof value !== 'string' || isDateCell(value)) return { ok: false };
  const s = toHalfWidth(value).trim();
  if (s === '' || isPlaceholder(s)) return null;
  const pct = /^([-−]?\d+(?:\.\d+)?)\s*[%％]$/.exec(s);
  if (pct) return { ok: true, value: tidy(Number(pct[1]!.replace('−', '-')) / 100) };
  const n = parseDecimalText(s);
  if (!n || n.unitFactor) return { ok: false };
  return { ok: true, value: tidy(columnIsPercent || Math.abs(n.value) > 1 ? n.value / 100 : n.value) };
}
