import type { DrawnChart } from './chartSetup';
import { layoutLabels, wrapLegend, type LabelLayout } from '../../../../shared/charts/labelRows';
import type { PhaseBand } from '../../../../shared/charts/phaseBands';
import type { MilestoneMark } from '../../../../shared/charts/reviewCharts';

const PHASE_ROW = 14;
const MARK_ROW = 12;
const LEGEND_ROW = 13;
/** Clear space between the legend, the phase names and the milestone names. */
const SEPARATION = 4;
const PHASE_FONT = '11px "Noto Sans SC", sans-serif';
const MARK_FONT = '10px "Noto Sans SC", sans-serif';

/** Where the names above the plot go, worked out once the x axis is laid out. */
export interface HeaderLabels {
  phases: LabelLayout;
  marks: LabelLayout;
  /** Lines of the legend spelling out shortened names ("1 预售开启 10-20", "A 预热期"). */
  legend: string[][];
  /** Height of the room above the plot they need, in pixels. */
  height: number;
}

/** The left and right pixel of a band: from the start of its first day to the end of its last. */
export function bandEdges(chart: DrawnChart, band: PhaseBand): { l: number; r: number } | null {
  const x = chart.scales.x;
  const area = chart.chartArea;
  if (!x || !area || band.fromIndex < 0 || band.toIndex < 0) return null;
  const half = x.width / Math.max(1, chart.data.labels?.length ?? 1) / 2;
  return {
    l: Math.max(area.left, x.getPixelForValue(band.fromIndex) - half),
    r: Math.min(area.right, x.getPixelForValue(band.toIndex) + half),
  };
}

const phaseKey = (i: number) => String.fromCharCode(65 + (i % 26));
const markText = (m: MilestoneMark) => `◆ ${m.label}`;
const markKey = (i: number) => `◆ ${i + 1}`;

/**
 * Phase names and milestone names laid out in rows above the plot (shared/charts/labelRows), so
 * none overlaps another, the bars or the date ticks; those that do not fit are shortened to a key
 * (A…, 1…) spelled out in a legend line on top. `bands` and `marks` are the visible ones.
 */
export function layoutHeaderLabels(
  chart: DrawnChart,
  bands: readonly PhaseBand[],
  marks: readonly MilestoneMark[],
): HeaderLabels | null {
  const x = chart.scales.x;
  const area = chart.chartArea;
  if (!x || !area) return null;
  const { ctx } = chart;
  ctx.save();
  ctx.font = PHASE_FONT;
  const phases = layoutLabels(
    bands.map((b, i) => ({
      id: String(i),
      x: bandEdges(chart, b)?.l ?? area.left,
      width: ctx.measureText(b.label).width + 8,
      shortWidth: ctx.measureText(phaseKey(i)).width + 8,
    })),
    { maxRows: 2, gap: 2, maxX: area.right },
  );
  ctx.font = MARK_FONT;
  const markLayout = layoutLabels(
    marks.map((m, i) => ({
      id: String(i),
      x: x.getPixelForValue(m.index) + 3,
      width: ctx.measureText(markText(m)).width + 2,
      shortWidth: ctx.measureText(markKey(i)).width + 2,
    })),
    { maxRows: 3, gap: 4, maxX: area.right },
  );
  ctx.restore();
  const entries = [
    ...markLayout.legend.map((id) => {
      const m = marks[Number(id)]!;
      return `${Number(id) + 1} ${m.label} ${m.date.slice(5)}`;
    }),
    ...phases.legend.map((id) => `${phaseKey(Number(id))} ${bands[Number(id)]!.label}`),
  ];
  const legend = wrapLegend(entries, 10, area.right - area.left);
  const height =
    legend.length * LEGEND_ROW + phases.rows * PHASE_ROW + markLayout.rows * MARK_ROW + 3 * SEPARATION;
  return { phases, marks: markLayout, legend, height };
}

/**
 * Makes room above the plot for the header labels. The room only grows (the y axis' labels may
 * narrow the plot a little on the next pass), so this settles after a pass or two; new options
 * from React start it afresh.
 */
export function reserveHeaderRoom(chart: DrawnChart, height: number): void {
  const padding = chart.options.layout?.padding;
  const top = typeof padding === 'number' ? padding : ((padding as { top?: number } | undefined)?.top ?? 0);
  if (top >= height) return;
  chart.options.layout = { ...chart.options.layout, padding: { top: height } };
  queueMicrotask(() => chart.update('none'));
}

/** Draws the legend, the phase names (on white tags) and the milestone names above the plot. */
export function drawHeaderLabels(
  chart: DrawnChart,
  header: HeaderLabels,
  bands: readonly PhaseBand[],
  marks: readonly MilestoneMark[],
): void {
  const { ctx, chartArea: area } = chart;
  const top = Math.max(0, area.top - header.height);
  const phasesTop = top + header.legend.length * LEGEND_ROW + SEPARATION;
  const marksTop = phasesTop + header.phases.rows * PHASE_ROW + SEPARATION;
  // chart.js leaves the baseline of its last text (the ticks' 'middle'): y below is a baseline.
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = MARK_FONT;
  ctx.fillStyle = '#495057';
  header.legend.forEach((line, i) =>
    ctx.fillText(line.join('   '), area.left, top + (i + 1) * LEGEND_ROW - 3),
  );
  ctx.font = PHASE_FONT;
  for (const pl of header.phases.placed) {
    const band = bands[Number(pl.id)]!;
    const y = phasesTop + pl.row * PHASE_ROW;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(pl.x, y, pl.width, PHASE_ROW - 1);
    ctx.fillStyle = band.color;
    ctx.fillRect(pl.x, y, 3, PHASE_ROW - 1);
    ctx.fillStyle = '#343a40';
    ctx.fillText(pl.isShort ? phaseKey(Number(pl.id)) : band.label, pl.x + 5, y + 11);
  }
  ctx.font = MARK_FONT;
  ctx.fillStyle = '#c92a2a';
  for (const pl of header.marks.placed) {
    const mark = marks[Number(pl.id)]!;
    const y = marksTop + pl.row * MARK_ROW;
    ctx.fillText(pl.isShort ? markKey(Number(pl.id)) : markText(mark), pl.x, y + 10);
  }
}
