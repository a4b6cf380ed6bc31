import { describe, expect, it } from 'vitest';
import { appMessages } from '../../../renderer/src/i18n/messages';
import { currencyDigits, makeFormatters } from '../../../renderer/src/i18n';

describe('locale formatting', () => {
  it('formats integer minor units as money for each locale and currency', () => {
    const zh = makeFormatters('zh-CN');
    const en = makeFormatters('en-US');
    expect(zh.money(1_234_550, 'CNY')).toBe('¥12,345.50');
    expect(en.money(1_234_550, 'USD')).toBe('$12,345.50');
    expect(en.money(-120_000, 'USD')).toBe('-$1,200.00');
    expect(en.money(1500, 'JPY')).toBe('¥1,500');
    expect(currencyDigits('JPY')).toBe(0);
  });

  it('shows 万 for large amounts in Chinese when the planner asks for it', () => {
    expect(makeFormatters('zh-CN', true).money(123_456_700, 'CNY')).toBe('¥123.46万');
    expect(makeFormatters('zh-CN', true).money(500_000, 'CNY')).toBe('¥5,000.00');
    // 万 is a Chinese reading; English keeps the full amount.
    expect(makeFormatters('en-US', true).money(123_456_700, 'USD')).toBe('$1,234,567.00');
  });

  it('formats dates without shifting them by the time zone', () => {
    expect(makeFormatters('zh-CN').date('2026-11-11', 'short')).toBe('11/11');
    expect(makeFormatters('en-US').date('2026-11-11')).toBe('Wed, Nov 11, 2026');
    expect(makeFormatters('en-US').percent(0.035)).toBe('3.5%');
  });

  it('writes a column of figures with fixed decimals when asked, else drops trailing zeros', () => {
    const zh = makeFormatters('zh-CN');
    expect(zh.percent(0.88, 1, { fixed: true })).toBe('88.0%');
    expect(zh.percent(0.032, 2, { fixed: true })).toBe('3.20%');
    expect(zh.percent(0.88, 1)).toBe('88%');
    expect(zh.number(88, 1, { fixed: true })).toBe('88.0');
    expect(zh.number(49.8765, 2, { fixed: true })).toBe('49.88');
    expect(zh.number(88, 1)).toBe('88');
  });

  it('writes 投产比 as docs/figures.md does, "5.80 (1:5.80)", in both languages', () => {
    // ¥690,000 ÷ ¥119,000 = 5.7983… (docs/figures.md, the worked plan).
    expect(makeFormatters('zh-CN').ratio(690_000 / 119_000)).toBe('5.80 (1:5.80)');
    expect(makeFormatters('en-US').ratio(5)).toBe('5.00 (1:5.00)');
    expect(makeFormatters('en-US').ratio(1234.5)).toBe('1,234.50 (1:1,234.50)');
  });

  it('has every string in both languages, none empty', () => {
    const walk = (zh: unknown, en: unknown, path: string): void => {
      if (typeof zh === 'string') {
        expect(typeof en, path).toBe('string');
        expect((en as string).length, path).toBeGreaterThan(0);
        expect(zh.length, path).toBeGreaterThan(0);
        return;
      }
      if (typeof zh === 'function') {
        expect(typeof en, path).toBe('function');
        return;
      }
      const keys = Object.keys(zh as object).sort();
      expect(Object.keys(en as object).sort(), path).toEqual(keys);
      for (const k of keys)
        walk((zh as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], `${path}.${k}`);
    };
    walk(appMessages['zh-CN'], appMessages['en-US'], 'app');
  });
});
