import { describe, it, expect } from 'vitest';
import { checkGoalSmart } from '../../../shared/planning/smart';

const complete = {
  title: '双11 期间 GMV 同比增长 30%',
  metric: 'gmv' as const,
  target: 1_300_000_00,
  baseline: 1_000_000_00,
  deadline: '2026-11-14',
};

describe('checkGoalSmart', () => {
  it('accepts a goal with a title, metric, target, baseline and deadline', () => {
    expect(checkGoalSmart(complete)).toEqual({ isSmart: true, missing: [], conflicts: [] });
  });

  it('accepts zero as a real number (e.g. a baseline of 0 new members)', () => {
    expect(checkGoalSmart({ ...complete, baseline: 0 }).isSmart).toBe(true);
  });

  it('flags each missing part by name, in the order they are filled in', () => {
    expect(
      checkGoalSmart({ title: '  ', metric: null, target: null, baseline: null, deadline: null }),
    ).toEqual({
      isSmart: false,
      missing: ['title', 'metric', 'target', 'baseline', 'deadline'],
      conflicts: [],
    });
    expect(checkGoalSmart({ ...complete, metric: null }).missing).toEqual(['metric']);
    expect(checkGoalSmart({ ...complete, target: null }).missing).toEqual(['target']);
    expect(checkGoalSmart({ ...complete, baseline: null }).missing).toEqual(['baseline']);
    expect(checkGoalSmart({ ...complete, deadline: null }).missing).toEqual(['deadline']);
  });

  it('treats a number that is not finite as missing', () => {
    expect(checkGoalSmart({ ...complete, target: Number.NaN }).missing).toEqual(['target']);
  });
});
