import {
  clip,
  endPath,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFPage,
} from 'pdf-lib';
import type { SpendPacing } from '../../../../../shared/charts/pacing';
import type { PlanDocument } from '../../../../../shared/domain';
import { scaleWidth } from '../../../../../shared/planning/timeScale';
import { createPdfTextKit, type PdfTextKit } from '../../../components/pdf/cjkText';
import type { TimelineRow } from '../rows';
import { exportLayout, MARGIN, pdfPages, pngSize, type Paper, type PdfLayout } from './exportLayout';
import { headerMarks, paintTimeline, textsOf, type PacingLabels, type Painter } from './paintTimeline';
import type { Locale } from '../../../i18n';

export type { Paper, PdfLayout } from './exportLayout';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** '#rrggbb' or 'rgba(r,g,b,a)' as 0…1 channels. */
export function parseColor(color: string): Rgba {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex)
    return {
      r: parseInt(hex[1]!, 16) / 255,
      g: parseInt(hex[2]!, 16) / 255,
      b: parseInt(hex[3]!, 16) / 255,
      a: 1,
    };
  const fn = /^rgba?\(([^)]+)\)$/.exec(color);
  if (fn) {
    const [r = 0, g = 0, b = 0, a = 1] = fn[1]!.split(',').map((v) => Number(v.trim()));
    return { r: r / 255, g: g / 255, b: b / 255, a };
  }
  return { r: 0, g: 0, b: 0, a: 1 };
}

function pdfPainter(page: PDFPage, kit: PdfTextKit, s: number): Painter {
  const H = page.getHeight();
  const X = (x: number) => MARGIN + x * s;
  const Y = (y: number) => H - MARGIN - y * s;
  const col = (c: string) => {
    const v = parseColor(c);
    return { color: rgb(v.r, v.g, v.b), opacity: v.a };
  };
  return {
    rect(x, y, w, h, fill, opacity = 1) {
      const c = col(fill);
      page.drawRectangle({
        x: X(x),
        y: Y(y + h),
        width: w * s,
        height: h * s,
        color: c.color,
        opacity: c.opacity * opacity,
      });
    },
    line(x1, y1, x2, y2, color, width, dash) {
      const c = col(color);
      page.drawLine({
        start: { x: X(x1), y: Y(y1) },
        end: { x: X(x2), y: Y(y2) },
        thickness: width * s,
        color: c.color,
        opacity: c.opacity,
        dashArray: dash ? [3 * s, 2 * s] : undefined,
      });
    },
    poly(points, fill) {
      const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ') + ' Z';
      const c = col(fill);
      page.drawSvgPath(d, { x: MARGIN, y: H - MARGIN, scale: s, color: c.color, opacity: c.opacity });
    },
    polyline(points, color, width) {
      if (points.length < 2) return;
      const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ');
      const c = col(color);
      page.drawSvgPath(d, {
        x: MARGIN,
        y: H - MARGIN,
        scale: s,
        borderColor: c.color,
        borderWidth: width,
        borderOpacity: c.opacity,
      });
    },
    text(x, y, text, size, color, maxWidth) {
      const fitted = maxWidth ? kit.fit(text, size * s, maxWidth * s) : text;
      if (fitted) kit.draw(page, fitted, { x: X(x), y: Y(y), size: size * s, color: col(color).color });
    },
    clip(x, y, w, h, draw) {
      page.pushOperators(pushGraphicsState(), rectangle(X(x), Y(y + h), w * s, h * s), clip(), endPath());
      draw();
      page.pushOperators(popGraphicsState());
    },
  };
}

export interface ExportInput {
  doc: PlanDocument;
  rows: readonly TimelineRow[];
  span: { start: string; end: string };
  locale: Locale;
  subtitle: string;
  pageLabel(i: number, n: number): string;
  /** The budget pacing strip under the rows; null leaves it off (no budget lines). */
  pacing: SpendPacing | null;
  pacingLabels: PacingLabels | null;
}

/** How far an export has got, for the progress shown on the button. */
export type ExportProgress =
  { stage: 'fonts' } | { stage: 'page'; page: number; pages: number } | { stage: 'saving' };

