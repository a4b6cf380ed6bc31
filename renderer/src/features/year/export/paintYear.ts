import {
  trackBaseline,
  YEAR_BAND_HEIGHT,
  YEAR_BAND_TOP,
  YEAR_HEADER_HEIGHT,
  YEAR_MOMENT_BASELINE,
  YEAR_MOMENT_FONT,
  YEAR_MONTH_ROW,
  YEAR_PHASE_FONT,
  YEAR_ROW_HEIGHT,
  YEAR_TRACK_FONT,
  YEAR_TRACK_HEIGHT,
  type PlacedLabel,
  type TrackItem,
  type YearGeometry,
} from '../../../../../shared/calendar/yearLayout';
import type { YearRow } from '../../../../../shared/calendar/yearRows';
import type { Painter } from '../../timeline/export/paintTimeline';
import { NAME_COLUMN, yearColors } from '../yearStyle';

/**
 * The year calendar drawn through the timeline export's painter (canvas for PNG, pdf-lib for PDF):
 * the same geometry as the screen, so the export shows what the meeting saw. A page holds the
 * title, the header and the rows r0…r1.
 */
export const YEAR_TITLE_HEIGHT = 44;

export interface YearPageText {
  title: string;
  subtitle: string;
  pageLabel: string;
  /** The header's row titles: campaigns (n), holidays, platform days. */
  campaigns: string;
  holidays: string;
  platformDays: string;
  /** "type · status" under each campaign's name. */
  rowDetail(row: YearRow): string;
}

export function yearExportSize(g: YearGeometry, rows: number): { width: number; height: number } {
  return {
    width: NAME_COLUMN + g.width,
    height: YEAR_TITLE_HEIGHT + YEAR_HEADER_HEIGHT + rows * YEAR_ROW_HEIGHT,
  };
}

