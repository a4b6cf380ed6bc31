import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateProportionally,
  currencyMinorDigits,
  formatMoney,
  multiplyMinor,
  parseMoneyInput,
  currencySymbol,
} from '../../../shared/budget/money';

describe('currency digits', () => {
  it('come from Intl: CNY and USD have 2, JPY 0, KWD 3', () => {
    expect(currencyMinorDigits('CNY')).toBe(2);
    expect(currencyMinorDigits('USD')).toBe(2);
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('KWD')).toBe(3);
  });
});

describe('formatMoney', () => {
  it('formats minor units for the locale', () => {
    expect(formatMoney(123456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney(123456, 'CNY', 'en-US')).toBe('¥1,234.56');
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(-5000, 'CNY', 'zh-CN')).toBe('-¥50.00');
  });

  it('formats amounts beyond float precision exactly', () => {
    // 2^53 + 1 fen cannot be a float, but 9,007,199,254,740,991 fen can; its yuan value cannot.
    expect(formatMoney(9_007_199_254_740_991, 'CNY', 'en-US')).toBe('¥90,071,992,547,409.91');
  });

  it('shows 万 for Chinese when asked, from 1万 upwards', () => {
    // 123,456,789 fen = ¥1,234,567.89 = 123.456789万 → 123.46万
    expect(formatMoney(123_456_789, 'CNY', 'zh-CN', { wan: true })).toBe('¥123.46万');
    expect(formatMoney(1_200_000, 'CNY', 'zh-CN', { wan: true })).toBe('¥1.2万');
    expect(formatMoney(1_000_000, 'CNY', 'zh-CN', { wan: true })).toBe('¥1万');
    // 1,234,500 fen = 1.2345万 → half-up → 1.23万 (the 3rd decimal is 4)
    expect(formatMoney(1_234_500, 'CNY', 'zh-CN', { wan: true })).toBe('¥1.23万');
    // 1,235,000 fen = 1.235万 → half-up → 1.24万
    expect(formatMoney(1_235_000, 'CNY', 'zh-CN', { wan: true })).toBe('¥1.24万');
    expect(formatMoney(999_999, 'CNY', 'zh-CN', { wan: true })).toBe('¥9,999.99');
    expect(formatMoney(-1_500_000, 'CNY', 'zh-CN', { wan: true })).toBe('-¥1.5万');
    expect(formatMoney(1_200_000, 'CNY', 'en-US', { wan: true })).toBe('¥12,000.00');
  });
});

describe('parseMoneyInput', () => {
  const ok = (text: string, currency = 'CNY') => {
    const r = parseMoneyInput(text, currency);
    return r.ok ? r.minor : r.code;
  };

  it('reads what planners type', () => {
    expect(ok('¥12,000')).toBe(1_200_000);
    expect(ok('12000元')).toBe(1_200_000);
    expect(ok('1.2万')).toBe(1_200_000);
    expect(ok('1.2万元')).toBe(1_200_000);
    expect(ok('3.5亿')).toBe(35_000_000_000);
    expect(ok(' 99.9 ')).toBe(9990);
    expect(ok('.5')).toBe(50);
    expect(ok('US$1,234.56', 'USD')).toBe(123456);
    expect(ok('$1,234.56', 'USD')).toBe(123456);
    expect(ok('-300')).toBe(-30000);
    expect(ok('(300)')).toBe(-30000);
    expect(ok('-¥50.00')).toBe(-5000);
    expect(ok('１２３')).toBe(12300);
    expect(ok('1.5k')).toBe(150_000);
    expect(ok('CNY 88')).toBe(8800);
  });

  it('refuses what is not an amount, naming why', () => {
    expect(ok('')).toBe('empty');
    expect(ok('abc')).toBe('notANumber');
    expect(ok('1.2.3')).toBe('notANumber');
    // A decimal comma or stray commas are not read as thousands: 12,00 is not 1,200.
    expect(ok('12,00')).toBe('notANumber');
    expect(ok('1,2,3')).toBe('notANumber');
    expect(ok('1,2345.6')).toBe('notANumber');
    // One sign: "--5" is a slip, not +5.
    expect(ok('--5')).toBe('notANumber');
    expect(ok('-¥-5')).toBe('notANumber');
    expect(ok('¥-5')).toBe(-500);
    expect(ok('12,345,678.9')).toBe(1_234_567_890);
    expect(ok('1.234')).toBe('tooPrecise');
    expect(ok('1.5', 'JPY')).toBe('tooPrecise');
    expect(ok('1.2345678万')).toBe('tooPrecise');
    expect(ok('99999999999999999')).toBe('tooLarge');
    const r = parseMoneyInput('1.234', 'CNY');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('CNY');
  });
});

