import { textIn, type Locale, type LocalizedText } from '../i18n/locale';
import type { IsoDate, KeyMoment, Plan, Task, TaskId, TimeOfDay } from '../domain';

export type TimelineMarkerKind = KeyMoment['kind'] | 'milestone';

export interface TimelineMarker {
  /** Stable key: the key moment's id, `peak` for the plan's peak day, or the milestone's task id. */
  id: string;
  date: IsoDate;
  /** `HH:mm` where the moment has a time (零点 00:00, 20:00 first wave); null for a whole day. */
  time: TimeOfDay | null;
  kind: TimelineMarkerKind;
  label: string;
  /** The milestone task, for jumping to it; null for key moments. */
  taskId: TaskId | null;
}

const defaultLabels: Record<KeyMoment['kind'], LocalizedText> = {
  presaleStart: { zh: '预售开始', en: 'Pre-sale starts' },
  finalPayment: { zh: '付尾款', en: 'Final payment' },
  peak: { zh: '爆发日', en: 'Peak day' },
  firstWave: { zh: '第一波开卖', en: 'First wave' },
  custom: { zh: '关键时刻', en: 'Key moment' },
};

/** The translated name of a key-moment kind, for labels the planner left empty. */
export function keyMomentKindLabel(kind: KeyMoment['kind'], locale: Locale): string {
  return textIn(defaultLabels[kind], locale);
}

/**
 * The vertical markers of the timeline: the plan's e-commerce key moments (预售 start, 尾款, peak …),
 * its peak day when no key moment already marks it, and every milestone task that is not
 * cancelled. Sorted by date, then time (whole-day markers first), then key moments before
 * milestones.
 */
export function timelineMarkers(
  plan: Plan,
  tasks: readonly Task[],
  locale: Locale = 'zh-CN',
): TimelineMarker[] {
  const markers: TimelineMarker[] = plan.keyMoments.map((moment) => ({
    id: moment.id,
    date: moment.date,
    time: moment.time,
    kind: moment.kind,
    label: moment.label.trim() || keyMomentKindLabel(moment.kind, locale),
    taskId: null,
  }));
  const peakMarked = plan.keyMoments.some(
    (moment) => moment.kind === 'peak' && moment.date === plan.peakDate,
  );
  if (!peakMarked) {
    markers.push({
      id: 'peak',
      date: plan.peakDate,
      time: null,
      kind: 'peak',
      label: keyMomentKindLabel('peak', locale),
      taskId: null,
    });
  }
  for (const task of tasks) {
    if (!task.isMilestone || task.status === 'cancelled') continue;
    markers.push({
      id: task.id,
      date: task.startDate,
      time: task.milestoneTime,
      kind: 'milestone',
      label: task.title,
      taskId: task.id,
    });
  }
  const timeKey = (marker: TimelineMarker) => marker.time ?? '';
  return markers.sort(
    (a, b) =>
      compare(a.date, b.date) ||
      compare(timeKey(a), timeKey(b)) ||
      Number(a.kind === 'milestone') - Number(b.kind === 'milestone'),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
