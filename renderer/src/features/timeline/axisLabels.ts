import type { TimeScale, Tick } from '../../../../shared/planning/timeScale';

/** A header tick's label: 2026年 / 2026, 11月 / Nov, 2026年11月 / Nov 2026, 11/3 (week), 3 (day). */
export function tickLabel(tick: Tick, locale: 'zh-CN' | 'en-US', zoom: TimeScale['zoom']): string {
  const [y, m, d] = tick.date.split('-').map(Number) as [number, number, number];
  const zh = locale === 'zh-CN';
  if (tick.unit === 'year') return zh ? `${y}年` : String(y);
  if (tick.unit === 'month') {
    if (zoom === 'month')
      return zh
        ? `${m}月`
        : new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    return zh
      ? `${y}年${m}月`
      : new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        });
  }
  if (tick.unit === 'week') return `${m}/${d}`;
  return String(d);
}
