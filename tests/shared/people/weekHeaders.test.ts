import { describe, expect, it } from 'vitest';
import { isoWeekOf, weekHeaderYears } from '../../../shared/people/isoWeek';

// docs/people.md "Workload": the year over a week header is its Monday's calendar year, shown over
// the first week and wherever it changes. Worked by hand from the calendar.
describe('the workload grid names the year of its weeks by their Mondays', () => {
  it('2026-W01 begins on 2025-12-29: that week sits under 2025, and 2026 starts over W02', () => {
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(weekHeaderYears(['2025-12-22', '2025-12-29', '2026-01-05', '2026-01-12'])).toEqual([
      '2025',
      null,
      '2026',
      null,
    ]);
  });

  it('across 2026-W53 and 2027-W01 (Mondays 12-28 and 01-04) the year changes with the week', () => {
    expect(weekHeaderYears(['2026-12-21', '2026-12-28', '2027-01-04'])).toEqual(['2026', null, '2027']);
  });

  it('a grid within one year names it once', () => {
    expect(weekHeaderYears(['2026-11-02', '2026-11-09'])).toEqual(['2026', null]);
    expect(weekHeaderYears([])).toEqual([]);
  });
});
