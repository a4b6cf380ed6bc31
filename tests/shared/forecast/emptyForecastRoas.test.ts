import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../../shared/forecast/funnel';
import { channel, makeDoc } from '../budget/fixture';

describe('投产比 of an empty forecast', () => {
  it('is unknown (—), not 0 (1:0), when spend is planned but no channel has UV, CVR and AOV', () => {
    const doc = makeDoc({
      channels: [channel('ch-tmall', { name: '天猫', plannedSpendMinor: 5_000_000, order: 0 })],
    });
    const f = computeForecast(doc);
    expect(f.totals.channelSpendMinor).toBe(5_000_000);
    expect(f.totals.roas).toBeNull();
    expect(f.channels[0]?.roas).toBeNull();
  });

  it('is GMV ÷ spend once a channel is complete: 100,000 UV × 2 % × ¥300 = ¥600,000 on ¥50,000 → 12', () => {
    const doc = makeDoc({
      channels: [
        channel('ch-tmall', {
          name: '天猫',
          plannedSpendMinor: 5_000_000,
          expectedUv: 100_000,
          cvr: 0.02,
          aovMinor: 30_000,
          order: 0,
        }),
      ],
    });
    expect(computeForecast(doc).totals.roas).toBe(12);
  });
});

describe('an empty forecast (no channel with UV, CVR and AOV)', () => {
  // A margin rate gives COGS, so only the missing funnel can leave the profit unknown.
  const doc = makeDoc(
    {
      channels: [
        channel('ch-tmall', { name: '天猫', plannedSpendMinor: 5_000_000, expectedUv: 100_000, order: 0 }),
      ],
    },
    { expectedMarginRate: 0.4 },
  );
  const f = computeForecast(doc);

  it('says it models nothing, so screens write GMV and orders as unknown, not ¥0', () => {
    expect(f.totals.isModelled).toBe(false);
    expect(f.channels[0]?.isComplete).toBe(false);
  });

  it('has no profit or profit ROI: the cost alone is not a −100 % return', () => {
    expect(f.totals.profitMinor).toBeNull();
    expect(f.totals.profitRoi).toBeNull();
  });
});
