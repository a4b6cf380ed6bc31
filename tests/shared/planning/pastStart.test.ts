import { describe, expect, it } from 'vitest';
import { checkPastStarts } from '../../../shared/planning/pastStart';

describe('checkPastStarts', () => {
  // The 双11 template's earliest tasks start at peak −60 (two of them) and −53; the next at −52.
  // Today 2026-09-20, peak 2026-11-11: today is peak −52, so the −60, −60 and −53 tasks are in
  // the past. The earliest safe peak is 2026-09-20 + 60 days = 2026-11-19.
  it('counts the template tasks that would start before today and the earliest safe peak', () => {
    expect(checkPastStarts('double11', '2026-11-11', '2026-09-20')).toEqual({
      count: 3,
      earliestPeak: '2026-11-19',
    });
  });

  it('finds nothing to say when the peak is far enough away', () => {
    expect(checkPastStarts('double11', '2026-11-19', '2026-09-20')?.count).toBe(0);
    expect(checkPastStarts('double11', '2026-11-18', '2026-09-20')?.count).toBe(2);
  });

  it('is null for a template it does not know', () => {
    expect(checkPastStarts('nope', '2026-11-11', '2026-09-20')).toBeNull();
  });
});
