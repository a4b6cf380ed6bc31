import { Text } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  YEAR_HEADER_HEIGHT,
  YEAR_MONTH_ROW,
  YEAR_ROW_HEIGHT,
  YEAR_TRACK_HEIGHT,
  yearGeometry,
} from '../../../../shared/calendar/yearLayout';
import type { YearCalendar } from '../../../../shared/calendar/yearRows';
import { todayIso } from '../../../../shared/domain';
import { textIn, useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { yearMessages } from './messages';
import { YearCampaignRow, type RowText } from './YearCampaignRow';
import { YearChartHeader } from './YearChartHeader';
import { yearLabels } from './yearLabels';
import { NAME_COLUMN, yearColors } from './yearStyle';
import './year.css';

let lastChartWidth: number | null = null;

/** Full-height columns, one per item, as one path's outline. */
function columns(items: readonly { x: number; width: number }[], height: number): string {
  return items.map((d) => `M${d.x},0h${d.width}v${height}h${-d.width}Z`).join('');
}

/**
 * The calendar fitted to the window's width: the whole range is on screen at once (a meeting
 * reads it without scrolling sideways), the header stays at the top while the rows scroll.
 */
export function YearChart({ calendar }: { calendar: YearCalendar }) {
  const m = useMessages(yearMessages);
  const locale = useLocale();
  const f = useFormat();
  const app = useAppMessages();
  const rowText = useMemo<RowText>(() => ({ m, app, f }), [m, app, f]);
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);
  // The rows are drawn at the width last measured; on the page's first visit, only once an empty
  // box of the chart's full height (so a scrollbar takes its room where one does) has been
  // measured, before the first paint. Drawn at once at a guessed width, the rows were laid out
  // by the measure itself (a forced layout of ~1,200 objects), and laid out again in the frame.
  // Measuring the empty box lays out only the screen's frame and toolbar; the rows are drawn in
  // the same task and laid out once, by the frame.
  const [boxWidth, setBoxWidth] = useState(lastChartWidth);
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
  const width = boxWidth === null ? 0 : Math.max(0, Math.floor(boxWidth) - NAME_COLUMN - 2);
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
    <div
      ref={ref}
      className="yc-chart"
      data-testid="year-chart"
      // Before the first measure: as tall as the drawn chart, so a scrollbar takes its room.
      style={g ? undefined : { height: YEAR_HEADER_HEIGHT + bodyHeight }}
    >
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
              {/* Each kind of shade, and the month lines, as one path: the same drawing in three
                  elements instead of one per day off, 调休 day and month. */}
              <path d={columns(g.holidays, bodyHeight)} fill={yearColors.holidayShade} />
              <path d={columns(g.adjustedWorkdays, bodyHeight)} fill={yearColors.workdayShade} />
              <path
                d={g.months.map((mo) => `M${mo.x},0V${bodyHeight}`).join('')}
                fill="none"
                stroke={yearColors.grid}
              />
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
                <YearCampaignRow
                  key={row.planId}
                  row={row}
                  geo={g.rows[i]!}
                  width={g.width}
                  navigate={navigate}
                  text={rowText}
                />
              ))}
            </ul>
          </div>
        </>
      )}
    </div>
  );
}
