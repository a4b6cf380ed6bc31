import { diffDays, type IsoDate } from '../domain';
import {
  axisTicks,
  dateEndToX,
  dateToX,
  makeTimeScale,
  momentToX,
  type TimeScale,
} from '../planning/timeScale';
import type { YearCalendar, YearRow } from './yearRows';

/**
 * Where everything of the year calendar goes for a chart `width` pixels wide, with every label
 * either shown whole or not drawn at all (it is then in the element's tooltip and accessible
 * name): a label is never cut. Text widths are estimated on the safe side (a CJK character is a
 * full em, anything else 0.62 em), so the screen (SVG) and the export (canvas, PDF) agree.
 */
export const YEAR_ROW_HEIGHT = 40;
export const YEAR_BAND_TOP = 5;
export const YEAR_BAND_HEIGHT = 18;
/** Baseline of the key-moment labels under a row's bands. */
export const YEAR_MOMENT_BASELINE = 35;
export const YEAR_PHASE_FONT = 11;
export const YEAR_MOMENT_FONT = 10;
export const YEAR_TRACK_FONT = 10;
/** Height of one label line in the header tracks. */
export const YEAR_TRACK_LINE = 14;
/** Label lines of the holiday and platform tracks. */
export const YEAR_TRACK_LINES = 2;
const LABEL_GAP = 4;
/** The header: a month row, then the holiday track and the platform-day track. */
export const YEAR_MONTH_ROW = 22;
export const YEAR_TRACK_HEIGHT = YEAR_TRACK_LINES * YEAR_TRACK_LINE + 10;
export const YEAR_HEADER_HEIGHT = YEAR_MONTH_ROW + 2 * YEAR_TRACK_HEIGHT;
/** A track's markers sit in its top 8 px; label line `line` has this baseline. */
export function trackBaseline(line: number): number {
  return 8 + (line + 1) * YEAR_TRACK_LINE - 3;
}

/** A safe (never too small) width of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 1 : 0.62;
  }
  return em * fontSize;
}

export interface LabelRequest {
  id: string;
  /** The x the label belongs to (a marker, or the start of a band). */
  anchor: number;
  text: string;
  /** Lower first: placed before the others compete for the space. */
  priority: number;
  /** Centred on the anchor only (a month's name in the middle of its month). */
  centred?: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Left edge of the text. */
  x: number;
  width: number;
  /** Label line, 0 first. */
  line: number;
}

/**
 * Places labels on `lines` lines between minX and maxX, in priority order: right of the anchor,
 * else ending left of it, on the first line where it overlaps nothing placed; a label with no
 * room is left out (never shortened or cut).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  fontSize: number,
  minX: number,
  maxX: number,
  lines = 1,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => a.priority - b.priority || a.anchor - b.anchor);
  const free = (line: number, x: number, w: number) =>
    x >= minX &&
    x + w <= maxX &&
    placed.every((p) => p.line !== line || x + w + LABEL_GAP <= p.x || p.x + p.width + LABEL_GAP <= x);
  for (const r of order) {
    const width = textWidth(r.text, fontSize);
    let spot: { x: number; line: number } | null = null;
    for (let line = 0; line < lines && !spot; line++) {
      for (const x of r.centred
        ? [r.anchor - width / 2]
        : [r.anchor + LABEL_GAP, r.anchor - LABEL_GAP - width]) {
        if (free(line, x, width)) {
          spot = { x, line };
          break;
        }
      }
    }
    if (spot) placed.push({ id: r.id, text: r.text, x: spot.x, width, line: spot.line });
  }
  return placed.sort((a, b) => a.line - b.line || a.x - b.x);
}

export interface PhaseGeometry {
  id: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
  x: number;
  width: number;
  color: string;
  /** The name drawn inside the band, when it fits whole. */
  showName: boolean;
}

export interface MomentGeometry {
  id: string;
  x: number;
  kind: YearRow['moments'][number]['kind'];
  label: string;
  date: IsoDate;
}

export interface RowGeometry {
  /** The thin bar of the plan's whole extent, clipped to the chart. */
  spanX: number;
  spanWidth: number;
  phases: PhaseGeometry[];
  moments: MomentGeometry[];
  labels: PlacedLabel[];
}

export interface TrackItem {
  id: string;
  x: number;
  width: number;
  provisional: boolean;
  label: string;
}

export interface MonthTick {
  date: IsoDate;
  x: number;
  width: number;
}

export interface YearGeometry {
  scale: TimeScale;
  width: number;
  /** Month spans clipped to the range; each starts a grid line. */
  months: MonthTick[];
  /** Month names, and today's label (id `today`), on the month row. */
  monthLabels: PlacedLabel[];
  rows: RowGeometry[];
  holidays: TrackItem[];
  adjustedWorkdays: TrackItem[];
  platformDays: TrackItem[];
  holidayLabels: PlacedLabel[];
  platformLabels: PlacedLabel[];
  /** x of today's line, or null when today is outside the range. */
  todayX: number | null;
}

