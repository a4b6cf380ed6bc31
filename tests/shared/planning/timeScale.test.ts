import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  dateEndToX,
  dateToX,
  fitPxPerDay,
  makeTimeScale,
  momentToX,
  pixelsToDays,
  scaleWidth,
  visibleDayRange,
  xToDate,
  zoomForPxPerDay,
} from '../../../shared/planning/timeScale';

describe('time scale', () => {
  // 2026-10-01 … 2026-11-20 at the day zoom (32 px a day), two days of padding either side.
  const scale = makeTimeScale('2026-10-01', '2026-11-20', 32, 'day', 2);

  it('covers the range with its padding', () => {
    // Oct has 31 days: 31 + 20 = 51 days, plus 2 + 2 padding.
    expect(scale.dayCount).toBe(55);
    expect(scaleWidth(scale)).toBe(55 * 32);
  });

  it('puts a date at the left edge of its day and its end at the right edge', () => {
    expect(dateToX(scale, '2026-09-29')).toBe(0);
    expect(dateToX(scale, '2026-10-01')).toBe(64);
    expect(dateEndToX(scale, '2026-10-01')).toBe(96);
    expect(dateToX(scale, '2026-11-11')).toBe((2 + 41) * 32);
  });

  it('places a time of day inside the day', () => {
    expect(momentToX(scale, '2026-10-01', '00:00')).toBe(64);
    expect(momentToX(scale, '2026-10-01', '20:00')).toBeCloseTo(64 + (20 / 24) * 32);
    expect(momentToX(scale, '2026-10-01', null)).toBe(80);
  });

  it('snaps pixels to whole days', () => {
    expect(xToDate(scale, 64)).toBe('2026-10-01');
    expect(xToDate(scale, 95.9)).toBe('2026-10-01');
    expect(xToDate(scale, 96)).toBe('2026-10-02');
    expect(xToDate(scale, -1)).toBe('2026-09-28');
    expect(pixelsToDays(scale, 96)).toBe(3);
    expect(pixelsToDays(scale, 47)).toBe(1);
    expect(pixelsToDays(scale, -49)).toBe(-2);
    expect(Object.is(pixelsToDays(scale, -10), 0)).toBe(true);
  });

  it('fits the whole campaign into a width, within limits', () => {
    // 91 days into 910 px: 10 px a day.
    expect(fitPxPerDay('2026-08-23', '2026-11-21', 910)).toBe(10);
    expect(fitPxPerDay('2026-11-11', '2026-11-11', 900)).toBe(64);
    expect(fitPxPerDay('2020-01-01', '2029-12-31', 300)).toBe(1);
    expect(zoomForPxPerDay(10)).toBe('week');
    expect(zoomForPxPerDay(32)).toBe('day');
    expect(zoomForPxPerDay(3)).toBe('month');
  });

  it('finds the days in view with overscan, clamped to the axis', () => {
    expect(visibleDayRange(scale, 320, 640)).toEqual({ first: 10, last: 29 });
    expect(visibleDayRange(scale, 320, 640, 64)).toEqual({ first: 8, last: 31 });
    expect(visibleDayRange(scale, 0, 100_000)).toEqual({ first: 0, last: 54 });
  });

  it('draws day ticks under month ticks at the day zoom', () => {
    // Days 30…34 are 2026-10-29 … 2026-11-02.
    const { minor, major } = axisTicks(scale, 30, 34);
    expect(minor.map((t) => t.date)).toEqual([
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(major).toEqual([
      { date: '2026-10-29', x: 30 * 32, width: 3 * 32, unit: 'month' },
      { date: '2026-11-01', x: 33 * 32, width: 2 * 32, unit: 'month' },
    ]);
  });

  it('starts weeks on Monday at the week zoom', () => {
    const weekly = makeTimeScale('2026-11-01', '2026-11-30', 12, 'week');
    // 2026-11-01 is a Sunday; Mondays are 11-02, 11-09, 11-16, 11-23, 11-30.
    const { minor, major } = axisTicks(weekly, 0, 29);
    expect(minor.map((t) => [t.date, t.width / 12])).toEqual([
      ['2026-11-01', 1],
      ['2026-11-02', 7],
      ['2026-11-09', 7],
      ['2026-11-16', 7],
      ['2026-11-23', 7],
      ['2026-11-30', 1],
    ]);
    expect(major).toHaveLength(1);
  });

  it('shows months under years at the month zoom', () => {
    const monthly = makeTimeScale('2026-12-15', '2027-02-10', 4, 'month');
    const { minor, major } = axisTicks(monthly, 0, monthly.dayCount - 1);
    expect(minor.map((t) => t.date)).toEqual(['2026-12-15', '2027-01-01', '2027-02-01']);
    expect(major.map((t) => [t.date, t.width / 4])).toEqual([
      ['2026-12-15', 17],
      ['2027-01-01', 41],
    ]);
  });
});
