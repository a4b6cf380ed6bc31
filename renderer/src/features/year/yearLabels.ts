import type { YearLabels } from '../../../../shared/calendar/yearLayout';
import { textIn, type Locale } from '../../i18n';
import type { yearMessages } from './messages';

type YearText = (typeof yearMessages)['zh-CN'];

/** The calendar's placed texts in the planner's language; provisional ones say so. */
export function yearLabels(m: YearText, locale: Locale): YearLabels {
  const zh = locale === 'zh-CN';
  const mark = (label: string, provisional: boolean) => (provisional ? m.provisionalMark(label) : label);
  return {
    holiday: (band) => mark(textIn(band.name, locale), band.provisional),
    platformDay: (day) => mark(textIn(day.name, locale), day.provisional),
    month(date, withYear) {
      const [y, mo] = date.split('-').map(Number) as [number, number];
      if (zh) return withYear ? `${y}年${mo}月` : `${mo}月`;
      return new Date(Date.UTC(y, mo - 1, 1)).toLocaleString('en-US', {
        month: 'short',
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      });
    },
    today: m.today,
  };
}
