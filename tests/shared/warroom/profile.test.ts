import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../../../shared/domain';
import { ORDINARY_DAY_PROFILE, profileWeights } from '../../../shared/warroom/curve';
import { computePacing } from '../../../shared/warroom/pacing';
import { resetDayProfile, setDayProfile, setHourPercent } from '../../../shared/warroom/profile';

/** docs/warroom.md, "Editing a day's profile": the worked values, by hand. */
describe('editing a day’s hourly profile', () => {
  it('20:00 of the evening shape from 9 % to 18 %: the other hours scaled by 82 ÷ 91, the day sums to 100 %', () => {
    const next = setHourPercent(ORDINARY_DAY_PROFILE, 20, 18);
    expect(next[20]).toBe(18);
    expect(next[21]).toBeCloseTo(9.011, 3);
    expect(next[0]).toBeCloseTo(1.8022, 4);
    expect(next[4]).toBe(0);
    expect(next.reduce((s, w) => s + w, 0)).toBeCloseTo(100, 9);
  });

  it('a percentage past 100 is held to 100; a day whose other hours are all 0 shares the rest equally', () => {
    expect(setHourPercent(ORDINARY_DAY_PROFILE, 3, 140)[3]).toBe(100);
    const lone = setHourPercent(setHourPercent(ORDINARY_DAY_PROFILE, 3, 100), 3, 54);
    expect(lone[3]).toBe(54);
    expect(lone[0]).toBeCloseTo(2, 12);
    expect(lone[23]).toBeCloseTo(2, 12);
  });

  const planId = 'plan-two-days';
  const twoDays = () =>
    planDocumentSchema.parse({
      plan: {
        id: planId,
        name: '两天',
        type: 'custom',
        startDate: '2026-09-01',
        endDate: '2026-09-02',
        peakDate: '2026-09-02',
        createdAt: '2026-08-01T00:00:00.000Z',
        updatedAt: '2026-08-01T00:00:00.000Z',
      },
      phases: [
        { id: 'ph', planId, name: '爆发', kind: 'burst', startDate: '2026-09-01', endDate: '2026-09-02' },
      ],
      goals: [{ id: 'g', planId, title: 'GMV', metric: 'gmv', unit: 'money', target: 100_000_000 }],
    });

  it('saved with the plan, it moves the day’s hour targets: 20:00 of a half-share day ¥45,000 → ¥90,000', () => {
    const doc = twoDays();
    const at = { at: '2026-09-01T21:00' };
    expect(computePacing(doc, at).hours[20]!.targetMinor).toBe(4_500_000);
    const edited = setDayProfile(
      doc,
      '2026-09-01',
      setHourPercent(profileWeights(doc, '2026-09-01'), 20, 18),
    );
    expect(edited.hourProfiles).toHaveLength(1);
    expect(computePacing(edited, at).hours[20]!.targetMinor).toBe(9_000_000);
    // The other day keeps the template; editing again replaces the one saved profile.
    expect(profileWeights(edited, '2026-09-02')).toEqual(ORDINARY_DAY_PROFILE);
    const again = setDayProfile(
      edited,
      '2026-09-01',
      setHourPercent(profileWeights(edited, '2026-09-01'), 20, 9),
    );
    expect(again.hourProfiles).toHaveLength(1);
    expect(resetDayProfile(again, '2026-09-01').hourProfiles).toHaveLength(0);
  });
});
