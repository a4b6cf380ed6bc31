import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, diffDays, eachDay, isValidIsoDate, spanDays } from '../../../shared/domain';

// Every expected value below is worked out from the calendar by hand (Gregorian leap rule: every
// fourth year, except centuries not divisible by 400), not taken from the code.
describe('date arithmetic on YYYY-MM-DD', () => {
  it('knows which strings are days on the calendar', () => {
    expect(isValidIsoDate('2026-11-11')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true); // leap year
    expect(isValidIsoDate('2000-02-29')).toBe(true); // century divisible by 400
    expect(isValidIsoDate('2100-02-29')).toBe(false); // century not divisible by 400
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-12-31')).toBe(true);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-11-00')).toBe(false);
    expect(isValidIsoDate('2026-11-1')).toBe(false);
    expect(isValidIsoDate('2026-11-11T00:00:00Z')).toBe(false);
    expect(isValidIsoDate('0099-01-01')).toBe(false);
  });

  it('adds days across month, leap-day and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-10-20', 22)).toBe('2026-11-11');
    expect(addDays('2026-11-11', 0)).toBe('2026-11-11');
    expect(addDays('2026-11-11', 0.6)).toBe('2026-11-12');
    expect(addDays('2026-11-11', 0.4)).toBe('2026-11-11');
  });

  it('counts whole days between two dates, signed', () => {
    expect(diffDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(diffDays('2026-02-28', '2026-03-01')).toBe(1);
    expect(diffDays('2025-12-31', '2026-01-01')).toBe(1);
    expect(diffDays('2026-01-01', '2027-01-01')).toBe(365);
    expect(diffDays('2028-01-01', '2029-01-01')).toBe(366);
    expect(diffDays('2026-11-11', '2026-10-20')).toBe(-22);
    expect(spanDays('2026-11-01', '2026-11-11')).toBe(11);
    expect(eachDay('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('names the day of the week (0 Sunday … 6 Saturday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4); // a Thursday
    expect(dayOfWeek('2026-01-01')).toBe(4); // a Thursday
    expect(dayOfWeek('2026-11-11')).toBe(3); // 314 days after a Thursday: a Wednesday
    expect(dayOfWeek('2026-11-14')).toBe(6);
    expect(dayOfWeek('2026-11-15')).toBe(0);
    expect(dayOfWeek('1969-12-31')).toBe(3); // before the epoch: a Wednesday
  });
});
