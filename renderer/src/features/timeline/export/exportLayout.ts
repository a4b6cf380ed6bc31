import {
  estimateTextWidth,
  layoutLabels,
  wrapLegend,
  type LabelLayout,
} from '../../../../../shared/charts/labelRows';
import type { SpendPacing } from '../../../../../shared/charts/pacing';
import {
  dateToX,
  makeTimeScale,
  momentToX,
  scaleWidth,
  zoomForPxPerDay,
  type TimeScale,
} from '../../../../../shared/planning/timeScale';
import type { TimelineRow } from '../rows';

/**
 * The geometry of an exported timeline, pure so it is tested in node: where the title, header,
 * rows and pacing strip go, and how the whole chart is cut into PDF pages or sized as a PNG.
 * Units are pixels (y downwards) until pdfPages scales them to points.
 */
export type Paper = 'A4' | 'A3';
export type PdfLayout = 'fit' | 'tile';

/** Landscape page sizes in points. */
export const PAPER_PT: Record<Paper, [number, number]> = { A4: [841.89, 595.28], A3: [1190.55, 841.89] };
export const MARGIN = 24;
/** Tiled pages print at 0.75 pt per pixel: 10 px labels become 7.5 pt, readable on paper. */
export const TILE_SCALE = 0.75;
export const PACING_STRIP = 56;

/** The phases and key moments named in the header, each with the text its legend entry gets. */
export interface HeaderMarks {
  phases: { id: string; name: string; startDate: string }[];
  moments: { id: string; label: string; date: string; time: string | null; when: string }[];
}

/** Where the header's phase and key-moment labels go, and what the legend under the chart says. */
export interface HeaderLabels {
  phases: LabelLayout;
  moments: LabelLayout;
  /** id → the label drawn: its full text, or its legend key when shortened. */
  text: Map<string, string>;
  /** Legend lines ("1 预售开启 10-20 20:00", "A 蓄水期"), for the labels shortened or left out. */
  legend: string[][];
}

/** At most this many rows of phase names, and of key-moment names, in the header. */
export const PHASE_ROWS = 2;
export const MOMENT_ROWS = 3;
const LABEL_GAP = 6;
const PHASE_KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface ExportLayout {
  scale: TimeScale;
  rows: readonly TimelineRow[];
  labelWidth: number;
  rowHeight: number;
  headerRow: number;
  titleHeight: number;
  fontSize: number;
  /** The budget pacing strip under the rows (null when the plan has no budget lines). */
  pacing: SpendPacing | null;
  pacingHeight: number;
  labels: HeaderLabels;
  legendHeight: number;
}

/** Phase names and key moments in rows that never overlap, shortened to a legend key when crowded. */
function headerLabels(
  scale: TimeScale,
  marks: HeaderMarks,
  fontSize: number,
  legendWidth: number,
): HeaderLabels {
  const maxX = scaleWidth(scale);
  const text = new Map<string, string>();
  const entries = new Map<string, string>();
  const phaseSize = fontSize;
  const momentSize = fontSize * 0.85;
  const phases = layoutLabels(
    marks.phases.map((p, i) => {
      const key = PHASE_KEYS[i % PHASE_KEYS.length]!;
      entries.set(p.id, `${key} ${p.name}`);
      text.set(p.id, p.name);
      text.set(`${p.id}#key`, key);
      return {
        id: p.id,
        x: dateToX(scale, p.startDate) + 3,
        width: estimateTextWidth(p.name, phaseSize),
        shortWidth: estimateTextWidth(key, phaseSize),
      };
    }),
    { maxRows: PHASE_ROWS, gap: LABEL_GAP, maxX },
  );
  const moments = layoutLabels(
    marks.moments.map((m, i) => {
      const key = String(i + 1);
      entries.set(m.id, `${key} ${m.label} ${m.when}`);
      text.set(m.id, m.label);
      text.set(`${m.id}#key`, key);
      return {
        id: m.id,
        x: momentToX(scale, m.date, m.time) + 3,
        width: estimateTextWidth(m.label, momentSize),
        shortWidth: estimateTextWidth(key, momentSize),
      };
    }),
    { maxRows: MOMENT_ROWS, gap: LABEL_GAP, maxX },
  );
  const legendEntries = [...moments.legend, ...phases.legend].map((id) => entries.get(id) ?? id);
  return { phases, moments, text, legend: wrapLegend(legendEntries, fontSize * 0.9, legendWidth) };
}

