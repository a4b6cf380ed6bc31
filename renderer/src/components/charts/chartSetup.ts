import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartArea,
  type Plugin,
  type Scale,
  type UpdateMode,
} from 'chart.js';
import type { PdfChartImage } from '../pdf/pdfPages';

/**
 * The one chart.js setup of the app (budget, forecast and review charts): the pieces they draw
 * with — every chart type's controller, since components/charts/ChartCard draws through the generic
 * <Chart type=…> — registered once when the first chart screen loads, and the plugins they share.
 */
Chart.register(
  ArcElement,
  BarController,
  DoughnutController,
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

/**
 * What the app's chart plugins and exporters read and touch of a drawn chart. They are typed
 * against this rather than chart.js' `Chart`/`Plugin` (whose parameter is the chart type): one
 * plugin then fits a bar, line or doughnut chart, and a ref of a Chart<'bar'> passes where a chart
 * is wanted, without TypeScript comparing Chart<'bar'> with Chart<any type> — a comparison so deep
 * that its answer depended on which file tsc happened to check first.
 */
export interface DrawnChart {
  ctx: CanvasRenderingContext2D;
  chartArea: ChartArea;
  scales: { [key: string]: Scale };
  width: number;
  height: number;
  data: { labels?: readonly unknown[] };
  options: { layout?: { padding?: unknown } };
  update(mode?: UpdateMode): void;
  toBase64Image(type?: string, quality?: unknown): string;
}

/** A plugin of the app: its hooks see a DrawnChart, so it is a plugin of every chart type. */
export interface ChartPlugin {
  id: string;
  afterLayout?(chart: DrawnChart): void;
  beforeDraw?(chart: DrawnChart): void;
  beforeDatasetsDraw?(chart: DrawnChart): void;
  afterDatasetsDraw?(chart: DrawnChart): void;
}

/** Paints the canvas white first, so a saved PNG (or the one in the PDF report) is not transparent. */
export const whiteBackground = {
  id: 'campaignDeskWhiteBackground',
  beforeDraw(chart: DrawnChart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
} satisfies ChartPlugin & Plugin;

/** A data URL from chart.toBase64Image() as bytes for the platform's save dialog. */
export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What a chart on screen looks like, as the PNG a PDF report embeds. */
export function chartImage(title: string, chart: DrawnChart): PdfChartImage {
  return {
    title,
    png: dataUrlToBytes(chart.toBase64Image('image/png', 1)),
    width: chart.width,
    height: chart.height,
  };
}
