import {
  trackBaseline,
  YEAR_HEADER_HEIGHT,
  YEAR_MONTH_ROW,
  YEAR_TRACK_FONT,
  YEAR_TRACK_HEIGHT,
  type PlacedLabel,
  type TrackItem,
  type YearGeometry,
} from '../../../../shared/calendar/yearLayout';
import { yearColors } from './yearStyle';

/**
 * The calendar's header over the chart: month names, the holiday track (statutory days off as
 * red strips, 调休 working days as blue ticks, provisional years in amber) and the platforms' days.
 * Every mark carries its full name as a tooltip; labels are drawn only where they fit whole.
 */
export function YearChartHeader({
  g,
  tips,
}: {
  g: YearGeometry;
  /** Tooltip per track item id (holidays h…, 调休 w…, platform days). */
  tips: ReadonlyMap<string, string>;
}) {
  const holidayTop = YEAR_MONTH_ROW;
  const platformTop = YEAR_MONTH_ROW + YEAR_TRACK_HEIGHT;
  return (
    <svg width={g.width} height={YEAR_HEADER_HEIGHT} role="presentation" style={{ display: 'block' }}>
      {g.months.map((m) => (
        <line key={m.date} x1={m.x} x2={m.x} y1={0} y2={YEAR_HEADER_HEIGHT} stroke={yearColors.grid} />
      ))}
      <line x1={0} x2={g.width} y1={holidayTop} y2={holidayTop} stroke={yearColors.grid} />
      <line x1={0} x2={g.width} y1={platformTop} y2={platformTop} stroke={yearColors.grid} />
      {g.monthLabels.map((l) => (
        <text
          key={l.id}
          x={l.x}
          y={YEAR_MONTH_ROW - 7}
          fontSize={YEAR_TRACK_FONT}
          fill={l.id === 'today' ? yearColors.today : yearColors.text}
          fontWeight={l.id === 'today' ? 700 : 400}
        >
          {l.text}
        </text>
      ))}
      {[
        ...g.holidays.map((h) => ({
          ...h,
          fill: h.provisional ? yearColors.provisionalMark : yearColors.holidayMark,
          testId: 'year-holiday',
        })),
        ...g.adjustedWorkdays.map((d) => ({ ...d, fill: yearColors.workdayMark, testId: 'year-workday' })),
      ].map((day) => (
        <rect
          key={day.id}
          x={day.x}
          y={holidayTop + 1}
          width={Math.max(2, day.width)}
          height={7}
          fill={day.fill}
          data-testid={day.testId}
        >
          <title>{tips.get(day.id)}</title>
        </rect>
      ))}
      {trackLabels(g.holidayLabels, holidayTop, yearColors.holidayText, g.holidays)}
      {g.platformDays.map((d) => (
        <path
          key={d.id}
          d={`M${d.x - 4},${platformTop + 1} L${d.x + 4},${platformTop + 1} L${d.x},${platformTop + 8} Z`}
          fill={d.provisional ? yearColors.provisionalMark : yearColors.platformMark}
          data-testid="year-platform-day"
        >
          <title>{tips.get(d.id)}</title>
        </path>
      ))}
      {trackLabels(g.platformLabels, platformTop, yearColors.platformText, g.platformDays)}
      {g.todayX !== null && (
        <line
          x1={g.todayX}
          x2={g.todayX}
          y1={YEAR_MONTH_ROW - 4}
          y2={YEAR_HEADER_HEIGHT}
          stroke={yearColors.today}
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}

/** A track's placed labels as SVG text; provisional ones in amber. */
function trackLabels(
  labels: readonly PlacedLabel[],
  top: number,
  color: string,
  items: readonly TrackItem[],
) {
  const provisional = new Set(items.filter((i) => i.provisional).map((i) => i.id));
  return labels.map((l) => (
    <text
      key={l.id}
      x={l.x}
      y={top + trackBaseline(l.line)}
      fontSize={YEAR_TRACK_FONT}
      fill={provisional.has(l.id) ? yearColors.provisionalText : color}
    >
      {l.text}
    </text>
  ));
}