/** Lets the browser paint the progress between pages. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The whole timeline as a PDF: every row and every day, fitted to the page width or tiled. */
export async function exportTimelinePdf(
  input: ExportInput,
  paper: Paper,
  mode: PdfLayout,
  onProgress: (p: ExportProgress) => void = () => undefined,
): Promise<Uint8Array> {
  const l = exportLayout(
    input.rows,
    mode === 'fit' ? 12 : 18,
    input.span.start,
    input.span.end,
    input.pacingLabels ? input.pacing : null,
    headerMarks(input.doc, input.locale),
  );
  const { s, pageW, pageH, regions } = pdfPages(l, paper, mode);
  const labels = regions.map((_, i) => input.pageLabel(i + 1, regions.length));
  const pacingTexts = input.pacingLabels
    ? [input.pacingLabels.title, input.pacingLabels.planned, input.pacingLabels.actual ?? '']
    : [];
  return paintPdf(
    {
      title: input.doc.plan.name,
      pageSize: [pageW, pageH],
      scale: s,
      pages: regions.length,
      texts: textsOf(input.doc, l, [input.subtitle, ...labels, ...pacingTexts]),
      drawPage: (painter, i) =>
        paintTimeline(painter, input.doc, l, regions[i]!, {
          locale: input.locale,
          subtitle: input.subtitle,
          pageLabel: labels[i] ?? '',
          pacingLabels: input.pacingLabels,
        }),
    },
    onProgress,
  );
}

/**
 * The one PDF path of the app's chart exports (timeline, year calendar): pages of `pageSize`
 * points, each painted by `drawPage` in pixels scaled by `scale`, with the Noto Sans SC glyphs of
 * `texts` embedded (subset) so Chinese text is real text.
 */
export async function paintPdf(
  doc: {
    title: string;
    pageSize: [number, number];
    scale: number;
    pages: number;
    texts: readonly string[];
    drawPage(painter: Painter, index: number): void;
  },
  onProgress: (p: ExportProgress) => void = () => undefined,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setCreator('Campaign Desk');
  onProgress({ stage: 'fonts' });
  const kit = await createPdfTextKit(pdf);
  await kit.prepare([...doc.texts]);
  for (let i = 0; i < doc.pages; i++) {
    onProgress({ stage: 'page', page: i + 1, pages: doc.pages });
    const page = pdf.addPage(doc.pageSize);
    doc.drawPage(pdfPainter(page, kit, doc.scale), i);
    if (i % 4 === 3) await yieldToUi();
  }
  onProgress({ stage: 'saving' });
  await yieldToUi();
  return pdf.save();
}

/** The whole timeline as one PNG, drawn on a canvas with the app's own (already loaded) fonts. */
export async function exportTimelinePng(input: ExportInput, pxPerDay: number): Promise<Uint8Array> {
  const l = exportLayout(
    input.rows,
    Math.max(6, Math.min(32, pxPerDay)),
    input.span.start,
    input.span.end,
    input.pacingLabels ? input.pacing : null,
    headerMarks(input.doc, input.locale),
  );
  const chartW = scaleWidth(l.scale);
  const { width, height, ratio } = pngSize(l);
  return paintPng(width, height, ratio, (painter) =>
    paintTimeline(
      painter,
      input.doc,
      l,
      { x0: 0, x1: chartW, r0: 0, r1: input.rows.length - 1 },
      { locale: input.locale, subtitle: input.subtitle, pageLabel: '', pacingLabels: input.pacingLabels },
    ),
  );
}

/**
 * The one PNG path of the app's chart exports: a white canvas of width×height px (an 8 px border
 * included) at `ratio` device pixels per pixel, painted by `draw` with the app's own fonts.
 */
export async function paintPng(
  width: number,
  height: number,
  ratio: number,
  draw: (painter: Painter) => void,
): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(width * ratio);
  canvas.height = Math.floor(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  await document.fonts.ready;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(8, 8);
  draw(canvasPainter(ctx));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  return new Uint8Array(await blob.arrayBuffer());
}

function canvasPainter(ctx: CanvasRenderingContext2D): Painter {
  const font = (size: number) => `${size}px "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
  return {
    rect(x, y, w, h, fill, opacity = 1) {
      ctx.globalAlpha = opacity;
      ctx.fillStyle = fill;
      ctx.fillRect(x, y, w, h);
      ctx.globalAlpha = 1;
    },
    line(x1, y1, x2, y2, color, w, dash) {
      ctx.strokeStyle = color;
      ctx.lineWidth = w;
      ctx.setLineDash(dash ? [4, 3] : []);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
      ctx.setLineDash([]);
    },
    poly(points, fill) {
      ctx.fillStyle = fill;
      ctx.beginPath();
      points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.closePath();
      ctx.fill();
    },
    polyline(points, color, w) {
      ctx.strokeStyle = color;
      ctx.lineWidth = w;
      ctx.beginPath();
      points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.stroke();
    },
    text(x, y, text, size, color, maxWidth) {
      ctx.font = font(size);
      ctx.fillStyle = color;
      let t = text;
      if (maxWidth && ctx.measureText(t).width > maxWidth) {
        const chars = [...t];
        while (chars.length && ctx.measureText(`${chars.join('')}…`).width > maxWidth) chars.pop();
        t = chars.length ? `${chars.join('')}…` : '';
      }
      ctx.fillText(t, x, y);
    },
    clip(x, y, w, h, draw) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.clip();
      draw();
      ctx.restore();
    },
  };
}
