/**
 * Exact arithmetic for money × rate and money × quantity.
 *
 * Amounts are integer minor units, but rates (0.4) and quantities (2.5) are JavaScript numbers,
 * and `12345 * 0.07` in floating point is 864.1500000000001. To keep "no floating-point drift
 * anywhere", every number is read as the decimal the user typed — its shortest round-trip
 * string, so 0.07 is exactly 7/100 — and the product is computed with BigInt fractions and
 * rounded once, at the end, to a whole minor unit.
 *
 * Rounding is HALF-UP, away from zero (四舍五入), the rule Chinese finance and most planners'
 * spreadsheets use (Excel's ROUND does the same): 0.5 fen → 1 fen, −0.5 fen → −1 fen.
 */

export interface Fraction {
  num: bigint;
  /** Always positive. */
  den: bigint;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact decimal value of a finite number as written by `String(n)` (0.1 → 1/10). */
export function toFraction(value: number | bigint): Fraction {
  if (typeof value === 'bigint') return { num: value, den: 1n };
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Number.isInteger(value) && Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  const m = DECIMAL.exec(String(value));
  if (!m) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign, whole = '0', fraction = '', exponentText = '0'] = m;
  let num = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponentText);
  if (sign) num = -num;
  if (scale < 0) {
    num *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { num, den: 10n ** BigInt(scale) };
}

/** Rounds num ÷ den half-up (away from zero) to an integer. */
export function roundDivHalfUp(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const q = (abs * 2n + den) / (den * 2n);
  return negative ? -q : q;
}

/** The exact product of the factors, one fraction (its denominator positive, like each factor's). */
function productOf(factors: readonly (number | bigint)[]): Fraction {
  let num = 1n;
  let den = 1n;
  for (const f of factors) {
    const r = toFraction(f);
    num *= r.num;
    den *= r.den;
  }
  return { num, den };
}

/** Multiplies all factors exactly and rounds the product half-up to a whole number. */
export function multiplyRound(...factors: (number | bigint)[]): number {
  const product = productOf(factors);
  return toSafeNumber(roundDivHalfUp(product.num, product.den));
}

/** (Π numerators) ÷ (Π denominators), exact, rounded half-up once. */
export function ratioRound(numerators: (number | bigint)[], denominators: (number | bigint)[]): number {
  const top = productOf(numerators);
  const bottom = productOf(denominators);
  return toSafeNumber(roundDivHalfUp(top.num * bottom.den, top.den * bottom.num));
}

export function toSafeNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount ${value} is too large to keep exact`);
  return n;
}
