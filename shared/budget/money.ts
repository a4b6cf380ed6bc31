import type { LocalizedText } from '../i18n/locale';
import { multiplyRound, toFraction, toSafeNumber } from './exact';

/**
 * Money in integer minor units (分, cents) of the plan's currency: digits per currency, exact
 * formatting (with an optional 万 display for Chinese), exact parsing of what planners type
 * ("¥12,000", "1.2万", "US$99.90"), exact unit price × quantity and exact proportional splits.
 */

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency as Intl knows them: CNY 2, USD 2, JPY 0, KWD 3. */
export function currencyMinorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** 10^digits: how many minor units make one major unit (100 for CNY). */
export function minorPerMajor(currency: string): number {
  return 10 ** currencyMinorDigits(currency);
}

/** The exact decimal text of an amount of minor units: 123456 CNY → "1234.56". */
export function minorToDecimalString(minor: number, digits: number): string {
  const negative = minor < 0;
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export interface FormatMoneyOptions {
  /** Show amounts of 1万 and more as "¥1.23万" (Chinese locales only; others ignore it). */
  wan?: boolean;
  /** Decimals of the 万 figure, rounded half-up; default 2. */
  wanFractionDigits?: number;
}

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${min}|${max}`;
  let f = formatterCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formatterCache.set(key, f);
  }
  return f;
}

/**
 * The currency's symbol as the amounts show it (¥, $, €): for the head of a column whose cells
 * are plain amounts ("预算金额 (¥)"), so a column of 100,000.00 says what it counts.
 */
export function currencySymbol(currency: string, locale: string): string {
  const digits = currencyMinorDigits(currency);
  return (
    formatter(locale, currency, digits, digits)
      .formatToParts(0)
      .find((p) => p.type === 'currency')?.value ?? currency
  );
}

/** The head of a column of plain amounts, with the currency they are in: "预算金额 (¥)". */
export function labelInCurrency(label: string, currency: string, locale: string): string {
  return `${label} (${currencySymbol(currency, locale)})`;
}

const WAN = 10_000;

/**
 * Formats minor units for a locale. Intl formats the exact decimal string, so even amounts
 * beyond 2^53 ÷ 100 are not rounded through a float. The 万 display rounds the 万 figure
 * half-up to `wanFractionDigits` decimals and trims trailing zeros: 1234567 fen → "¥1.23万".
 */
export function formatMoney(
  minor: number,
  currency: string,
  locale: string,
  options: FormatMoneyOptions = {},
): string {
  const digits = currencyMinorDigits(currency);
  const wanMinor = WAN * 10 ** digits;
  if (options.wan && locale.startsWith('zh') && Math.abs(minor) >= wanMinor) {
    const wanDigits = options.wanFractionDigits ?? 2;
    // Work in units of 10^-wanDigits 万, rounded once, half-up.
    const scaled = Number(roundHalfUpDiv(BigInt(minor) * 10n ** BigInt(wanDigits), BigInt(wanMinor)));
    const text = minorToDecimalString(scaled, wanDigits);
    return `${formatter(locale, currency, 0, wanDigits).format(text as `${number}`)}万`;
  }
  return formatter(locale, currency, digits, digits).format(
    minorToDecimalString(minor, digits) as `${number}`,
  );
}

function roundHalfUpDiv(num: bigint, den: bigint): bigint {
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const q = (abs * 2n + den) / (den * 2n);
  return negative ? -q : q;
}

export type MoneyParseErrorCode = 'empty' | 'notANumber' | 'tooPrecise' | 'tooLarge';

export type MoneyParseResult =
  { ok: true; minor: number } | { ok: false; code: MoneyParseErrorCode; message: LocalizedText };

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const UNIT_SUFFIX: [RegExp, bigint][] = [
  [/亿元?$/, 100_000_000n],
  [/万元?$/, 10_000n],
  [/w$/i, 10_000n],
  [/千元?$/, 1_000n],
  [/k$/i, 1_000n],
];
const CURRENCY_MARKS = /(?:[A-Z]{2}\$|CN¥|[A-Z]{3}|RMB|rmb|[¥\uFFE5$€£₩元圆块])/g;

function parseError(code: MoneyParseErrorCode, text: string, currency: string): MoneyParseResult {
  const messages: Record<MoneyParseErrorCode, LocalizedText> = {
    empty: { zh: '请输入金额', en: 'Enter an amount' },
    notANumber: { zh: `“${text}”不是金额`, en: `“${text}” is not an amount` },
    tooPrecise: {
      zh: `“${text}”的小数位超过 ${currency} 的最小单位`,
      en: `“${text}” has more decimals than ${currency} allows`,
    },
    tooLarge: { zh: `“${text}”太大`, en: `“${text}” is too large` },
  };
  return { ok: false, code, message: messages[code] };
}

/**
 * Reads what a planner types into a money field: "¥12,000", "12000元", "1.2万", "3.5亿",
 * "US$1,234.56", "-300", "(300)", full-width digits. Returns exact minor units, or an error
 * when the text is no amount or has more decimals than the currency has minor digits.
 * The decimal mark is always "." (the convention of zh-CN and en-US).
 */
export function parseMoneyInput(text: string, currency: string): MoneyParseResult {
  let s = text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\uFE63]/g, '-')
    .trim();
  if (s === '') return parseError('empty', text, currency);
  // A remark after the amount, as the importer reads it: 5000(预估), 1,200（含税）.
  s = s
    .replace(/\s+/g, '')
    .replace(/\([^()\d]*\)$/, '')
    .replace(/元整/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  let signed = false;
  if (s.startsWith('-')) {
    negative = !negative;
    signed = true;
    s = s.slice(1);
  }
  s = s.replace(CURRENCY_MARKS, '');
  // ¥(300): the currency sign outside the accountant's brackets.
  if (/^\(.*\)$/.test(s)) {
    negative = !negative;
    s = s.slice(1, -1);
  }
  // ¥-300: the sign after the currency mark; a second sign ("--5") is no amount.
  if (s.startsWith('-') && !signed) {
    negative = !negative;
    s = s.slice(1);
  }
  let multiplier = 1n;
  for (const [suffix, factor] of UNIT_SUFFIX) {
    if (suffix.test(s)) {
      multiplier = factor;
      s = s.replace(suffix, '');
      break;
    }
  }
  // Thousands are grouped in threes, as the importer reads them: "12,00" (a decimal comma) and
  // "1,2,3" are no amounts rather than 1,200 and 123.
  if (s.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s))
    return parseError('notANumber', text, currency);
  s = s.replace(/,/g, '');
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || s === '' || s === '.') return parseError('notANumber', text, currency);
  const whole = m[1] ?? '';
  const fraction = m[2] ?? '';
  const digits = currencyMinorDigits(currency);
  // value = (whole.fraction) × multiplier × 10^digits must be a whole number of minor units.
  const num = BigInt(`${whole}${fraction}` || '0') * multiplier * 10n ** BigInt(digits);
  const den = 10n ** BigInt(fraction.length);
  if (num % den !== 0n) return parseError('tooPrecise', text, currency);
  const minor = num / den;
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return parseError('tooLarge', text, currency);
  return { ok: true, minor: negative && minor !== 0n ? -Number(minor) : Number(minor) };
}

/** unit price × quantity, exact, rounded half-up to the minor unit (2.5 × ¥0.33 → ¥0.83). */
export function multiplyMinor(unitPriceMinor: number, quantity: number): number {
  return multiplyRound(unitPriceMinor, quantity);
}

/**
 * Splits `totalMinor` in proportion to `weights` so the parts always sum to the total exactly
 * (largest-remainder / Hamilton method; ties go to the earlier part). All-zero weights split
 * evenly. Weights must be finite and ≥ 0.
 */
export function allocateProportionally(totalMinor: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  if (totalMinor < 0) return allocateProportionally(-totalMinor, weights).map((v) => (v === 0 ? 0 : -v));
  const fractions = weights.map((w) => {
    if (!(w >= 0)) throw new RangeError(`weights must be ≥ 0, got ${w}`);
    return toFraction(w);
  });
  let commonDen = 1n;
  for (const f of fractions) if (f.den > commonDen) commonDen = f.den; // all are powers of ten
  let scaled = fractions.map((f) => f.num * (commonDen / f.den));
  let sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    scaled = scaled.map(() => 1n);
    sum = BigInt(scaled.length);
  }
  const total = BigInt(totalMinor);
  const parts = scaled.map((w) => (total * w) / sum);
  const remainders = scaled.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(toSafeNumber);
}

/** "1234567.89" → "1,234,567.89": easier to read in a field, and parseMoneyInput takes it back. */
export function groupThousands(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [whole = '', fraction] = (negative ? decimal.slice(1) : decimal).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}

/** Minor units as a money field shows them: grouped, no currency mark ("12,000.50"). */
export function formatMinorForInput(minor: number, currency: string): string {
  return groupThousands(minorToDecimalString(minor, currencyMinorDigits(currency)));
}
