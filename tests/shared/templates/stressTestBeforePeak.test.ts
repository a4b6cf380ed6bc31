import { describe, expect, it } from 'vitest';
import { templates } from '../../../shared/templates';

/**
 * The full link (下单、支付、库存、优惠) must have been stress-tested before the first moment the
 * traffic comes: pre-sale/定金 opening, the first wave (开门红) or the peak, whichever is first.
 * Stress tests are the tasks keyed …StressTest; their fix-and-retest follow-ups are not tests.
 */
describe.each(templates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
  it('ends its first full-link stress test before its first traffic peak', () => {
    const firstPeak = Math.min(
      ...template.keyMoments
        .filter((k) => k.kind === 'presaleStart' || k.kind === 'firstWave' || k.kind === 'peak')
        .map((k) => k.offset),
    );
    const stressTests = template.tasks.filter((t) => /StressTest$/.test(t.key));
    expect(stressTests.length).toBeGreaterThan(0);
    const firstEnd = Math.min(...stressTests.map((t) => t.endOffset));
    expect(firstEnd).toBeLessThan(firstPeak);
  });
});

describe('hand-counted offsets of the first stress test', () => {
  it('双11: pre-sale T-18, first full-link stress test T-20…T-19 (was T-14); 618: T-23, test T-24 (was T-21)', () => {
    const task = (id: string) =>
      templates.find((t) => t.id === id)?.tasks.find((t) => t.key === 'firstStressTest');
    expect(task('double11')).toMatchObject({ startOffset: -20, endOffset: -19 });
    expect(task('mid618')).toMatchObject({ startOffset: -24, endOffset: -24 });
  });
});
