import {
  ArcElement,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import type { SpendCurveBand } from '../../../../shared/charts/budgetCharts';

/** The chart.js pieces the money screens draw with, registered once. */
Chart.register(
  ArcElement,
  BarElement,
  CategoryScale,
  LinearScale,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
  Filler,
);

/** Paints the canvas white first, so a saved PNG is not transparent (black in many viewers). */
export const whiteBackground: Plugin = {
  id: 'campaignDeskWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Phase bands behind a category-axis chart: a tinted box per phase, its name at the top. */
export function phaseBandsPlugin(bands: readonly SpendCurveBand[]): Plugin<'line'> {
  return {
    id: 'campaignDeskPhaseBands',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      if (!x || !area) return;
      const { ctx } = chart;
      ctx.save();
      // Phases overlap (预售 inside 预热): each label takes the first of two rows still free at
      // its x, so no two names are drawn over each other; one with no free row is left out.
      const rowFreeFrom = [area.left, area.left];
      for (const band of bands) {
        const left = x.getPixelForValue(band.fromIndex) - 0.5 * (x.width / Math.max(1, x.ticks.length));
        const right = x.getPixelForValue(band.toIndex) + 0.5 * (x.width / Math.max(1, x.ticks.length));
        const l = Math.max(area.left, Math.min(left, x.getPixelForValue(band.fromIndex)));
        const r = Math.min(area.right, Math.max(right, x.getPixelForValue(band.toIndex)));
        ctx.fillStyle = `${band.color}26`;
        ctx.fillRect(l, area.top, r - l, area.bottom - area.top);
        ctx.fillStyle = '#495057';
        ctx.font = '11px "Noto Sans SC", sans-serif';
        // A label that does not fit its band would run into the next one: leave it to the tooltip.
        const width = ctx.measureText(band.label).width;
        const row = rowFreeFrom.findIndex((freeFrom) => l + 3 >= freeFrom);
        if (width <= r - l - 6 && row >= 0) {
          ctx.fillText(band.label, l + 3, area.top + 12 + row * 14);
          rowFreeFrom[row] = l + 3 + width + 6;
        }
      }
      ctx.restore();
    },
  };
}

/** A data URL from chart.toBase64Image() as bytes for the platform's save dialog. */
export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
