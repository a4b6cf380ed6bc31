import { describe, expect, it } from 'vitest';
import { planDocumentSchema, reviewSchema, type PlanDocument } from '../../../shared/domain';
import { computeFigures } from '../../../shared/figures/engine';
import {
  compareWithBaselines,
  type BaselineFigures,
  type BaselineKpi,
  type KpiLift,
} from '../../../shared/figures/baselines';
import {
  addNamedBaseline,
  lastYearChoice,
  namedBaselinesOf,
  removeNamedBaseline,
  sameDayLastYear,
  updateNamedBaseline,
} from '../../../shared/review/baselines';
import { exportPlanWorkbook, importFile } from '../../../shared/xlsx';
import {
  dailyActualsPlan as plan,
  lastYearCampaign,
  lastYearFields,
  thisYearCampaign,
  thisYearFields,
  thisYearOutside,
  thisYearPhases,
} from '../../fixtures/blackFridayPlans';

/** The worked example of docs/baselines.md (tests/fixtures/blackFridayPlans.ts). */
const thisYear = plan('2026 黑五', thisYearFields, thisYearCampaign, thisYearOutside, thisYearPhases);
const lastBlackFriday = plan('2025 黑五', lastYearFields, lastYearCampaign);
const lastDouble11 = plan('2025 双11', {
  type: 'double11',
  peak: '2025-11-11',
  start: '2025-10-20',
  end: '2025-11-13',
});
const blackFriday2024 = plan('2024 黑五', {
  type: 'blackFriday',
  peak: '2024-11-29',
  start: '2024-11-22',
  end: '2024-12-02',
});
const library = [lastDouble11, blackFriday2024, lastBlackFriday];

function withExampleBaselines(doc: PlanDocument): PlanDocument {
  // A review kept since named baselines exist: its list starts empty (an older one would read its
  // days before the campaign as one before-baseline — below).
  const fresh = { ...doc, review: reviewSchema.parse({ planId: doc.plan.id, baselines: [] }) };
  let next = addNamedBaseline(fresh, { kind: 'before', name: '活动前 4 天' });
  next = addNamedBaseline(next, {
    kind: 'before',
    name: '11-13 至 11-15',
    fields: { from: '2026-11-13', to: '2026-11-15' },
  });
  next = addNamedBaseline(next, {
    kind: 'lastYear',
    name: '2025 黑五',
    fields: { sourcePlanId: lastBlackFriday.plan.id },
  });
  return addNamedBaseline(next, { kind: 'longTail', name: '长尾 2 周', fields: { weeks: 2 } });
}

function lift(lifts: readonly KpiLift[], kpi: BaselineKpi): number | null {
  return lifts.find((l) => l.kpi === kpi)?.lift ?? null;
}

const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 6);

