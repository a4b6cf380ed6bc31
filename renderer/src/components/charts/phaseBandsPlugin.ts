import type { Chart, Plugin } from 'chart.js';
import type { PhaseBand } from '../../../../shared/charts/phaseBands';
import type { MilestoneMark } from '../../../../shared/charts/reviewCharts';

export interface PhaseBandsOptions {
  /**
   * Where the phase names go: `inBand` writes them inside the tint, behind the data, in the first
   * of two rows free at their x (a line chart, whose line crosses the whole height); `tags` puts
   * them on white tags along the top, above the data (a bar chart, whose bars would hide them).
   */
  names: 'inBand' | 'tags';
  /** Milestones as dashed red lines with their names (the review's daily trend). */
  milestones?: readonly MilestoneMark[];
}

const FONT = '"Noto Sans SC", sans-serif';

/** The left and right pixel of a band: from the start of its first day to the end of its last. */
function bandEdges(chart: Chart, band: PhaseBand): { l: number; r: number } | null {
  const x = chart.scales.x;
  const area = chart.chartArea;
  if (!x || !area || band.fromIndex < 0 || band.toIndex < 0) return null;
  const half = x.width / Math.max(1, chart.data.labels?.length ?? 1) / 2;
  return {
    l: Math.max(area.left, x.getPixelForValue(band.fromIndex) - half),
    r: Math.min(area.right, x.getPixelForValue(band.toIndex) + half),
  };
}

function drawNamesInBands(chart: Chart, bands: readonly PhaseBand[]): void {
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

function drawNameTags(chart: Chart, bands: readonly PhaseBand[]): void {
  const { ctx, chartArea: area } = chart;
  ctx.font = `11px ${FONT}`;
  for (const band of bands) {
    const edges = bandEdges(chart, band);
    if (!edges) continue;
    const { l, r } = edges;
    const width = Math.min(ctx.measureText(band.label).width + 6, r - l);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(l, area.top, width, 14);
    ctx.fillStyle = band.color;
    ctx.fillRect(l, area.top, 3, 14);
    ctx.fillStyle = '#343a40';
    ctx.fillText(band.label, l + 5, area.top + 11, Math.max(0, r - l - 8));
  }
}

function drawMilestones(chart: Chart, milestones: readonly MilestoneMark[]): void {
  const { ctx, chartArea: area } = chart;
  const x = chart.scales.x;
  if (!x) return;
  ctx.strokeStyle = '#c92a2a';
  ctx.font = `10px ${FONT}`;
  ctx.setLineDash([4, 3]);
  milestones.forEach((mark, i) => {
    if (mark.index < 0) return;
    const px = x.getPixelForValue(mark.index);
    ctx.beginPath();
    ctx.moveTo(px, area.top + 16);
    ctx.lineTo(px, area.bottom);
    ctx.stroke();
    const label = `◆ ${mark.label}`;
    const width = ctx.measureText(label).width;
    // Near the right edge the label goes to the left of its line; staggered so two milestones
    // on neighbouring days do not print over each other.
    const lx = px + 3 + width > area.right ? px - 3 - width : px + 3;
    const ly = area.top + 28 + (i % 3) * 12;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(lx - 1, ly - 9, width + 2, 12);
    ctx.fillStyle = '#c92a2a';
    ctx.fillText(label, lx, ly);
  });
}

/**
 * The one phase-band plugin: each phase a tinted band behind the data, one day wide per axis
 * label, with its name (and, where given, the milestones) drawn as `options` says.
 */
export function phaseBandsPlugin(bands: readonly PhaseBand[], options: PhaseBandsOptions): Plugin {
  // A lighter tint behind a line than behind bars, where the bars cover most of it.
  const tint = options.names === 'inBand' ? '26' : '33';
  return {
    id: 'campaignDeskPhaseBands',
    beforeDatasetsDraw(chart) {
      if (!chart.chartArea || !chart.scales.x) return;
      const { ctx, chartArea: area } = chart;
      ctx.save();
      for (const band of bands) {
        const edges = bandEdges(chart, band);
        if (!edges) continue;
        ctx.fillStyle = `${band.color}${tint}`;
        ctx.fillRect(edges.l, area.top, edges.r - edges.l, area.bottom - area.top);
      }
      if (options.names === 'inBand') drawNamesInBands(chart, bands);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      if (!chart.chartArea || !chart.scales.x) return;
      chart.ctx.save();
      if (options.names === 'tags') drawNameTags(chart, bands);
      if (options.milestones) drawMilestones(chart, options.milestones);
      chart.ctx.restore();
    },
  };
}