export function exportLayout(
  rows: readonly TimelineRow[],
  pxPerDay: number,
  start: string,
  end: string,
  pacing: SpendPacing | null = null,
  marks: HeaderMarks = { phases: [], moments: [] },
): ExportLayout {
  const scale = makeTimeScale(start, end, pxPerDay, zoomForPxPerDay(pxPerDay), 2);
  const fontSize = 10;
  const labelWidth = 240;
  // A tiled A4 page holds about 1,050 px across: the legend wraps within one page.
  const labels = headerLabels(scale, marks, fontSize, Math.min(1000, labelWidth + scaleWidth(scale)));
  return {
    scale,
    rows,
    labelWidth,
    rowHeight: 20,
    headerRow: 18,
    titleHeight: 40,
    fontSize,
    pacing,
    pacingHeight: pacing ? PACING_STRIP : 0,
    labels,
    legendHeight: labels.legend.length > 0 ? 8 + labels.legend.length * fontSize * 1.5 : 0,
  };
}

/** Header rows: months, phase names (at least one row), key moments (when any), days. */
export function headerRowsOf(l: ExportLayout): { phases: number; moments: number; total: number } {
  const phases = Math.max(1, l.labels.phases.rows);
  const moments = l.labels.moments.rows;
  return { phases, moments, total: 2 + phases + moments };
}

export function headerHeight(l: ExportLayout): number {
  return l.headerRow * headerRowsOf(l).total;
}

export interface Region {
  /** Chart x range in pixels, [x0, x1). */
  x0: number;
  x1: number;
  /** Row index range, inclusive (r1 < r0 when there are no rows). */
  r0: number;
  r1: number;
}

/**
 * Pages of a PDF. 'fit' scales the whole width onto the page and runs the rows down as many pages
 * as needed; 'tile' prints at TILE_SCALE and cuts the chart into columns of days too, each page
 * repeating the title, header, row labels and pacing strip. Pages go row-strips first, then across.
 */
export function pdfPages(
  l: ExportLayout,
  paper: Paper,
  mode: PdfLayout,
): { s: number; pageW: number; pageH: number; regions: Region[] } {
  const [pageW, pageH] = PAPER_PT[paper];
  const chartW = scaleWidth(l.scale);
  const s = mode === 'fit' ? (pageW - 2 * MARGIN) / (l.labelWidth + chartW) : TILE_SCALE;
  const usableH =
    (pageH - 2 * MARGIN) / s - l.titleHeight - headerHeight(l) - l.pacingHeight - l.legendHeight;
  const rowsPerPage = Math.max(1, Math.floor(usableH / l.rowHeight));
  const chartPerPage = mode === 'fit' ? chartW : Math.max(100, (pageW - 2 * MARGIN) / s - l.labelWidth);
  const regions: Region[] = [];
  for (let x0 = 0; x0 < chartW; x0 += chartPerPage) {
    for (let r0 = 0; r0 < Math.max(1, l.rows.length); r0 += rowsPerPage) {
      regions.push({
        x0,
        x1: Math.min(chartW, x0 + chartPerPage),
        r0,
        r1: Math.min(l.rows.length - 1, r0 + rowsPerPage - 1),
      });
    }
  }
  return { s, pageW, pageH, regions };
}

/** Canvas limits: 32,767 px a side and ~268 M pixels; big plans are drawn smaller, never cut off. */
export const MAX_CANVAS_SIDE = 32_000;
export const MAX_CANVAS_PIXELS = 260_000_000;

/** The PNG: the whole chart plus an 8 px border, at up to 2 device pixels per pixel. */
export function pngSize(l: ExportLayout): { width: number; height: number; ratio: number } {
  const width = l.labelWidth + scaleWidth(l.scale) + 16;
  const height =
    l.titleHeight + headerHeight(l) + l.rows.length * l.rowHeight + l.pacingHeight + l.legendHeight + 16;
  const ratio = Math.min(
    2,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
  );
  return { width, height, ratio };
}