describe('named baselines (docs/baselines.md worked example)', () => {
  const doc = withExampleBaselines(thisYear);
  const result = compareWithBaselines(doc, library);
  const [before, range, last, tail] = result.baselines as [
    Extract<BaselineFigures, { kind: 'before' }>,
    Extract<BaselineFigures, { kind: 'before' }>,
    Extract<BaselineFigures, { kind: 'lastYear' }>,
    Extract<BaselineFigures, { kind: 'longTail' }>,
  ];

  it('the campaign per day: GMV ¥60,000, UV 5,000, buyers 200, orders 220, AOV ¥300', () => {
    expect(result.campaign).toEqual({ gmv: 6_000_000, uv: 5000, buyers: 200, orders: 220, aov: 30_000 });
  });

  it('(a) before the campaign: the 4 days before the start, not the days after the campaign', () => {
    expect([before.days, before.firstDate, before.lastDate]).toEqual([4, '2026-11-12', '2026-11-15']);
    expect(before.lifts.map((l) => l.baseline)).toEqual([600_000, 1000, 25, 27, 24_000]);
    close(lift(before.lifts, 'gmv'), 9);
    close(lift(before.lifts, 'uv'), 4);
    close(lift(before.lifts, 'buyers'), 7);
    close(lift(before.lifts, 'orders'), 7.148148);
    close(lift(before.lifts, 'aov'), 0.25);
  });

  it('(a′) a range: 11-13 … 11-15 only', () => {
    expect(range.days).toBe(3);
    close(lift(range.lifts, 'gmv'), 8.473684);
    close(lift(range.lifts, 'uv'), 4);
    close(lift(range.lifts, 'buyers'), 6.5);
    close(lift(range.lifts, 'aov'), 0.263158);
  });

  it("(b) last year's campaign aligned on the peak day, not on the calendar date", () => {
    expect(last.status).toBe('ok');
    expect(last.days).toBe(3);
    close(lift(last.lifts, 'gmv'), 0.384615);
    close(lift(last.lifts, 'uv'), 0.25);
    close(lift(last.lifts, 'buyers'), 0.333333);
    close(lift(last.lifts, 'orders'), 0.346939);
    expect(last.lifts.find((l) => l.kpi === 'aov')?.baseline).toBe(28_889);
    close(lift(last.lifts, 'aov'), 0.038458);
    expect(last.aligned).toEqual([
      {
        offset: -2,
        thisDate: '2026-11-25',
        thisGmvMinor: null,
        lastDate: '2025-11-26',
        lastGmvMinor: 1_000_000,
      },
      {
        offset: -1,
        thisDate: '2026-11-26',
        thisGmvMinor: 2_700_000,
        lastDate: '2025-11-27',
        lastGmvMinor: 2_000_000,
      },
      {
        offset: 0,
        thisDate: '2026-11-27',
        thisGmvMinor: 10_800_000,
        lastDate: '2025-11-28',
        lastGmvMinor: 9_000_000,
      },
      {
        offset: 1,
        thisDate: '2026-11-28',
        thisGmvMinor: 4_500_000,
        lastDate: '2025-11-29',
        lastGmvMinor: 2_000_000,
      },
    ]);
  });

  it('(c) the long tail: weeks from the day after 返场, against the first before-baseline', () => {
    expect(tail.start).toBe('2026-12-01');
    expect(tail.against?.name).toBe('活动前 4 天');
    const [w1, w2] = tail.weeks;
    expect([w1?.from, w1?.to, w1?.days, w1?.gmvMinor, w1?.buyers]).toEqual([
      '2026-12-01',
      '2026-12-07',
      2,
      1_700_000,
      75,
    ]);
    close(lift(w1!.lifts, 'gmv'), 0.416667);
    close(lift(w1!.lifts, 'buyers'), 0.5);
    close(lift(w1!.lifts, 'uv'), 0.4);
    close(lift(w1!.lifts, 'orders'), 0.444444);
    close(lift(w1!.lifts, 'aov'), -0.055542);
    close(w1!.returningShare, 0.8);
    expect([w2?.from, w2?.days, w2?.gmvMinor]).toEqual(['2026-12-08', 1, 660_000]);
    close(lift(w2!.lifts, 'gmv'), 0.1);
    close(lift(w2!.lifts, 'buyers'), 0.2);
    close(lift(w2!.lifts, 'aov'), -0.083333);
    close(w2!.returningShare, 0.8);
  });

  it('the default plan is last year’s same campaign, a year earlier by the peak', () => {
    const choice = lastYearChoice(thisYear.plan, [thisYear.plan, ...library.map((d) => d.plan)]);
    expect(choice.preset?.name).toBe('2025 黑五');
    expect(choice.candidates.map((p) => p.name)).toEqual(['2025 黑五', '2024 黑五', '2025 双11']);
    // Only a 双11 in the library: listed, not preset.
    expect(lastYearChoice(thisYear.plan, [lastDouble11.plan]).preset).toBeNull();
    expect(sameDayLastYear('2028-02-29')).toBe('2027-02-28');
  });

  it('a chosen plan that was deleted, or none chosen, gives no lift and says why', () => {
    const gone = compareWithBaselines(doc, [lastDouble11]).baselines[2] as Extract<
      BaselineFigures,
      { kind: 'lastYear' }
    >;
    expect(gone.status).toBe('missing');
    expect(gone.lifts.every((l) => l.lift === null)).toBe(true);
    const picked = updateNamedBaseline(doc, { id: last.baseline.id, patch: { sourcePlanId: null } });
    expect((compareWithBaselines(picked, library).baselines[2] as typeof last).status).toBe('notPicked');
  });

  it('money of another currency is not compared', () => {
    const usd = { ...lastBlackFriday, plan: { ...lastBlackFriday.plan, currency: 'USD' } };
    const other = compareWithBaselines(doc, [usd]).baselines[2] as typeof last;
    expect(other.isOtherCurrency).toBe(true);
    expect(lift(other.lifts, 'gmv')).toBeNull();
    expect(lift(other.lifts, 'aov')).toBeNull();
    close(lift(other.lifts, 'uv'), 0.25);
  });
});

