import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { describePayRate, parseZhe } from '../../../shared/budget/promotionCost';

// docs/figures-goals.md §2: 折 states the share paid in tenths.

describe('折: parse and display are exact inverses', () => {
  it('for every pay rate from 0.005 to 1 in steps of 0.005', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (k) => {
        const payRate = (k * 5) / 1000; // exactly the decimal k × 0.005
        const shown = describePayRate(payRate).zhe;
        expect(parseZhe(shown)).toBe(payRate);
        expect(describePayRate(parseZhe(shown) as number).zhe).toBe(shown);
      }),
      { numRuns: 200 },
    );
    // and exhaustively, so no step is left to chance
    for (let k = 1; k <= 200; k++) {
      const payRate = (k * 5) / 1000;
      expect(parseZhe(describePayRate(payRate).zhe)).toBe(payRate);
    }
  });

  it('10折 and 原价 are full price, not 0.1', () => {
    expect(parseZhe('10折')).toBe(1);
    expect(parseZhe('原价')).toBe(1);
    expect(describePayRate(1).zhe).toBe('10折');
  });

  it('a pay rate of 0.05 shows 0.5折 (5 % paid), not 5折 (50 %)', () => {
    expect(describePayRate(0.05)).toEqual({ zhe: '0.5折', payPercent: 5, offPercent: 95 });
    expect(describePayRate(0.01).zhe).toBe('0.1折'); // today "1折", which is 10 %
    expect(describePayRate(0.005).zhe).toBe('0.05折');
    expect(parseZhe('0.5折')).toBe(0.05);
  });

  it('keeps the spoken forms: 8折, 7.5折 = 75折, 8.85折', () => {
    expect(describePayRate(0.75).zhe).toBe('75折');
    expect(parseZhe('7.5折')).toBe(0.75);
    expect(parseZhe('75折')).toBe(0.75);
    expect(parseZhe('8.85折')).toBe(0.885);
    expect(parseZhe('10.5折')).toBeNull();
    expect(parseZhe('0折')).toBeNull();
  });
});