describe('multiplyMinor (unit price × quantity, half-up)', () => {
  it('is exact and rounds half-up', () => {
    expect(multiplyMinor(199, 3)).toBe(597);
    // ¥0.33 × 2.5 = 0.825 yuan = 82.5 fen → 83 fen
    expect(multiplyMinor(33, 2.5)).toBe(83);
    // 1005 × 1.1 is 1105.5000000000002 in floating point; exactly 1105.5 → 1106
    expect(multiplyMinor(1005, 1.1)).toBe(1106);
    // 0.15 × 10 fen: float gives 1.4999999999999998, exact 1.5 → 2
    expect(multiplyMinor(10, 0.15)).toBe(2);
  });
});

describe('allocateProportionally', () => {
  it('splits by largest remainder, parts summing to the total', () => {
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateProportionally(1000, [0.5, 0.25, 0.25])).toEqual([500, 250, 250]);
    // 10 × 2/7 = 2.857, 10 × 5/7 = 7.142: floors 2 + 7 = 9, the larger remainder (0.857) gets 1
    expect(allocateProportionally(10, [2, 5])).toEqual([3, 7]);
    expect(allocateProportionally(10, [0, 0])).toEqual([5, 5]);
    expect(allocateProportionally(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocateProportionally(5, [])).toEqual([]);
  });

  it('always sums to the total and stays within one minor unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = allocateProportionally(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = sum === 0 ? total / weights.length : (total * (weights[i] ?? 0)) / sum;
            expect(Math.abs(p - exact)).toBeLessThan(1 + 1e-6 * Math.abs(total));
          });
        },
      ),
    );
  });
});

describe('formatting round-trips through parsing', () => {
  const amounts = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

  it('for every currency and locale', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.constantFrom('CNY', 'USD', 'JPY', 'EUR', 'KWD'),
        fc.constantFrom('zh-CN', 'en-US'),
        (minor, currency, locale) => {
          const r = parseMoneyInput(formatMoney(minor, currency, locale), currency);
          expect(r).toEqual({ ok: true, minor });
        },
      ),
    );
  });

  it('for the 万 display at full precision, and within half a display step at 2 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (minor) => {
        const exact = parseMoneyInput(
          formatMoney(minor, 'CNY', 'zh-CN', { wan: true, wanFractionDigits: 6 }),
          'CNY',
        );
        expect(exact).toEqual({ ok: true, minor });
        const shown = parseMoneyInput(formatMoney(minor, 'CNY', 'zh-CN', { wan: true }), 'CNY');
        expect(shown.ok).toBe(true);
        // 0.01万 = ¥100 = 10,000 fen; rounding moves at most half of that.
        if (shown.ok) expect(Math.abs(shown.minor - minor)).toBeLessThanOrEqual(5_000);
      }),
    );
  });
});

describe('currencySymbol', () => {
  it('is the symbol the amounts show, for the head of a column of plain amounts', () => {
    expect(currencySymbol('CNY', 'zh-CN')).toBe('¥');
    expect(currencySymbol('USD', 'en-US')).toBe('$');
    expect(currencySymbol('EUR', 'en-US')).toBe('€');
  });
});
