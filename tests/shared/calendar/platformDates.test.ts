import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../../shared/domain';
import {
  platformDays,
  platformDaysBetween,
  uncoveredPlatformYears,
} from '../../../shared/calendar/platformDates';

describe('the platforms fixed days', () => {
  it('puts the days named after their date on that date, announced for 2025 and 2026', () => {
    const in2026 = platformDaysBetween('2026-01-01', '2026-12-31');
    const byId = new Map(in2026.map((d) => [d.id, d]));
    expect(byId.get('double11-2026')).toMatchObject({ date: '2026-11-11', provisional: false });
    expect(byId.get('mid618-2026')).toMatchObject({ date: '2026-06-18', provisional: false });
    expect(byId.get('double12-2026')).toMatchObject({ date: '2026-12-12', provisional: false });
    expect(byId.get('women38-2026')).toMatchObject({ date: '2026-03-08', provisional: false });
    expect(byId.get('double11-2026')?.platforms).toEqual(['tmall', 'jd', 'douyin']);
  });

  it('puts 黑五 on the day after the fourth Thursday of November and 网一 on the Monday after', () => {
    // November 2026: Thursdays are the 5th, 12th, 19th and 26th.
    const bf = platformDays.find((d) => d.id === 'blackFriday-2026');
    const cm = platformDays.find((d) => d.id === 'cyberMonday-2026');
    expect(bf?.date).toBe('2026-11-27');
    expect(cm?.date).toBe('2026-11-30');
    expect(dayOfWeek('2026-11-30')).toBe(1);
    // 2025: Thanksgiving was 27 November.
    expect(platformDays.find((d) => d.id === 'blackFriday-2025')?.date).toBe('2025-11-28');
  });

  it('marks 年货节 provisional in every year (an estimate three weeks before 春节) and all of 2027', () => {
    const newYear = platformDays.filter((d) => d.id.startsWith('newYear-'));
    expect(newYear.map((d) => [d.date, d.provisional])).toEqual([
      ['2025-01-08', true], // 春节 2025-01-29
      ['2026-01-27', true], // 春节 2026-02-17
      ['2027-01-16', true], // 春节 2027-02-06
    ]);
    expect(platformDaysBetween('2027-01-01', '2027-12-31').every((d) => d.provisional)).toBe(true);
  });

  it('keeps only the days a chosen platform runs', () => {
    const amazon = platformDaysBetween('2026-01-01', '2026-12-31', ['amazon']);
    expect(amazon.map((d) => d.id)).toEqual(['blackFriday-2026', 'cyberMonday-2026']);
    const jd = platformDaysBetween('2026-11-01', '2026-12-31', ['jd']);
    expect(jd.map((d) => d.id)).toEqual(['double11-2026', 'double12-2026']);
  });

  it('names the years it knows nothing of', () => {
    expect(uncoveredPlatformYears('2026-01-01', '2026-12-31')).toEqual([]);
    expect(uncoveredPlatformYears('2027-06-01', '2028-05-31')).toEqual([2028]);
    expect(platformDaysBetween('2028-01-01', '2028-12-31')).toEqual([]);
  });
});
