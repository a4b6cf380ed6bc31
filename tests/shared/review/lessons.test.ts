import { describe, it, expect } from 'vitest';
import { lessonsForNewPlan, sortLessons } from '../../../shared/review/lessons';
import {
  emptyDocument,
  lessonSchema,
  planSchema,
  type PlanDocument,
  type PlanType,
} from '../../../shared/domain';

function docOf(
  id: string,
  type: PlanType,
  startDate: string,
  lessons: string[],
  extra: Record<string, unknown> = {},
): PlanDocument {
  const plan = planSchema.parse({
    id,
    name: id,
    type,
    startDate,
    endDate: startDate,
    peakDate: startDate,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  });
  const doc = emptyDocument(plan);
  doc.lessons = lessons.map((text, i) =>
    lessonSchema.parse({
      id: `${id}-l${i}`,
      planId: id,
      kind: i === 0 ? 'worked' : 'didNotWork',
      text,
      order: i,
    }),
  );
  return doc;
}

describe('lessonsForNewPlan', () => {
  const d2024 = docOf('d11-2024', 'double11', '2024-10-20', ['直播间转化高']);
  const d2025 = docOf('d11-2025', 'double11', '2025-10-20', ['预售定金膨胀有效', '零点服务器卡顿']);
  const m618 = docOf('618-2026', 'mid618', '2026-05-20', ['满减门槛太高']);
  const trashed = docOf('d11-old', 'double11', '2023-10-20', ['被删除的'], {
    deletedAt: '2026-02-01T00:00:00Z',
  });
  const all = [d2024, d2025, m618, trashed];

  it('shows the source plan first, then earlier plans of the same type, newest first', () => {
    const fresh = docOf('d11-2026', 'double11', '2026-10-20', [], { sourcePlanId: 'd11-2024' }).plan;
    const r = lessonsForNewPlan(all, fresh);
    expect(r.map((e) => [e.plan.id, e.reason])).toEqual([
      ['d11-2024', 'source'],
      ['d11-2025', 'sameType'],
    ]);
  });

  it('from a template (no source) shows earlier plans of that type only, skipping the trash and later plans', () => {
    const fresh = docOf('d11-2026', 'double11', '2026-10-20', [], { templateId: 'tpl-double11' }).plan;
    expect(
      lessonsForNewPlan([...all, docOf('d11-2027', 'double11', '2027-10-20', ['x'])], fresh).map(
        (e) => e.plan.id,
      ),
    ).toEqual(['d11-2025', 'd11-2024']);
  });

  it('shows a source plan of another type too, and nothing when there are no lessons', () => {
    const fromOther = docOf('new', 'brandDay', '2026-08-01', [], { sourcePlanId: '618-2026' }).plan;
    expect(lessonsForNewPlan(all, fromOther).map((e) => e.plan.id)).toEqual(['618-2026']);
    expect(lessonsForNewPlan(all, docOf('n2', 'memberDay', '2026-08-01', []).plan)).toEqual([]);
  });

  it('lists what did not work before what worked', () => {
    expect(sortLessons(d2025.lessons).map((l) => l.text)).toEqual(['零点服务器卡顿', '预售定金膨胀有效']);
  });
});
