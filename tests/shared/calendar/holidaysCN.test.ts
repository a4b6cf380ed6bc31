import { describe, expect, it } from 'vitest';
import { isWeekend } from '../../../shared/domain';
import {
  dayKind,
  holidayEntry,
  holidayName,
  holidaysBetween,
  holidaysCN,
  isWorkingDay,
} from '../../../shared/calendar/holidaysCN';

describe('PRC holidays and 调休', () => {
  it('knows the 2025 National Day and Mid-Autumn holiday and its working weekends', () => {
    expect(dayKind('2025-10-01')).toBe('holiday');
    expect(dayKind('2025-10-08')).toBe('holiday');
    expect(holidayName('2025-10-01', 'zh-CN')).toBe('国庆节、中秋节');
    expect(holidayName('2025-10-01', 'en-US')).toBe('National Day and Mid-Autumn Festival');
    // 2025-09-28 is a Sunday worked in exchange.
    expect(isWeekend('2025-09-28')).toBe(true);
    expect(dayKind('2025-09-28')).toBe('adjustedWorkday');
    expect(holidayName('2025-09-28', 'zh-CN')).toBe('国庆节、中秋节调休上班');
    expect(dayKind('2025-10-11')).toBe('adjustedWorkday');
    expect(dayKind('2025-10-09')).toBe('workday');
    expect(dayKind('2025-10-12')).toBe('weekend');
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-03')).toBe(false);
  });

  it('knows the rest of the 2025 arrangement', () => {
    expect(dayKind('2025-01-01')).toBe('holiday');
    expect(dayKind('2025-01-26')).toBe('adjustedWorkday');
    expect(holidaysBetween('2025-01-26', '2025-02-08').map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2025-01-26 adjustedWorkday',
      '2025-01-28 holiday',
      '2025-01-29 holiday',
      '2025-01-30 holiday',
      '2025-01-31 holiday',
      '2025-02-01 holiday',
      '2025-02-02 holiday',
      '2025-02-03 holiday',
      '2025-02-04 holiday',
      '2025-02-08 adjustedWorkday',
    ]);
    expect(dayKind('2025-04-04')).toBe('holiday');
    expect(dayKind('2025-04-27')).toBe('adjustedWorkday');
    expect(dayKind('2025-05-05')).toBe('holiday');
    expect(dayKind('2025-06-02')).toBe('holiday');
    expect(holidayName('2025-05-31', 'en-US')).toBe('Dragon Boat Festival');
  });

  it('knows the published 2026 arrangement', () => {
    expect(dayKind('2026-01-04')).toBe('adjustedWorkday');
    expect(dayKind('2026-02-14')).toBe('adjustedWorkday');
    expect(dayKind('2026-02-15')).toBe('holiday');
    expect(dayKind('2026-02-23')).toBe('holiday');
    expect(dayKind('2026-02-28')).toBe('adjustedWorkday');
    expect(dayKind('2026-05-09')).toBe('adjustedWorkday');
    expect(holidayName('2026-09-25', 'zh-CN')).toBe('中秋节');
    expect(dayKind('2026-09-20')).toBe('adjustedWorkday');
    expect(dayKind('2026-10-07')).toBe('holiday');
    expect(dayKind('2026-10-08')).toBe('workday');
    expect(dayKind('2026-10-10')).toBe('adjustedWorkday');
    expect(holidayEntry('2026-10-01')?.provisional).toBeUndefined();
  });

  it('ships 2027 as provisional statutory days without invented 调休', () => {
    const entries2027 = holidaysCN.filter((entry) => entry.date.startsWith('2027'));
    expect(entries2027.every((entry) => entry.provisional === true)).toBe(true);
    expect(entries2027.some((entry) => entry.kind === 'adjustedWorkday')).toBe(false);
    expect(entries2027.map((entry) => entry.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(holidayName('2027-02-06', 'zh-CN')).toBe('春节');
  });

  it('has days off adding up to each published year and 调休 only on weekends', () => {
    const daysOff = (year: string) =>
      holidaysCN.filter((entry) => entry.date.startsWith(year) && entry.kind === 'holiday').length;
    expect(daysOff('2025')).toBe(1 + 8 + 3 + 5 + 3 + 8);
    expect(daysOff('2026')).toBe(3 + 9 + 3 + 5 + 3 + 3 + 7);
    for (const entry of holidaysCN) {
      if (entry.kind === 'adjustedWorkday') expect(isWeekend(entry.date)).toBe(true);
    }
    expect(new Set(holidaysCN.map((entry) => entry.date)).size).toBe(holidaysCN.length);
  });

  it('puts the plan’s blackout days first', () => {
    expect(dayKind('2025-10-01', ['2025-10-01'])).toBe('blackout');
    expect(dayKind('2025-10-09', ['2025-10-09'])).toBe('blackout');
    expect(isWorkingDay('2025-10-09', ['2025-10-09'])).toBe(false);
    expect(holidayName('2025-10-09', 'zh-CN')).toBeNull();
  });
});
