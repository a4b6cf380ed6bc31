import { Text } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  YEAR_HEADER_HEIGHT,
  YEAR_MONTH_ROW,
  YEAR_ROW_HEIGHT,
  YEAR_TRACK_HEIGHT,
  yearGeometry,
} from '../../../../shared/calendar/yearLayout';
import type { YearCalendar } from '../../../../shared/calendar/yearRows';
import { todayIso } from '../../../../shared/domain';
import { textIn, useFormat, useLocale, useMessages } from '../../i18n';
import { yearMessages } from './messages';
import { YearCampaignRow } from './YearCampaignRow';
import { YearChartHeader } from './YearChartHeader';
import { yearLabels } from './yearLabels';
import { NAME_COLUMN, yearColors } from './yearStyle';
import './year.css';

let lastChartWidth: number | null = null;

/**
 * The chart's width before it is measured: the last measured, else the window's width less the
 * screen's side margins (var(--mantine-spacing-md) each). `innerWidth`, not the root's
 * `clientWidth`: reading that in the render made the browser lay out the screen as it was
 * (spinner and toolbar) only to lay it out again with the rows. Where a scrollbar takes room, the
 * measure corrects the width before the first paint.
 */
function expectedChartWidth(): number {
  return lastChartWidth ?? window.innerWidth - 2 * 16;
}

/**
 * The calendar fitted to the window's width: the whole range is on screen at once (a meeting
 * reads it without scrolling sideways), the header stays at the top while the rows scroll.
 */
export function YearChart({ calendar }: { calendar: YearCalendar }) {
  const m = useMessages(yearMessages);
  const locale = useLocale();
  const f = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  // The rows are drawn in the screen's first commit at the width the chart will have (the last
  // one measured, or the window's less the margins), so the page is laid out once; measuring
  // first and drawing after laid the whole screen out twice. The measure before the first paint
  // and the resize observer correct the width where it differs.
  const [boxWidth, setBoxWidth] = useState(expectedChartWidth);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const follow = (w: number) => {
      lastChartWidth = w;
      setBoxWidth(w);
    };
    follow(el.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => entry && follow(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const width = Math.max(0, Math.floor(boxWidth) - NAME_COLUMN - 2);
  const today = todayIso();
  const g = useMemo(
    () => (width > 0 ? yearGeometry(calendar, width, today, yearLabels(m, locale)) : null),
    [calendar, width, today, m, locale],
  );
  const tips = useMemo(() => {
    const t = new Map<string, string>();
    calendar.holidays.forEach((h, i) =>
      t.set(
        `h${i}`,
        m.phaseTip(textIn(h.name, locale), f.date(h.start), f.date(h.end)) +
          (h.provisional ? ` · ${m.provisional}` : ''),
      ),
    );
    calendar.adjustedWorkdays.forEach((d, i) =>
      t.set(
        `w${i}`,
        m.momentTip(textIn(d.name, locale), f.date(d.date)) + (d.provisional ? ` · ${m.provisional}` : ''),
      ),
    );
    for (const d of calendar.platformDays)
      t.set(
        d.id,
        m.momentTip(textIn(d.name, locale), f.date(d.date)) + (d.provisional ? ` · ${m.provisional}` : ''),
      );
    return t;
  }, [calendar, m, locale, f]);
  const bodyHeight = calendar.rows.length * YEAR_ROW_HEIGHT;

  return (
    <div ref={ref} className="yc-chart" data-testid="year-chart">
      {g && (
        <>
          <div className="yc-header" style={{ height: YEAR_HEADER_HEIGHT }}>
            <div className="yc-header-names" style={{ width: NAME_COLUMN }}>
              <Text size="xs" fw={700} style={{ height: YEAR_MONTH_ROW, lineHeight: `${YEAR_MONTH_ROW}px` }}>
                {m.campaigns(calendar.rows.length)}
              </Text>
              <Text size="xs" c={yearColors.holidayText} style={{ height: YEAR_TRACK_HEIGHT }}>
                {m.holidays}
              </Text>
              <Text size="xs" c={yearColors.platformText} style={{ height: YEAR_TRACK_HEIGHT }}>
                {m.platformDays}
              </Text>
            </div>
            <YearChartHeader g={g} tips={tips} />
          </div>
          <div className="yc-body">
            <svg
              className="yc-background"
              width={g.width}
              height={bodyHeight}
              aria-hidden="true"
              style={{ left: NAME_COLUMN }}
            >
              {[
                ...g.holidays.map((h) => ({ ...h, fill: yearColors.holidayShade })),
                ...g.adjustedWorkdays.map((d) => ({ ...d, fill: yearColors.workdayShade })),
              ].map((day) => (
                <rect key={day.id} x={day.x} y={0} width={day.width} height={bodyHeight} fill={day.fill} />
              ))}
              {g.months.map((mo) => (
                <line key={mo.date} x1={mo.x} x2={mo.x} y1={0} y2={bodyHeight} stroke={yearColors.grid} />
              ))}
              {g.todayX !== null && (
                <line
                  x1={g.todayX}
                  x2={g.todayX}
                  y1={0}
                  y2={bodyHeight}
                  stroke={yearColors.today}
                  strokeWidth={1.5}
                />
              )}
            </svg>
            <ul className="yc-rows" aria-label={m.campaigns(calendar.rows.length)}>
              {calendar.rows.map((row, i) => (
                <YearCampaignRow key={row.planId} row={row} geo={g.rows[i]!} width={g.width} />
              ))}
            </ul>
          </div>
        </>
      )}
    </div>
  );
}
