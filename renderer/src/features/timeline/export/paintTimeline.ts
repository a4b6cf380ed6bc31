import type { PlanDocument, Task } from '../../../../../shared/domain';
import { dayKind } from '../../../../../shared/calendar/holidaysCN';
import { timelineMarkers } from '../../../../../shared/calendar/keyMoments';
import {
  axisTicks,
  dateEndToX,
  dateToX,
  dayIndexToDate,
  momentToX,
} from '../../../../../shared/planning/timeScale';
import { tickLabel } from '../axisLabels';
import { dayFill, NEUTRAL_BAR } from '../chartModel';
import { pacingGeometry } from '../pacingGeometry';
import { estimateTextWidth } from '../../../../../shared/charts/labelRows';
import { headerHeight, headerRowsOf, type ExportLayout, type HeaderMarks, type Region } from './exportLayout';
import type { Locale } from '../../../i18n';

/**
 * The whole timeline drawn through a tiny painter interface, so the same code makes the PNG
 * (canvas) and the PDF (pdf-lib, vector, real text). Coordinates are pixels, y downwards; a
 * region selects which days and rows go on one page, with the header and row labels repeated.
 */
export interface Painter {
  rect(x: number, y: number, w: number, h: number, fill: string, opacity?: number): void;
  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number, dash?: boolean): void;
  /** A filled polygon; fill may be rgba(…) for a translucent area. */
  poly(points: [number, number][], fill: string): void;
  /** An open line through the points. */
  polyline(points: [number, number][], color: string, width: number): void;
  /** y is the text's baseline. */
  text(x: number, y: number, text: string, size: number, color: string, maxWidth?: number): void;
  clip(x: number, y: number, w: number, h: number, draw: () => void): void;
}

function parseHex(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color : NEUTRAL_BAR;
}

/** The phases and key moments the header names, in the planner's language. */
export function headerMarks(doc: PlanDocument, locale: Locale): HeaderMarks {
  return {
    phases: [...doc.phases]
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.order - b.order)
      .map((p) => ({ id: p.id, name: p.name, startDate: p.startDate })),
    moments: timelineMarkers(doc.plan, [], locale).map((m) => ({
      id: m.id,
      label: m.label,
      date: m.date,
      time: m.time,
      when: `${m.date.slice(5)}${m.time ? ` ${m.time}` : ''}`,
    })),
  };
}

/** Every string the painter may draw, so a PDF can embed the glyphs first. */
export function textsOf(doc: PlanDocument, l: ExportLayout, extra: readonly string[]): string[] {
  const out = [
    doc.plan.name,
    ...extra,
    ...doc.phases.map((p) => p.name),
    ...timelineMarkers(doc.plan, []).map((m) => m.label),
  ];
  for (const r of l.rows) out.push(r.kind === 'group' ? r.label : `${r.task.title}${r.task.owner}`);
  for (const line of l.labels.legend) out.push(...line);
  out.push('ABCDEFGHIJKLMNOPQRSTUVWXYZ'); // legend keys of phases
  out.push('0123456789年月/-–·:');
  return out;
}

/** What the pacing strip's label column says, already formatted in the planner's language. */
export interface PacingLabels {
  title: string;
  planned: string;
  /** null when no actual spend is recorded. */
  actual: string | null;
}

export interface PaintOptions {
  locale: Locale;
  subtitle: string;
  pageLabel: string;
  pacingLabels: PacingLabels | null;
}

export const PLANNED_COLOR = '#4c6ef5';
export const ACTUAL_COLOR = '#f76707';

/**
 * Paints one page: title line, header (months, phases, days), the row labels and the chart for
 * the region. The page's drawing origin is (0, 0); the chart starts at labelWidth.
 */