export function paintYear(
  p: Painter,
  rows: readonly YearRow[],
  g: YearGeometry,
  r0: number,
  r1: number,
  text: YearPageText,
): void {
  const x0 = NAME_COLUMN;
  const top = YEAR_TITLE_HEIGHT;
  const bodyTop = top + YEAR_HEADER_HEIGHT;
  const bodyH = Math.max(0, r1 - r0 + 1) * YEAR_ROW_HEIGHT;
  const fullW = x0 + g.width;
  p.text(0, 18, text.title, 16, yearColors.text);
  p.text(0, 34, text.subtitle, 10, yearColors.dim);
  if (text.pageLabel) p.text(fullW - 80, 34, text.pageLabel, 9, '#868e96');

  // Shading and grid behind everything.
  for (const h of g.holidays) p.rect(x0 + h.x, bodyTop, h.width, bodyH, yearColors.holidayShade);
  for (const d of g.adjustedWorkdays) p.rect(x0 + d.x, bodyTop, d.width, bodyH, yearColors.workdayShade);
  for (const m of g.months) p.line(x0 + m.x, top, x0 + m.x, bodyTop + bodyH, yearColors.grid, 0.6);

  // Header: months, holidays, platform days.
  const holidayTop = top + YEAR_MONTH_ROW;
  const platformTop = holidayTop + YEAR_TRACK_HEIGHT;
  p.line(0, holidayTop, fullW, holidayTop, yearColors.grid, 0.6);
  p.line(0, platformTop, fullW, platformTop, yearColors.grid, 0.6);
  p.line(0, bodyTop, fullW, bodyTop, '#adb5bd', 0.8);
  for (const l of g.monthLabels)
    p.text(
      x0 + l.x,
      top + YEAR_MONTH_ROW - 7,
      l.text,
      YEAR_TRACK_FONT,
      l.id === 'today' ? yearColors.today : yearColors.text,
    );
  for (const h of g.holidays)
    p.rect(
      x0 + h.x,
      holidayTop + 1,
      Math.max(2, h.width),
      7,
      h.provisional ? yearColors.provisionalMark : yearColors.holidayMark,
    );
  for (const d of g.adjustedWorkdays)
    p.rect(x0 + d.x, holidayTop + 1, Math.max(2, d.width), 7, yearColors.workdayMark);
  trackLabels(p, g.holidayLabels, g.holidays, x0, holidayTop, yearColors.holidayText);
  for (const d of g.platformDays)
    p.poly(
      [
        [x0 + d.x - 4, platformTop + 1],
        [x0 + d.x + 4, platformTop + 1],
        [x0 + d.x, platformTop + 8],
      ],
      d.provisional ? yearColors.provisionalMark : yearColors.platformMark,
    );
  trackLabels(p, g.platformLabels, g.platformDays, x0, platformTop, yearColors.platformText);
  p.text(6, top + YEAR_MONTH_ROW - 7, text.campaigns, YEAR_TRACK_FONT, yearColors.text, NAME_COLUMN - 12);
  p.text(
    6,
    holidayTop + trackBaseline(0),
    text.holidays,
    YEAR_TRACK_FONT,
    yearColors.holidayText,
    NAME_COLUMN - 12,
  );
  p.text(
    6,
    platformTop + trackBaseline(0),
    text.platformDays,
    YEAR_TRACK_FONT,
    yearColors.platformText,
    NAME_COLUMN - 12,
  );

  for (let r = r0; r <= r1; r++) {
    const row = rows[r];
    const geo = g.rows[r];
    if (!row || !geo) continue;
    const y = bodyTop + (r - r0) * YEAR_ROW_HEIGHT;
    const mid = y + YEAR_BAND_TOP + YEAR_BAND_HEIGHT / 2;
    if (geo.spanWidth > 0) p.rect(x0 + geo.spanX, mid - 1.5, geo.spanWidth, 3, yearColors.span);
    for (const ph of geo.phases) {
      p.rect(x0 + ph.x, y + YEAR_BAND_TOP, Math.max(2, ph.width), YEAR_BAND_HEIGHT, ph.color, 0.85);
      if (ph.showName)
        p.text(x0 + ph.x + 4, mid + YEAR_PHASE_FONT * 0.36, ph.name, YEAR_PHASE_FONT, yearColors.text);
    }
    for (const mo of geo.moments) {
      const x = x0 + mo.x;
      p.poly(
        [
          [x, mid - 7],
          [x + 5, mid],
          [x, mid + 7],
          [x - 5, mid],
        ],
        mo.kind === 'peak' ? yearColors.peak : yearColors.moment,
      );
    }
    for (const l of geo.labels)
      p.text(x0 + l.x, y + YEAR_MOMENT_BASELINE, l.text, YEAR_MOMENT_FONT, yearColors.dim);
    p.text(6, y + 16, row.name, 12, yearColors.text, NAME_COLUMN - 12);
    p.text(6, y + 32, text.rowDetail(row), 9, yearColors.dim, NAME_COLUMN - 12);
    p.line(0, y + YEAR_ROW_HEIGHT, fullW, y + YEAR_ROW_HEIGHT, '#e9ecef', 0.5);
  }
  if (g.todayX !== null)
    p.line(x0 + g.todayX, top + YEAR_MONTH_ROW - 4, x0 + g.todayX, bodyTop + bodyH, yearColors.today, 1.5);
  p.line(x0, top, x0, bodyTop + bodyH, '#adb5bd', 0.8);
}

function trackLabels(
  p: Painter,
  labels: readonly PlacedLabel[],
  items: readonly TrackItem[],
  x0: number,
  top: number,
  color: string,
): void {
  const provisional = new Set(items.filter((i) => i.provisional).map((i) => i.id));
  for (const l of labels)
    p.text(
      x0 + l.x,
      top + trackBaseline(l.line),
      l.text,
      YEAR_TRACK_FONT,
      provisional.has(l.id) ? yearColors.provisionalText : color,
    );
}

/** Every string a page may draw, so a PDF embeds the glyphs first. */
export function yearTexts(
  rows: readonly YearRow[],
  g: YearGeometry,
  text: YearPageText,
  pageLabels: readonly string[],
): string[] {
  const out = [text.title, text.subtitle, text.campaigns, text.holidays, text.platformDays, ...pageLabels];
  for (const l of [...g.monthLabels, ...g.holidayLabels, ...g.platformLabels]) out.push(l.text);
  for (const [i, row] of rows.entries()) {
    out.push(row.name, text.rowDetail(row));
    for (const ph of g.rows[i]?.phases ?? []) out.push(ph.name);
    for (const l of g.rows[i]?.labels ?? []) out.push(l.text);
  }
  out.push('0123456789…');
  return out;
}