const momentPriority = { peak: 0, presaleStart: 1, finalPayment: 2, firstWave: 3, custom: 4 } as const;

function clipSpan(x1: number, x2: number, width: number): { x: number; width: number } {
  const a = Math.max(0, Math.min(width, x1));
  const b = Math.max(0, Math.min(width, x2));
  return { x: a, width: b - a };
}

/** Lays out one row on the scale. */
export function rowGeometry(row: YearRow, scale: TimeScale, width: number): RowGeometry {
  const span = clipSpan(dateToX(scale, row.start), dateEndToX(scale, row.end), width);
  const phases = row.phases
    .map((p): PhaseGeometry => {
      const c = clipSpan(dateToX(scale, p.start), dateEndToX(scale, p.end), width);
      return {
        id: p.id,
        name: p.name,
        start: p.start,
        end: p.end,
        x: c.x,
        width: c.width,
        color: p.color,
        showName: textWidth(p.name, YEAR_PHASE_FONT) + 2 * LABEL_GAP <= c.width,
      };
    })
    .filter((p) => p.width > 0);
  const moments = row.moments
    .map((m): MomentGeometry => ({
      id: m.id,
      x: momentToX(scale, m.date, m.time),
      kind: m.kind,
      label: m.label,
      date: m.date,
    }))
    .filter((m) => m.x >= 0 && m.x <= width);
  const labels = placeLabels(
    moments.map((m) => ({ id: m.id, anchor: m.x, text: m.label, priority: momentPriority[m.kind] })),
    YEAR_MOMENT_FONT,
    0,
    width,
  );
  return { spanX: span.x, spanWidth: span.width, phases, moments, labels };
}

/** The texts the layout places, in the planner's language. */
export interface YearLabels {
  holiday(band: YearCalendar['holidays'][number]): string;
  platformDay(day: YearCalendar['platformDays'][number]): string;
  /** A month's name; `withYear` for the first month shown and every January. */
  month(date: IsoDate, withYear: boolean): string;
  today: string;
}

/**
 * The whole calendar at `width` px: `label(item)` names holidays and platform days in the
 * planner's language (the provisional mark included).
 */
export function yearGeometry(
  calendar: YearCalendar,
  width: number,
  today: IsoDate,
  labels: YearLabels,
): YearGeometry {
  const days = Math.max(1, diffDays(calendar.range.from, calendar.range.to) + 1);
  const scale = makeTimeScale(calendar.range.from, calendar.range.to, width / days, 'month');
  const holidays = calendar.holidays.map((h, i): TrackItem => {
    const c = clipSpan(dateToX(scale, h.start), dateEndToX(scale, h.end), width);
    return { id: `h${i}`, x: c.x, width: c.width, provisional: h.provisional, label: labels.holiday(h) };
  });
  const adjustedWorkdays = calendar.adjustedWorkdays.map((d, i): TrackItem => ({
    id: `w${i}`,
    x: dateToX(scale, d.date),
    width: scale.pxPerDay,
    provisional: d.provisional,
    label: '',
  }));
  const platformDays = calendar.platformDays.map((d): TrackItem => ({
    id: d.id,
    x: momentToX(scale, d.date, null),
    width: 0,
    provisional: d.provisional,
    label: labels.platformDay(d),
  }));
  const todayX =
    today >= calendar.range.from && today <= calendar.range.to ? momentToX(scale, today, null) : null;
  const months = axisTicks(scale, 0, scale.dayCount - 1).minor.map((t) => ({
    date: t.date,
    x: t.x,
    width: t.width,
  }));
  const monthRequests: LabelRequest[] = months.map((m, i) => ({
    id: m.date,
    anchor: m.x + m.width / 2,
    text: labels.month(m.date, i === 0 || m.date.endsWith('-01-01')),
    priority: i,
    centred: true,
  }));
  if (todayX !== null)
    monthRequests.push({ id: 'today', anchor: todayX, text: labels.today, priority: months.length });
  return {
    scale,
    width,
    months,
    monthLabels: placeLabels(monthRequests, YEAR_TRACK_FONT, 0, width),
    rows: calendar.rows.map((row) => rowGeometry(row, scale, width)),
    holidays,
    adjustedWorkdays,
    platformDays,
    holidayLabels: placeLabels(
      holidays.map((h, i) => ({ id: h.id, anchor: h.x, text: h.label, priority: i })),
      YEAR_TRACK_FONT,
      0,
      width,
      YEAR_TRACK_LINES,
    ),
    platformLabels: placeLabels(
      platformDays.map((d, i) => ({ id: d.id, anchor: d.x, text: d.label, priority: i })),
      YEAR_TRACK_FONT,
      0,
      width,
      YEAR_TRACK_LINES,
    ),
    todayX,
  };
}