export function paintTimeline(
  p: Painter,
  doc: PlanDocument,
  l: ExportLayout,
  region: Region,
  opts: PaintOptions,
): void {
  const { scale, rowHeight, labelWidth, fontSize, headerRow: hr } = l;
  const hh = headerHeight(l);
  const top = l.titleHeight;
  const headerRows = headerRowsOf(l);
  const phasesTop = top + hr;
  const momentsTop = phasesTop + hr * headerRows.phases;
  const bodyTop = top + hh;
  const chartW = region.x1 - region.x0;
  const rowsH = (region.r1 - region.r0 + 1) * rowHeight;
  const cx = (x: number) => labelWidth + x - region.x0;
  const ry = (row: number) => bodyTop + (row - region.r0) * rowHeight;

  p.text(0, 18, doc.plan.name, 16, '#212529');
  p.text(0, 34, opts.subtitle, 10, '#495057');
  if (opts.pageLabel) p.text(labelWidth + chartW - 80, 34, opts.pageLabel, 9, '#868e96');

  const d0 = Math.max(0, Math.floor(region.x0 / scale.pxPerDay));
  const d1 = Math.min(scale.dayCount - 1, Math.ceil(region.x1 / scale.pxPerDay));

  p.clip(labelWidth, top, chartW, hh + rowsH, () => {
    // Calendar shading and phase bands behind everything.
    for (let i = d0; i <= d1; i++) {
      const kind = dayKind(dayIndexToDate(scale, i), doc.plan.blackoutDays);
      if (kind !== 'workday') p.rect(cx(i * scale.pxPerDay), bodyTop, scale.pxPerDay, rowsH, dayFill[kind]);
    }
    for (const ph of doc.phases) {
      const x1 = dateToX(scale, ph.startDate);
      const x2 = dateEndToX(scale, ph.endDate);
      if (x2 < region.x0 || x1 > region.x1) continue;
      p.rect(cx(x1), bodyTop, x2 - x1, rowsH, parseHex(ph.color), 0.07);
      p.rect(cx(x1), phasesTop, x2 - x1, hr * headerRows.phases, parseHex(ph.color), 0.35);
    }
    // Phase names in rows that never overlap (exportLayout), a legend key where crowded.
    for (const pl of l.labels.phases.placed) {
      const label = l.labels.text.get(pl.isShort ? `${pl.id}#key` : pl.id) ?? '';
      p.text(cx(pl.x), phasesTop + hr * (pl.row + 1) - 5, label, fontSize, '#212529');
    }
    const { major, minor } = axisTicks(scale, d0, d1);
    for (const t of major) {
      p.line(cx(t.x), top, cx(t.x), top + l.headerRow, '#ced4da', 0.8);
      p.text(
        cx(Math.max(t.x, region.x0)) + 3,
        top + l.headerRow - 5,
        tickLabel(t, opts.locale, scale.zoom),
        fontSize,
        '#343a40',
      );
    }
    for (const t of minor) {
      p.line(cx(t.x), top + hh - hr, cx(t.x), top + hh, '#dee2e6', 0.5);
      const label = tickLabel(t, opts.locale, scale.zoom);
      if (t.width >= fontSize * (label.length * 0.6 + 0.4)) {
        p.text(cx(t.x) + 2, top + hh - 5, label, fontSize * 0.9, '#495057');
      }
    }
    p.line(labelWidth, top + hh, labelWidth + chartW, top + hh, '#adb5bd', 0.8);
    for (const m of timelineMarkers(doc.plan, [], opts.locale)) {
      const x = momentToX(scale, m.date, m.time);
      if (x < region.x0 || x > region.x1) continue;
      p.line(cx(x), bodyTop, cx(x), bodyTop + rowsH, m.kind === 'peak' ? '#e8590c' : '#f08c00', 0.8, true);
      // The moment's name in its own band, in rows that never overlap each other or the day
      // numbers below; a tick at its left edge ties it to its date.
      const pl = l.labels.moments.placed.find((q) => q.id === m.id);
      if (!pl) continue;
      const rowTop = momentsTop + hr * pl.row;
      p.line(cx(x), rowTop + 3, cx(x), rowTop + hr - 3, '#d9480f', 1.2);
      const label = l.labels.text.get(pl.isShort ? `${pl.id}#key` : pl.id) ?? '';
      p.text(cx(pl.x), rowTop + hr - 5, label, fontSize * 0.85, '#d9480f');
    }
    const phaseColor = new Map(doc.phases.map((ph) => [ph.id, parseHex(ph.color)]));
    const barH = rowHeight * 0.55;
    for (let r = region.r0; r <= region.r1; r++) {
      const row = l.rows[r];
      if (!row) continue;
      const y = ry(r);
      if (row.kind === 'group') {
        if (row.start && row.end) {
          const x1 = dateToX(scale, row.start);
          const x2 = dateEndToX(scale, row.end);
          p.rect(
            cx(x1),
            y + rowHeight / 2 - 2.5,
            x2 - x1,
            5,
            row.color ? parseHex(row.color) : '#495057',
            0.85,
          );
        }
        continue;
      }
      const t: Task = row.task;
      const x1 = dateToX(scale, t.startDate);
      const x2 = dateEndToX(scale, t.endDate);
      if (x2 < region.x0 - 40 || x1 > region.x1 + 40) continue;
      if (t.isMilestone) {
        const mx = momentToX(scale, t.startDate, t.milestoneTime);
        const cy = y + rowHeight / 2;
        const s = barH / 2 + 1;
        p.poly(
          [
            [cx(mx), cy - s],
            [cx(mx) + s, cy],
            [cx(mx), cy + s],
            [cx(mx) - s, cy],
          ],
          '#343a40',
        );
        if (t.milestoneTime)
          p.text(cx(mx) + s + 2, cy + fontSize * 0.35, t.milestoneTime, fontSize * 0.85, '#343a40');
      } else {
        p.rect(
          cx(x1),
          y + (rowHeight - barH) / 2,
          Math.max(2, x2 - x1),
          barH,
          (t.phaseId && phaseColor.get(t.phaseId)) || NEUTRAL_BAR,
          0.9,
        );
      }
    }
  });

  // Row labels, repeated on every page.
  p.rect(0, top, labelWidth, hh, '#f8f9fa');
  p.line(labelWidth, top, labelWidth, bodyTop + rowsH, '#adb5bd', 0.8);
  for (let r = region.r0; r <= region.r1; r++) {
    const row = l.rows[r];
    if (!row) continue;
    const y = ry(r);
    if (row.kind === 'group') {
      p.rect(0, y, labelWidth, rowHeight, '#f1f3f5');
      p.text(
        6,
        y + rowHeight / 2 + fontSize * 0.35,
        `${row.label}（${row.count}）`,
        fontSize,
        '#212529',
        labelWidth - 12,
      );
    } else {
      p.text(16, y + rowHeight / 2 + fontSize * 0.35, row.task.title, fontSize, '#212529', labelWidth - 80);
      if (row.task.owner)
        p.text(
          labelWidth - 60,
          y + rowHeight / 2 + fontSize * 0.35,
          row.task.owner,
          fontSize * 0.9,
          '#495057',
          56,
        );
    }
    p.line(0, y + rowHeight, labelWidth + chartW, y + rowHeight, '#f1f3f5', 0.5);
  }

  if (l.pacing && opts.pacingLabels) paintPacing(p, l, region, bodyTop + rowsH, opts.pacingLabels);
  paintLegend(p, l, bodyTop + rowsH + l.pacingHeight);
}

