import { describe, expect, it } from 'vitest';
import { readTypedDate } from '../../../shared/domain';

describe('a date as a planner types it', () => {
  it('reads a day on the calendar with - / or . between', () => {
    expect(readTypedDate('2026-11-11')).toBe('2026-11-11');
    expect(readTypedDate(' 2026/01/05 ')).toBe('2026-01-05');
    expect(readTypedDate('2028.02.29')).toBe('2028-02-29');
  });

  it('refuses a day that is not on the calendar instead of rolling it over', () => {
    expect(readTypedDate('2026-02-30')).toBeNull();
    expect(readTypedDate('2026-02-29')).toBeNull();
    expect(readTypedDate('2026-13-01')).toBeNull();
    expect(readTypedDate('11/11/2026')).toBeNull();
    expect(readTypedDate('2026-11')).toBeNull();
    // Half typed: not read as the 3rd while the planner is typing the 30th.
    expect(readTypedDate('2026-02-3')).toBeNull();
  });
});
