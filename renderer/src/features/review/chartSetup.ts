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

/** Phase bands behind the bars (tinted, named at the top) and milestones as dashed lines with labels. */
export function bandsAndMilestones(
  bands: readonly PhaseBand[],
  milestones: readonly MilestoneMark[],
): Plugin {
  return {
    id: 'reviewBandsAndMilestones',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      if (!x || !area) return;
      const { ctx } = chart;
      const half = x.width / Math.max(1, chart.data.labels?.length ?? 1) / 2;
      ctx.save();
      for (const band of bands) {
        if (band.fromIndex < 0 || band.toIndex < 0) continue;
        const l = Math.max(area.left, x.getPixelForValue(band.fromIndex) - half);
        const r = Math.min(area.right, x.getPixelForValue(band.toIndex) + half);
        ctx.fillStyle = `${band.color}33`;
        ctx.fillRect(l, area.top, r - l, area.bottom - area.top);
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      if (!x || !area) return;
      const { ctx } = chart;
      const half = x.width / Math.max(1, chart.data.labels?.length ?? 1) / 2;
      ctx.save();
      // Phase names on a white tag along the top, above the bars, so bars never hide them.
      ctx.font = '11px "Noto Sans SC", sans-serif';
      for (const band of bands) {
        if (band.fromIndex < 0 || band.toIndex < 0) continue;
        const l = Math.max(area.left, x.getPixelForValue(band.fromIndex) - half);
        const r = Math.min(area.right, x.getPixelForValue(band.toIndex) + half);
        const label = band.label;
        const width = Math.min(ctx.measureText(label).width + 6, r - l);
        ctx.fillStyle = 'rgba(255,255,255,0.85)';
        ctx.fillRect(l, area.top, width, 14);
        ctx.fillStyle = band.color;
        ctx.fillRect(l, area.top, 3, 14);
        ctx.fillStyle = '#343a40';
        ctx.fillText(label, l + 5, area.top + 11, Math.max(0, r - l - 8));
      }
      ctx.strokeStyle = '#c92a2a';
      ctx.font = '10px "Noto Sans SC", sans-serif';
      ctx.setLineDash([4, 3]);
      milestones.forEach((mark, i) => {
        if (mark.index < 0) return;
        const px = x.getPixelForValue(mark.index);
        ctx.beginPath();
        ctx.moveTo(px, area.top + 16);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        // Staggered so two milestones on neighbouring days do not print over each other.
        const label = `◆ ${mark.label}`;
        const width = ctx.measureText(label).width;
        // Near the right edge the label goes to the left of its line.
        const lx = px + 3 + width > area.right ? px - 3 - width : px + 3;
        const ly = area.top + 28 + (i % 3) * 12;
        ctx.fillStyle = 'rgba(255,255,255,0.85)';
        ctx.fillRect(lx - 1, ly - 9, width + 2, 12);
        ctx.fillStyle = '#c92a2a';
        ctx.fillText(label, lx, ly);
      });
      ctx.restore();
    },
  };
}
