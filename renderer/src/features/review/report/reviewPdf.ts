import { PDFDocument, rgb, type PDFPage, type RGB } from 'pdf-lib';
import { createPdfTextKit, type PdfTextKit } from '../../../components/pdf/cjkText';
import type { ReportModel, ReportTable } from './reportModel';

/**
 * The review report as an A4 PDF built in the renderer with pdf-lib. Text is real text in
 * embedded, subset Noto Sans SC slices (components/pdf/cjkText), so Chinese copies out of the PDF
 * and the same code serves the browser build and Electron. Charts go in as the PNGs chart.js drew.
 */

const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const WIDTH = PAGE[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.45, 0.47, 0.5);
const RULE = rgb(0.8, 0.82, 0.85);
const HEAD_FILL = rgb(0.93, 0.95, 0.98);

export interface ReportChartImage {
  title: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Breaks text into lines that fit: between any two CJK characters, or at spaces in Latin text. */
export function wrapText(
  kit: Pick<PdfTextKit, 'width'>,
  text: string,
  size: number,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const tokens = paragraph.match(
      /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g,
    ) ?? [''];
    let line = '';
    for (const token of tokens) {
      const candidate = line + token;
      if (line !== '' && kit.width(candidate.trimEnd(), size) > maxWidth) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else {
        line = candidate;
      }
      // A single token wider than the line (a long number or URL) is cut by characters.
      while (kit.width(line.trimEnd(), size) > maxWidth && [...line].length > 1) {
        const chars = [...line];
        let cut = chars.length - 1;
        while (cut > 1 && kit.width(chars.slice(0, cut).join(''), size) > maxWidth) cut--;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

interface Writer {
  readonly page: PDFPage;
  readonly pages: PDFPage[];
  y: number;
  ensure(height: number): void;
  text(text: string, size: number, color?: RGB, indent?: number): void;
  heading(text: string): void;
  table(table: ReportTable, widths: number[]): void;
}

/** A cursor down A4 pages: starts a new page whenever the next block would not fit. */
function createWriter(pdf: PDFDocument, kit: PdfTextKit): Writer {
  const pages: PDFPage[] = [];
  const w = {
    get page(): PDFPage {
      const last = pages.at(-1);
      if (!last) throw new Error('no page');
      return last;
    },
    pages,
    y: 0,
    newPage() {
      pages.push(pdf.addPage(PAGE));
      w.y = PAGE[1] - MARGIN;
    },
    ensure(height: number) {
      if (w.y - height < MARGIN + 20) w.newPage();
    },
    text(text: string, size: number, color: RGB = INK, indent = 0) {
      for (const line of wrapText(kit, text, size, WIDTH - indent)) {
        w.ensure(size * 1.5);
        kit.draw(w.page, line, { x: MARGIN + indent, y: w.y - size, size, color });
        w.y -= size * 1.5;
      }
    },
    heading(text: string) {
      w.ensure(60);
      w.y -= 8;
      w.text(text, 13);
      w.page.drawLine({
        start: { x: MARGIN, y: w.y + 4 },
        end: { x: MARGIN + WIDTH, y: w.y + 4 },
        thickness: 0.6,
        color: RULE,
      });
      w.y -= 4;
    },
    table(table: ReportTable, widths: number[]) {
      const size = 9;
      const rowHeight = 16;
      const total = widths.reduce((a, b) => a + b, 0);
      const cols = widths.map((x) => (x / total) * WIDTH);
      const drawRow = (cells: string[], isHead: boolean) => {
        w.ensure(rowHeight);
        if (isHead)
          w.page.drawRectangle({
            x: MARGIN,
            y: w.y - rowHeight,
            width: WIDTH,
            height: rowHeight,
            color: HEAD_FILL,
          });
        let x = MARGIN;
        cells.forEach((cell, i) => {
          const cw = cols[i] ?? 0;
          const fitted = kit.fit(cell, size, cw - 8);
          const tx = table.numeric.includes(i) ? x + cw - 4 - kit.width(fitted, size) : x + 4;
          kit.draw(w.page, fitted, { x: tx, y: w.y - rowHeight + 5, size, color: isHead ? GREY : INK });
          x += cw;
        });
        w.y -= rowHeight;
        w.page.drawLine({
          start: { x: MARGIN, y: w.y },
          end: { x: MARGIN + WIDTH, y: w.y },
          thickness: 0.4,
          color: RULE,
        });
      };
      drawRow(table.headers, true);
      for (const row of table.rows) drawRow(row, false);
      w.y -= 6;
    },
  };
  w.newPage();
  return w;
}

function allText(model: ReportModel, charts: readonly ReportChartImage[]): string[] {
  return [
    model.title,
    ...model.subtitle,
    model.summaryHeading,
    model.summary,
    model.attainmentHeading,
    ...model.attainment.headers,
    ...model.attainment.rows.flat(),
    model.derivedHeading,
    ...model.derived.headers,
    ...model.derived.rows.flat(),
    model.chartsHeading,
    ...charts.map((c) => c.title),
    model.scoreHeading,
    ...model.scoreLines,
    ...model.scoreTable.headers,
    ...model.scoreTable.rows.flat(),
    model.lessonsHeading,
    ...model.lessons.flatMap((l) => [l.heading, ...l.items]),
    model.footer,
    '…•0123456789/ ',
  ];
}

export async function buildReviewPdf(
  model: ReportModel,
  charts: readonly ReportChartImage[],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(model.title);
  pdf.setCreator('Campaign Desk');
  const kit = await createPdfTextKit(pdf);
  await kit.prepare(allText(model, charts));
  const w = createWriter(pdf, kit);

  w.text(model.title, 18);
  for (const line of model.subtitle) w.text(line, 9, GREY);

  if (model.summary.trim()) {
    w.heading(model.summaryHeading);
    w.text(model.summary, 10);
  }
  w.heading(model.attainmentHeading);
  w.table(model.attainment, [2.4, 2, 2, 2, 1.5, 2.1]);
  w.heading(model.derivedHeading);
  w.table(model.derived, [4, 1.5, 1.5]);

  if (charts.length > 0) {
    w.heading(model.chartsHeading);
    const gap = 12;
    const cellWidth = (WIDTH - gap) / 2;
    for (let i = 0; i < charts.length; i += 2) {
      const pair = charts.slice(i, i + 2);
      const heights = pair.map((c) => (c.height / c.width) * cellWidth);
      const rowHeight = Math.max(...heights) + 16;
      w.ensure(rowHeight);
      for (let k = 0; k < pair.length; k++) {
        const chart = pair[k];
        if (!chart) continue;
        const x = MARGIN + k * (cellWidth + gap);
        kit.draw(w.page, kit.fit(chart.title, 9, cellWidth), { x, y: w.y - 10, size: 9, color: GREY });
        const image = await pdf.embedPng(chart.png);
        const h = heights[k] ?? 0;
        w.page.drawImage(image, { x, y: w.y - 14 - h, width: cellWidth, height: h });
      }
      w.y -= rowHeight + 6;
    }
  }

  w.heading(model.scoreHeading);
  const [first, ...rest] = model.scoreLines;
  if (first) w.text(first, 12);
  w.table(model.scoreTable, [3, 1.2, 1.4, 1.2, 1.4]);
  for (const line of rest) w.text(line, 9, GREY);

  w.heading(model.lessonsHeading);
  for (const group of model.lessons) {
    w.text(group.heading, 11);
    for (const item of group.items) w.text(`• ${item}`, 10, INK, 10);
    if (group.items.length === 0) w.text('—', 10, GREY, 10);
    w.y -= 4;
  }

  w.pages.forEach((page, i) => {
    const label = `${model.footer} · ${i + 1} / ${w.pages.length}`;
    kit.draw(page, kit.fit(label, 8, WIDTH), { x: MARGIN, y: MARGIN - 16, size: 8, color: GREY });
  });
  return pdf.save();
}
