import { describe, expect, it } from 'vitest';
import type { Phase, PhaseId, Plan, PlanId } from '../../../shared/domain';
import {
  buildYearCalendar,
  buildYearRows,
  holidayBands,
  nearestYearWithPlans,
  noYearFilters,
  normaliseRange,
  platformOptions,
  tagOptions,
  yearRange,
  type YearPlanSource,
} from '../../../shared/calendar/yearRows';

function plan(id: string, over: Partial<Plan>): Plan {
  return {
    id: id as PlanId,
    name: id,
    theme: '',
    type: 'custom',
    platforms: [],
    currency: 'CNY',
    startDate: '2026-01-01',
    endDate: '2026-01-10',
    peakDate: '2026-01-05',
    keyMoments: [],
    status: 'draft',
    audience: { description: '', ageRange: '', gender: '', regions: '', habits: '' },
    notes: '',
    budgetCapMinor: null,
    contingency: null,
    blackoutDays: [],
    templateId: null,
    sourcePlanId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    archivedAt: null,
    deletedAt: null,
    ...over,
  };
}

function phase(planId: string, name: string, startDate: string, endDate: string): Phase {
  return {
    id: `${planId}-${name}` as PhaseId,
    planId: planId as PlanId,
    name,
    kind: 'custom',
    startDate,
    endDate,
    color: '#8da2fb',
    purpose: '',
    order: 0,
  };
}

const d11: YearPlanSource = {
  plan: plan('d11', {
    name: '2026 双11',
    type: 'double11',
    platforms: ['tmall', 'jd'],
    status: 'running',
    startDate: '2026-10-10',
    endDate: '2026-11-15',
    peakDate: '2026-11-11',
    keyMoments: [{ id: 'pre', kind: 'presaleStart', label: '', date: '2026-10-20', time: '20:00' }],
  }),
  // Entered out of order; the 返场 runs past the plan's own end date.
  phases: [
    phase('d11', '爆发期', '2026-11-10', '2026-11-11'),
    phase('d11', '蓄水期', '2026-10-10', '2026-10-19'),
    phase('d11', '返场期', '2026-11-12', '2026-11-18'),
  ],
};
const m618: YearPlanSource = {
  plan: plan('618', {
    name: '2026 618',
    type: 'mid618',
    platforms: ['jd'],
    status: 'done',
    startDate: '2026-05-20',
    endDate: '2026-06-20',
    peakDate: '2026-06-18',
  }),
  phases: [],
};
const newYear: YearPlanSource = {
  // Starts in December 2025 and ends in January 2026: it belongs to both years.
  plan: plan('ny', {
    name: '年货节',
    type: 'newYear',
    platforms: ['douyin', '官网'],
    status: 'approved',
    startDate: '2025-12-20',
    endDate: '2026-01-20',
    peakDate: '2026-01-10',
  }),
  phases: [],
};
const archived: YearPlanSource = {
  plan: plan('old', {
    name: '旧会员日',
    type: 'memberDay',
    archivedAt: '2026-08-01T00:00:00.000Z',
    startDate: '2026-07-01',
    endDate: '2026-07-03',
    peakDate: '2026-07-02',
  }),
  phases: [],
};
const trashed: YearPlanSource = {
  plan: plan('bin', {
    name: '删掉的',
    deletedAt: '2026-08-01T00:00:00.000Z',
    startDate: '2026-03-01',
    endDate: '2026-03-03',
    peakDate: '2026-03-02',
  }),
  phases: [],
};
const nextYear: YearPlanSource = {
  plan: plan('ny27', {
    name: '2027 618',
    type: 'mid618',
    startDate: '2027-05-20',
    endDate: '2027-06-20',
    peakDate: '2027-06-18',
  }),
  phases: [],
};
const all = [d11, m618, newYear, archived, trashed, nextYear];

