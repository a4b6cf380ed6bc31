import type { TimeScale, Tick } from '../../../../shared/planning/timeScale';
import type { Locale } from '../../i18n';

/** A header tick's label: 2026年 / 2026, 11月 / Nov, 2026年11月 / Nov 2026, 11/3 (week), 3 (day). */
export function tickLabel(tick: Tick, locale: Locale, zoom: TimeScale['zoom']): string {
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

/** Rough width of a label in px: CJK and full-width characters are a square, others about half. */
export function labelWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.56;
  return w;
}

export interface LabelSlot {
  x: number;
  text: string;
  /** Lower numbers are placed first; a later label that would overlap a placed one is dropped. */
  priority: number;
}

/**
 * Which labels of one header row fit without overlapping (a 4 px gap between): placed in order of
 * priority, so phase names stay and a key moment's label gives way (its marker keeps a tooltip).
 * Returns the indexes of the labels to draw.
 */
export function placeLabels(slots: readonly LabelSlot[], fontSize: number): Set<number> {
  const order = slots.map((_, i) => i).sort((a, b) => slots[a]!.priority - slots[b]!.priority || a - b);
  const placed: [number, number][] = [];
  const shown = new Set<number>();
  for (const i of order) {
    const s = slots[i]!;
    const span: [number, number] = [s.x, s.x + labelWidth(s.text, fontSize)];
    if (placed.some(([a, b]) => span[0] < b + 4 && span[1] + 4 > a)) continue;
    placed.push(span);
    shown.add(i);
  }
  return shown;
}