describe('named baselines in the plan document', () => {
  it('a review stored before baselines existed reads its single baseline as one named before-baseline', () => {
    const stored = { planId: thisYear.plan.id, summary: '去年的复盘', baselineLabel: '11 月上旬' };
    const review = reviewSchema.parse(stored);
    expect(review.baselines).toBeUndefined();
    const doc = { ...thisYear, review };
    // The days before the campaign (11-12 … 11-15) as the single baseline showed them: +900 %/day.
    expect(namedBaselinesOf(doc)).toEqual([
      { id: 'before-campaign', kind: 'before', name: '11 月上旬', from: null, to: null },
    ]);
    const [legacy] = compareWithBaselines(doc, library).baselines;
    expect(legacy?.kind === 'before' && legacy.days).toBe(4);
    close(legacy?.kind === 'before' ? lift(legacy.lifts, 'gmv') : null, 9);
    // A plan without days before the campaign has none to read.
    expect(namedBaselinesOf({ ...thisYear, actuals: [], review })).toEqual([]);
    // The first edit stores it beside the new one.
    const added = addNamedBaseline(doc, { kind: 'before', name: '活动前' });
    expect(added.review?.summary).toBe('去年的复盘');
    expect(namedBaselinesOf(added).map((b) => [b.id === 'before-campaign', b.name])).toEqual([
      [true, '11 月上旬'],
      [false, '活动前'],
    ]);
    expect(added.review?.baselines).toHaveLength(2);
    // The document with baselines survives a round trip through its schema (backup files).
    expect(planDocumentSchema.parse(JSON.parse(JSON.stringify(added))).review?.baselines).toEqual(
      added.review?.baselines,
    );
  });

  it('edits: rename, weeks bounded 1–26, removing the compared baseline resets the long tail', () => {
    let doc = withExampleBaselines(thisYear);
    const [first, , , tail] = namedBaselinesOf(doc);
    doc = updateNamedBaseline(doc, { id: tail!.id, patch: { compareWithId: first!.id, weeks: 30 } });
    expect(namedBaselinesOf(doc)[3]).toMatchObject({ compareWithId: null, weeks: 2 }); // 30 refused whole
    doc = updateNamedBaseline(doc, { id: tail!.id, patch: { compareWithId: first!.id, weeks: 6 } });
    doc = updateNamedBaseline(doc, { id: first!.id, patch: { name: '活动前一周' } });
    expect(namedBaselinesOf(doc)[0]?.name).toBe('活动前一周');
    doc = removeNamedBaseline(doc, first!.id);
    expect(namedBaselinesOf(doc).map((b) => b.name)).toEqual(['11-13 至 11-15', '2025 黑五', '长尾 2 周']);
    expect(namedBaselinesOf(doc)[2]).toMatchObject({ compareWithId: null, weeks: 6 });
    // The tail now compares with the remaining before-baseline, 11-13 … 11-15.
    const tail2 = compareWithBaselines(doc, library).baselines[2] as Extract<
      BaselineFigures,
      { kind: 'longTail' }
    >;
    expect(tail2.against?.name).toBe('11-13 至 11-15');
    expect(tail2.weeks).toHaveLength(6);
  });
});

describe('named baselines in the plan workbook', () => {
  it('a plan with one baseline of each kind imports back with them unchanged', () => {
    const doc = withExampleBaselines(thisYear);
    for (const language of ['zh', 'en'] as const) {
      const bytes = exportPlanWorkbook(doc, { language, exportedAt: '2026-12-10T08:00:00.000Z' });
      const back = importFile(bytes, { context: { fileName: 'plan.xlsx' } });
      expect(back.problems).toEqual([]);
      const imported = back.value?.kind === 'plan' ? back.value.document : null;
      expect(namedBaselinesOf(imported!)).toEqual(namedBaselinesOf(doc));
    }
  });
});

describe("the review's baseline period keeps to the days before the campaign", () => {
  it('days typed after the campaign (the long tail) do not move the attainment baseline', () => {
    const baseline = computeFigures(thisYear).baseline.totals;
    // 11-12 … 11-15 only: UV 4,000, GMV ¥24,000 over 4 days — not 12-01, 12-03, 12-09.
    expect([baseline.days, baseline.uv, baseline.gmvMinor, baseline.lastDate]).toEqual([
      4,
      4000,
      2_400_000,
      '2026-11-15',
    ]);
  });
});
