import { describe, expect, it } from 'vitest';
import { openingDate } from '../../../renderer/src/features/timeline/openingDate';

describe('where the timeline opens', () => {
  const plan = { startDate: '2026-10-15', endDate: '2026-11-15', peakDate: '2026-11-11' };
  it('opens on today while the campaign runs, first and last day included', () => {
    expect(openingDate(plan, '2026-10-28')).toBe('2026-10-28');
    expect(openingDate(plan, '2026-10-15')).toBe('2026-10-15');
    expect(openingDate(plan, '2026-11-15')).toBe('2026-11-15');
  });
  it('opens on the peak before or after the campaign', () => {
    expect(openingDate(plan, '2026-10-14')).toBe('2026-11-11');
    expect(openingDate(plan, '2027-01-05')).toBe('2026-11-11');
  });
});
