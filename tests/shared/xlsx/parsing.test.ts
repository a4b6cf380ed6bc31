import { describe, expect, it } from 'vitest';
import { resolveDate, tokenizeDate, inferDateOrder, type YearContext } from '../../../shared/xlsx/read/dates';
import { parseMoneyMinor, parseRate } from '../../../shared/xlsx/read/numbers';
import { readHeader } from '../../../shared/xlsx/read/headers';
import { isTotalsLabel } from '../../../shared/xlsx/labels';

const years: YearContext = { anchor: '2026-10-15', anchorFrom: 'sheet' };
const read = (v: string | number, order: 'md' | 'dm' = 'md'): string => {
  const r = resolveDate(tokenizeDate(v), order, years);
  return r.ok ? r.date + (r.time ? ` ${r.time}` : '') : r.reason;
};

describe('dates as planners type them', () => {
  it('reads every written form', () => {
    expect(read('2026/10/20')).toBe('2026-10-20');
    expect(read('2026-10-20')).toBe('2026-10-20');
    expect(read('2026.10.20')).toBe('2026-10-20');
    expect(read('10月20日')).toBe('2026-10-20');
    expect(read('2026年10月20日')).toBe('2026-10-20');
    expect(read('10.20')).toBe('2026-10-20');
    expect(read('２０２６／１０／２０')).toBe('2026-10-20');
    expect(read('10月20日（周二）')).toBe('2026-10-20');
    expect(read('2026-11-11 20:00')).toBe('2026-11-11 20:00');
    expect(read('Oct 20, 2026')).toBe('2026-10-20');
    expect(read(46143)).toBe('2026-05-01');
  });
  it('puts a date without a year nearest the sheet’s other dates (across new year)', () => {
    const december: YearContext = { anchor: '2026-12-20', anchorFrom: 'sheet' };
    const r = resolveDate(tokenizeDate('1月5日'), 'md', december);
    expect(r.ok && r.date).toBe('2027-01-05');
  });
  it('tells a date that does not exist from text that is no date', () => {
    expect(read('2026-02-30')).toBe('impossible');
    expect(read('4月31日')).toBe('impossible');
    expect(read('明天')).toBe('invalid');
    expect(read('2026-13-01')).toBe('invalid');
  });
  it('reads slash dates in the order the column shows', () => {
    expect(read('3/4/2026', 'md')).toBe('2026-03-04');
    expect(read('3/4/2026', 'dm')).toBe('2026-04-03');
    expect(inferDateOrder(['13/10/2026', '1/11/2026'].map(tokenizeDate))).toBe('dm');
    expect(inferDateOrder(['10/13/2026', '11/1/2026'].map(tokenizeDate))).toBe('md');
    expect(inferDateOrder(['10/13/2026', '13/10/2026'].map(tokenizeDate))).toBe('mixed');
    expect(inferDateOrder(['3/4', '5/6'].map(tokenizeDate))).toBeNull();
  });
});

describe('amounts and rates', () => {
  const minor = (v: string | number, factor = 1): number | string => {
    const r = parseMoneyMinor(v, factor);
    return r === null ? 'blank' : r.ok ? r.value : 'text';
  };
  it('reads money in the usual forms, to the fen', () => {
    expect(minor('¥12,000.50')).toBe(1_200_050);
    expect(minor('12000元')).toBe(1_200_000);
    expect(minor('1.2万')).toBe(1_200_000);
    expect(minor('(1,200)')).toBe(-120_000);
    expect(minor('-1,200')).toBe(-120_000);
    expect(minor('￥ 3,000')).toBe(300_000);
    expect(minor(25, 10_000)).toBe(25_000_000);
    expect(minor('10.5', 10_000)).toBe(10_500_000);
    expect(minor('1.2万', 10_000)).toBe(1_200_000); // the cell's own unit wins over the column's
    expect(minor('—')).toBe('blank');
    expect(minor('约一万')).toBe('text');
  });
  it('reads percentages as fractions', () => {
    const rate = (v: string | number, pct = false): number | string => {
      const r = parseRate(v, pct);
      return r === null ? 'blank' : r.ok ? r.value : 'text';
    };
    expect(rate('3.25%')).toBe(0.0325);
    expect(rate(3.25, true)).toBe(0.0325);
    expect(rate(0.6)).toBe(0.6);
    expect(rate('60')).toBe(0.6);
    expect(rate('高')).toBe('text');
  });
  it('sees 万元 in a header and totals rows by their label', () => {
    expect(readHeader('预算(万元)')).toEqual({ base: '预算', unitFactor: 10_000, isPercent: false });
    expect(readHeader('支付转化率(%)').isPercent).toBe(true);
    expect(isTotalsLabel('合计')).toBe(true);
    expect(isTotalsLabel('小计（预热期）')).toBe(true);
    expect(isTotalsLabel('Grand total')).toBe(true);
    expect(isTotalsLabel('汇总数据看板')).toBe(false);
  });
});
