import type { PhaseBand } from '../../../../shared/charts/phaseBands';
import type { MilestoneMark } from '../../../../shared/charts/reviewCharts';
import type { ChartPlugin, DrawnChart } from './chartSetup';
import {
  bandEdges,
  drawHeaderLabels,
  layoutHeaderLabels,
  reserveHeaderRoom,
  type HeaderLabels,
} from './headerLabels';

export interface PhaseBandsOptions {
  /**
   * Where the phase names go: `inBand` writes them inside the tint, behind the data, in the first
   * of two rows free at their x (a line chart, whose line crosses the whole height); `header`
   * lays them out in rows above the plot with the milestones' names, never over each other, the
   * data or the date ticks (a bar chart, whose bars would hide them; the review's daily trend).
   */
  names: 'inBand' | 'header';
  /** Milestones as dashed red lines, named above the plot (with `header`). */
  milestones?: readonly MilestoneMark[];
}

const FONT = '"Noto Sans SC", sans-serif';

function drawNamesInBands(chart: DrawnChart, bands: readonly PhaseBand[]): void {
  const { ctx, chartArea: area } = chart;
  ctx.fillStyle = '#495057';
  ctx.font = `11px ${FONT}`;
  // Phases overlap (预售 inside 预热): each name takes the first of two rows still free at its x,
  // so no two names are drawn over each other; one with no free row, or that does not fit its
  // band, is left to the tooltip.
  const rowFreeFrom = [area.left, area.left];
  for (const band of bands) {
    const edges = bandEdges(chart, band);
    if (!edges) continue;
    const width = ctx.measureText(band.label).width;
    const row = rowFreeFrom.findIndex((freeFrom) => edges.l + 3 >= freeFrom);
    if (width <= edges.r - edges.l - 6 && row >= 0) {
      ctx.fillText(band.label, edges.l + 3, area.top + 12 + row * 14);
      rowFreeFrom[row] = edges.l + 3 + width + 6;
    }
  }
}

/** Dashed lines down the plot at each milestone; their names are drawn above the plot. */
function drawMilestoneLines(chart: DrawnChart, milestones: readonly MilestoneMark[]): void {
  const { ctx, chartArea: area } = chart;
  const x = chart.scales.x;
  if (!x) return;
  ctx.strokeStyle = '#c92a2a';
  ctx.setLineDash([4, 3]);
  for (const mark of milestones) {
    const px = x.getPixelForValue(mark.index);
    ctx.beginPath();
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.bottom);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/**
 * The one phase-band plugin: each phase a tinted band behind the data, one day wide per axis
 * label, with its name (and, where given, the milestones) drawn as `options` says.
 */
export function phaseBandsPlugin(bands: readonly PhaseBand[], options: PhaseBandsOptions): ChartPlugin {
  // A lighter tint behind a line than behind bars, where the bars cover most of it.
  const tint = options.names === 'inBand' ? '26' : '33';
  const shownBands = bands.filter((b) => b.fromIndex >= 0 && b.toIndex >= 0);
  const marks = (options.milestones ?? []).filter((m) => m.index >= 0);
  const headers = new WeakMap<DrawnChart, HeaderLabels>();
  return {
    id: 'campaignDeskPhaseBands',
    afterLayout(chart) {
      if (options.names !== 'header') return;
      const header = layoutHeaderLabels(chart, shownBands, marks);
      if (!header) return;
      headers.set(chart, header);
      reserveHeaderRoom(chart, header.height);
    },
    beforeDatasetsDraw(chart) {
      if (!chart.chartArea || !chart.scales.x) return;
      const { ctx, chartArea: area } = chart;
      ctx.save();
      for (const band of shownBands) {
        const edges = bandEdges(chart, band);
        if (!edges) continue;
        ctx.fillStyle = `${band.color}${tint}`;
        ctx.fillRect(edges.l, area.top, edges.r - edges.l, area.bottom - area.top);
      }
      if (options.names === 'inBand') drawNamesInBands(chart, shownBands);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const header = headers.get(chart);
      if (!chart.chartArea || !chart.scales.x || !header) return;
      chart.ctx.save();
      drawMilestoneLines(chart, marks);
      drawHeaderLabels(chart, header, shownBands, marks);
      chart.ctx.restore();
    },
  };
}
