import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import type { PdfChartImage } from '../pdf/pdfPages';

/**
 * The one chart.js setup of the app (budget, forecast and review charts): the pieces they draw
 * with, registered once when the first chart screen loads, and the plugins they share.
 */
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
  Filler,
);

/** Paints the canvas white first, so a saved PNG (or the one in the PDF report) is not transparent. */
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

/** A data URL from chart.toBase64Image() as bytes for the platform's save dialog. */
export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What a chart on screen looks like, as the PNG a PDF report embeds. */
export function chartImage(
  title: string,
  chart: { toBase64Image(type?: string, quality?: unknown): string; width: number; height: number },
): PdfChartImage {
  return {
    title,
    png: dataUrlToBytes(chart.toBase64Image('image/png', 1)),
    width: chart.width,
    height: chart.height,
  };
}