/** The labels shortened to a key in the header, spelled out under the chart. */
function paintLegend(p: Painter, l: ExportLayout, top: number): void {
  const size = l.fontSize * 0.9;
  l.labels.legend.forEach((line, i) => {
    let x = 0;
    const y = top + 8 + (i + 1) * l.fontSize * 1.5 - l.fontSize * 0.4;
    for (const entry of line) {
      p.text(x, y, entry, size, '#495057');
      x += estimateTextWidth(entry, size) + 16;
    }
  });
}

/** The budget pacing strip under the rows, on the same date axis, clipped to the page's days. */
function paintPacing(p: Painter, l: ExportLayout, region: Region, top: number, labels: PacingLabels): void {
  if (!l.pacing) return;
  const { labelWidth, fontSize, pacingHeight: h } = l;
  const chartW = region.x1 - region.x0;
  const g = pacingGeometry(l.pacing, l.scale, h, 6);
  const at = (pts: [number, number][]): [number, number][] =>
    pts.map(([x, y]) => [labelWidth + x - region.x0, top + y]);
  p.line(0, top, labelWidth + chartW, top, '#adb5bd', 0.8);
  p.clip(labelWidth, top, chartW, h, () => {
    p.line(labelWidth, top + g.top, labelWidth + chartW, top + g.top, '#e9ecef', 0.5);
    const planned = at(g.planned);
    const first = planned[0];
    const last = planned.at(-1);
    if (first && last)
      p.poly([...planned, [last[0], top + g.bottom], [first[0], top + g.bottom]], 'rgba(116,143,252,0.15)');
    p.polyline(planned, PLANNED_COLOR, 1.5);
    if (g.actual.length > 0) p.polyline(at(g.actual), ACTUAL_COLOR, 1.5);
  });
  p.rect(0, top, labelWidth, h, '#f8f9fa');
  p.line(labelWidth, top, labelWidth, top + h, '#adb5bd', 0.8);
  const line = fontSize * 1.4;
  p.text(6, top + line, labels.title, fontSize, '#212529', labelWidth - 12);
  p.rect(6, top + line * 2 - fontSize * 0.4, 10, 2.5, PLANNED_COLOR);
  p.text(20, top + line * 2, labels.planned, fontSize * 0.9, '#343a40', labelWidth - 26);
  if (labels.actual !== null) {
    p.rect(6, top + line * 3 - fontSize * 0.4, 10, 2.5, ACTUAL_COLOR);
    p.text(20, top + line * 3, labels.actual, fontSize * 0.9, '#343a40', labelWidth - 26);
  }
}
