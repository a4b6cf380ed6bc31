import { describe, expect, it } from 'vitest';
import type { Plan, PlanId } from '../../../shared/domain';
import { placeLabels, textWidth, yearGeometry } from '../../../shared/calendar/yearLayout';
import { buildYearCalendar, noYearFilters, yearRange } from '../../../shared/calendar/yearRows';

const labels = {
  holiday: (h: { name: { zh: string } }) => h.name.zh,
  platformDay: (d: { name: { zh: string } }) => d.name.zh,
  month: (date: string, withYear: boolean) =>
    withYear ? `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月` : `${Number(date.slice(5, 7))}月`,
  today: '今天',
};

function d11(): Plan {
  return {
    id: 'd11' as PlanId,
    name: '2026 双11',
    theme: '',
    type: 'double11',
    platforms: ['tmall'],
    currency: 'CNY',
    startDate: '2026-10-10',
    endDate: '2026-11-15',
    peakDate: '2026-11-11',
    keyMoments: [
      { id: 'pre', kind: 'presaleStart', label: '', date: '2026-10-20', time: null },
      { id: 'fin', kind: 'finalPayment', label: '', date: '2026-11-09', time: null },
    ],
    status: 'running',
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
  };
}

describe('year calendar layout', () => {
  it('estimates a CJK character as a full em and Latin narrower', () => {
    expect(textWidth('春节', 10)).toBe(20);
    expect(textWidth('618', 10)).toBeCloseTo(18.6);
  });

  it('places labels right of their anchor, else left, else on the next line, else leaves them out', () => {
    const placed = placeLabels(
      [
        { id: 'a', anchor: 10, text: 'AAAA', priority: 0 }, // 24.8 px wide → 14…38.8
        { id: 'b', anchor: 30, text: 'BB', priority: 1 }, // right 34… collides; left 13.6… collides
        { id: 'c', anchor: 95, text: 'CC', priority: 2 }, // right would pass 100 → left: 78.6…91
      ],
      10,
      0,
      100,
      2,
    );
    expect(placed.map((p) => [p.id, p.line, Math.round(p.x * 10) / 10])).toEqual([
      ['a', 0, 14],
      ['c', 0, 78.6],
      ['b', 1, 34],
    ]);
    const one = placeLabels(
      [
        { id: 'a', anchor: 10, text: 'AAAA', priority: 0 },
        { id: 'b', anchor: 30, text: 'BB', priority: 1 },
      ],
      10,
      0,
      100,
      1,
    );
    expect(one.map((p) => p.id)).toEqual(['a']);
  });

  it('lays a year across the width, with no label wider than its room and none overlapping', () => {
    const cal = buildYearCalendar([{ plan: d11(), phases: [] }], yearRange(2026), noYearFilters, 'zh-CN');
    const g = yearGeometry(cal, 1095, '2026-12-04', labels);
    expect(g.scale.pxPerDay).toBe(3); // 1095 px ÷ 365 days
    expect(g.todayX).toBe((337 + 0.5) * 3); // 2026-12-04 is day 338 of the year
    const [row] = g.rows;
    expect(row?.spanX).toBe(282 * 3); // 10 October is day 283
    // The peak wins the room: 预售开始 (10-20) is 20 days earlier and fits too; 付尾款 (11-09),
    // two days before the peak, has no room on either side and is left out.
    expect(row?.labels.map((l) => l.text)).toEqual(['预售开始', '爆发日']);
    for (const set of [row?.labels ?? [], g.holidayLabels, g.platformLabels]) {
      for (const l of set) expect(l.x >= 0 && l.x + l.width <= 1095).toBe(true);
      for (const a of set)
        for (const b of set)
          if (a !== b && a.line === b.line) expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
    }
    expect(g.platformLabels.map((l) => l.text)).toContain('双11');
    // Twelve months with a grid line each; today's label goes left of its line, as 12月 holds the right.
    expect(g.months.map((m) => m.x / 3)).toEqual([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
    expect(g.monthLabels.map((l) => l.text)).toEqual([
      '2026年1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '今天',
      '12月',
    ]);
    const today = g.monthLabels.find((l) => l.id === 'today');
    expect((today?.x ?? 0) + (today?.width ?? 0)).toBeLessThanOrEqual(g.todayX ?? 0);
    expect(g.holidayLabels.map((l) => l.text)).toContain('春节');
  });

  it('has no today line when today is outside the range', () => {
    const cal = buildYearCalendar([], yearRange(2025), noYearFilters, 'zh-CN');
    expect(yearGeometry(cal, 730, '2026-12-04', labels).todayX).toBeNull();
  });
});