describe('year calendar rows', () => {
  it('shows the plans touching the year, in order of their first day, without the trash or the archive', () => {
    const rows = buildYearRows(all, yearRange(2026), noYearFilters, 'zh-CN');
    expect(rows.map((r) => r.name)).toEqual(['年货节', '2026 618', '2026 双11']);
    expect(rows.map((r) => r.status)).toEqual(['approved', 'done', 'running']);
  });

  it('spans a row over its phases and moments, phases sorted, with the peak and pre-sale as moments', () => {
    const [row] = buildYearRows([d11], yearRange(2026), noYearFilters, 'zh-CN');
    expect(row?.start).toBe('2026-10-10');
    expect(row?.end).toBe('2026-11-18'); // the 返场 phase, past the plan's end date
    expect(row?.phases.map((p) => p.name)).toEqual(['蓄水期', '爆发期', '返场期']);
    expect(row?.moments.map((m) => [m.date, m.kind, m.label])).toEqual([
      ['2026-10-20', 'presaleStart', '预售开始'],
      ['2026-11-11', 'peak', '爆发日'],
    ]);
    const [en] = buildYearRows([d11], yearRange(2026), noYearFilters, 'en-US');
    expect(en?.moments.map((m) => m.label)).toEqual(['Pre-sale starts', 'Peak day']);
  });

  it('filters by platform, status and type', () => {
    const names = (f: Partial<typeof noYearFilters>) =>
      buildYearRows(all, yearRange(2026), { ...noYearFilters, ...f }, 'zh-CN').map((r) => r.name);
    expect(names({ platforms: ['jd'] })).toEqual(['2026 618', '2026 双11']);
    expect(names({ platforms: ['官网'] })).toEqual(['年货节']);
    expect(names({ statuses: ['done', 'running'] })).toEqual(['2026 618', '2026 双11']);
    expect(names({ statuses: ['archived'] })).toEqual(['旧会员日']);
    expect(names({ types: ['double11', 'newYear'] })).toEqual(['年货节', '2026 双11']);
    expect(names({ platforms: ['jd'], types: ['newYear'] })).toEqual([]);
  });

  it('filters by tag as the library does: any chosen tag, case-insensitively; the tags offered by use', () => {
    const tagged = [
      { ...d11, plan: { ...d11.plan, tags: ['旗舰店', 'KA'] } },
      { ...m618, plan: { ...m618.plan, tags: ['ka'] } },
      { ...newYear, plan: { ...newYear.plan, tags: ['复盘完成'] } },
      { ...trashed, plan: { ...trashed.plan, tags: ['回收站里的'] } },
      archived,
      nextYear,
    ];
    const names = (tags: string[]) =>
      buildYearRows(tagged, yearRange(2026), { ...noYearFilters, tags }, 'zh-CN').map((r) => r.name);
    expect(names(['Ka'])).toEqual(['2026 618', '2026 双11']);
    expect(names(['旗舰店', '复盘完成'])).toEqual(['年货节', '2026 双11']);
    expect(names(['没有的'])).toEqual([]);
    // KA on two plans first, then by name; the trashed plan's tag is not offered.
    expect(tagOptions(tagged)).toEqual(['KA', '复盘完成', '旗舰店']);
  });

  it('takes a range across years', () => {
    const rows = buildYearRows(all, { from: '2026-06-01', to: '2027-06-30' }, noYearFilters, 'zh-CN');
    expect(rows.map((r) => r.name)).toEqual(['2026 618', '2026 双11', '2027 618']);
    expect(buildYearRows(all, yearRange(2025), noYearFilters, 'zh-CN').map((r) => r.name)).toEqual([
      '年货节',
    ]);
  });

  it('merges a holiday into one band and keeps the 调休 days apart, provisional in 2027', () => {
    const y2026 = holidayBands(yearRange(2026));
    const spring = y2026.holidays.find((h) => h.name.zh === '春节');
    expect(spring).toEqual({
      name: spring?.name,
      start: '2026-02-15',
      end: '2026-02-23',
      provisional: false,
    });
    expect(y2026.holidays.map((h) => h.name.zh)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '中秋节',
      '国庆节',
    ]);
    expect(y2026.adjustedWorkdays.map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    const y2027 = holidayBands(yearRange(2027));
    expect(y2027.holidays.every((h) => h.provisional)).toBe(true);
    expect(y2027.adjustedWorkdays).toEqual([]);
  });

  it('builds the whole calendar: platform days follow the platform filter; provisional years named', () => {
    const cal = buildYearCalendar(
      all,
      { from: '2026-01-01', to: '2027-12-31' },
      { ...noYearFilters, platforms: ['amazon'] },
      'zh-CN',
    );
    expect(cal.rows).toEqual([]);
    expect(cal.platformDays.map((d) => d.date)).toEqual([
      '2026-11-27',
      '2026-11-30',
      '2027-11-26',
      '2027-11-29',
    ]);
    expect(cal.provisionalHolidayYears).toEqual([2027]);
    expect(cal.uncoveredPlatformYears).toEqual([]);
  });

  it('offers the known platforms, then the plans own ones', () => {
    const options = platformOptions(all);
    expect(options.slice(0, 3)).toEqual(['tmall', 'taobao', 'jd']);
    expect(options.at(-1)).toBe('官网');
  });

  it('orders a range typed backwards and caps it at ten years', () => {
    expect(normaliseRange('2026-12-31', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(normaliseRange('2020-01-01', '2040-01-01').to).toBe('2029-12-31');
  });
});

describe('nearestYearWithPlans (what an empty year offers)', () => {
  const only = (startDate: string, endDate: string): YearPlanSource => ({
    plan: plan(`p${startDate}`, { startDate, endDate, peakDate: endDate }),
    phases: [],
  });
  it('offers the year a plan runs in, the nearest one, the later one on a tie', () => {
    // A 618 2027 plan seen from an empty 2026: offer 2027, not 2025.
    expect(nearestYearWithPlans([only('2027-04-24', '2027-06-28')], 2026)).toBe(2027);
    // Plans in 2024 and 2029 seen from 2026: 2024 is two years away, 2029 three.
    expect(
      nearestYearWithPlans([only('2024-10-01', '2024-11-20'), only('2029-05-01', '2029-06-20')], 2026),
    ).toBe(2024);
    // 2025 and 2027 are both one year away: the later.
    expect(
      nearestYearWithPlans([only('2025-10-01', '2025-11-20'), only('2027-05-01', '2027-06-20')], 2026),
    ).toBe(2027);
    // A plan from December 2025 to January 2027 runs in 2026 itself.
    expect(nearestYearWithPlans([only('2025-12-20', '2027-01-10')], 2026)).toBe(2026);
    expect(nearestYearWithPlans([], 2026)).toBeNull();
  });
});
