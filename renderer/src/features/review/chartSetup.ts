import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { layoutLabels, wrapLegend, type LabelLayout } from '../../../../shared/charts/labelRows';
import type { MilestoneMark, PhaseBand } from '../../../../shared/charts/reviewCharts';

/** Only the chart.js parts the review draws with: bars and lines on category/linear axes. */
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/** Paints the canvas white first, so the PNG put in the PDF report is not transparent. */
export const whiteBackground: Plugin = {
  id: 'reviewWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

const PHASE_ROW = 14;
const MARK_ROW = 12;
const LEGEND_ROW = 13;
/** Clear space between the legend, the phase names and the milestone names. */
const SEPARATION = 4;
const PHASE_FONT = '11px "Noto Sans SC", sans-serif';
const MARK_FONT = '10px "Noto Sans SC", sans-serif';

interface HeaderState {
  phases: LabelLayout;
  marks: LabelLayout;
  legend: string[][];
  height: number;
}

/**
 * Phase bands behind the bars, and above the plot: phase names and milestone names laid out in
 * rows that never overlap each other, the bars or the date ticks (shared/charts/labelRows); those
 * that do not fit are shortened to a key (A…, 1…) spelled out in a legend line on top. The space
 * above the plot is reserved once the x axis is laid out (its width does not depend on it).
 */
export function bandsAndMilestones(
  bands: readonly PhaseBand[],
  milestones: readonly MilestoneMark[],
): Plugin {
  const states = new WeakMap<object, HeaderState>();
  const bandEdges = (chart: Chart, band: PhaseBand): [number, number] => {
    const x = chart.scales.x!;
    const area = chart.chartArea;
    const half = x.width / Math.max(1, chart.data.labels?.length ?? 1) / 2;
    return [
      Math.max(area.left, x.getPixelForValue(band.fromIndex) - half),
      Math.min(area.right, x.getPixelForValue(band.toIndex) + half),
    ];
  };
  const visibleBands = bands.filter((b) => b.fromIndex >= 0 && b.toIndex >= 0);
  const visibleMarks = milestones.filter((m) => m.index >= 0);
  const phaseKey = (i: number) => String.fromCharCode(65 + (i % 26));
  const markText = (m: MilestoneMark) => `◆ ${m.label}`;
  return {
    id: 'reviewBandsAndMilestones',
    afterLayout(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      if (!x || !area) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = PHASE_FONT;
      const phases = layoutLabels(
        visibleBands.map((b, i) => ({
          id: String(i),
          x: bandEdges(chart, b)[0],
          width: ctx.measureText(b.label).width + 8,
          shortWidth: ctx.measureText(phaseKey(i)).width + 8,
        })),
        { maxRows: 2, gap: 2, maxX: area.right },
      );
      ctx.font = MARK_FONT;
      const marks = layoutLabels(
        visibleMarks.map((m, i) => ({
          id: String(i),
          x: x.getPixelForValue(m.index) + 3,
          width: ctx.measureText(markText(m)).width + 2,
          shortWidth: ctx.measureText(`◆ ${i + 1}`).width + 2,
        })),
        { maxRows: 3, gap: 4, maxX: area.right },
      );
      ctx.restore();
      const entries = [
        ...marks.legend.map((id) => {
          const m = visibleMarks[Number(id)]!;
          return `${Number(id) + 1} ${m.label} ${m.date.slice(5)}`;
        }),
        ...phases.legend.map((id) => `${phaseKey(Number(id))} ${visibleBands[Number(id)]!.label}`),
      ];
      const legend = wrapLegend(entries, 10, area.right - area.left);
      const height =
        legend.length * LEGEND_ROW + phases.rows * PHASE_ROW + marks.rows * MARK_ROW + 3 * SEPARATION;
      states.set(chart, { phases, marks, legend, height });
      const padding = chart.options.layout?.padding;
      const top =
        typeof padding === 'number' ? padding : ((padding as { top?: number } | undefined)?.top ?? 0);
      if (top < height) {
        chart.options.layout = { ...chart.options.layout, padding: { top: height } };
        // The room only grows (the y axis' labels may narrow the plot a little on the next pass),
        // so this settles after a pass or two; new options from React start it afresh.
        queueMicrotask(() => chart.update('none'));
      }
    },
    beforeDatasetsDraw(chart) {
      const area = chart.chartArea;
      if (!chart.scales.x || !area) return;
      const { ctx } = chart;
      ctx.save();
      for (const band of visibleBands) {
        const [l, r] = bandEdges(chart, band);
        ctx.fillStyle = `${band.color}33`;
        ctx.fillRect(l, area.top, r - l, area.bottom - area.top);
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      const state = states.get(chart);
      if (!x || !area || !state) return;
      const { ctx } = chart;
      const top = Math.max(0, area.top - state.height);
      const phasesTop = top + state.legend.length * LEGEND_ROW + SEPARATION;
      const marksTop = phasesTop + state.phases.rows * PHASE_ROW + SEPARATION;
      ctx.save();
      // chart.js leaves the baseline of its last text (the ticks' 'middle'): y below is a baseline.
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.font = MARK_FONT;
      ctx.fillStyle = '#495057';
      state.legend.forEach((line, i) =>
        ctx.fillText(line.join('   '), area.left, top + (i + 1) * LEGEND_ROW - 3),
      );
      ctx.font = PHASE_FONT;
      for (const pl of state.phases.placed) {
        const band = visibleBands[Number(pl.id)]!;
        const y = phasesTop + pl.row * PHASE_ROW;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(pl.x, y, pl.width, PHASE_ROW - 1);
        ctx.fillStyle = band.color;
        ctx.fillRect(pl.x, y, 3, PHASE_ROW - 1);
        ctx.fillStyle = '#343a40';
        ctx.fillText(pl.isShort ? phaseKey(Number(pl.id)) : band.label, pl.x + 5, y + 11);
      }
      ctx.font = MARK_FONT;
      ctx.strokeStyle = '#c92a2a';
      ctx.setLineDash([4, 3]);
      for (const mark of visibleMarks) {
        const px = x.getPixelForValue(mark.index);
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
      }
      ctx.setLineDash([]);
      for (const pl of state.marks.placed) {
        const mark = visibleMarks[Number(pl.id)]!;
        const y = marksTop + pl.row * MARK_ROW;
        ctx.fillStyle = '#c92a2a';
        ctx.fillText(pl.isShort ? `◆ ${Number(pl.id) + 1}` : markText(mark), pl.x, y + 10);
      }
      ctx.restore();
    },
  };
}
