import { rgb, type PDFDocument, type PDFPage, type RGB } from 'pdf-lib';
import type { PdfTextKit } from './cjkText';

/**
 * A cursor down A4 pages for the reports the app builds in the renderer (review report, campaign
 * comparison): wrapped text, headings, tables and charts, a new page whenever the next block would
 * not fit, and a numbered footer on every page. Text goes through the CJK text kit (cjkText), so
 * Chinese stays real, selectable text.
 */

export const INK = rgb(0.1, 0.1, 0.12);
export const GREY = rgb(0.45, 0.47, 0.5);
const RULE = rgb(0.8, 0.82, 0.85);
const HEAD_FILL = rgb(0.93, 0.95, 0.98);
const MARGIN = 40;
const A4: [number, number] = [595.28, 841.89];

/** A table as the PDF draws it: header cells, rows of text, and which columns are numbers (right-aligned). */
export interface PdfTable {
  headers: string[];
  rows: string[][];
  numeric: number[];
}

/** A chart as the PNG chart.js drew, with its title. */
export interface PdfChartImage {
  title: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Breaks text into lines that fit: between any two CJK characters, or at spaces in Latin text. */
function wrapText(kit: Pick<PdfTextKit, 'width'>, text: string, size: number, maxWidth: number): string[] {
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

export interface PdfPages {
  readonly page: PDFPage;
  readonly pages: PDFPage[];
  /** The width between the margins. */
  readonly width: number;
  y: number;
  ensure(height: number): void;
  text(text: string, size: number, color?: RGB, indent?: number): void;
  heading(text: string): void;
  /** `widths` are relative: they share the width between the margins. */
  table(table: PdfTable, widths: number[]): void;
  /**
   * Charts two to a row, each under its title; `perRow: 1` gives each the whole width (a chart
   * drawn across the screen, whose labels would be unreadable at half the page).
   */
  charts(charts: readonly PdfChartImage[], options?: { perRow?: 1 | 2 }): Promise<void>;
  /** "footer · page / pages" at the foot of every page; call last. */
  footer(text: string): void;
}

export function createPdfPages(
  pdf: PDFDocument,
  kit: PdfTextKit,
  orientation: 'portrait' | 'landscape' = 'portrait',
): PdfPages {
  const size: [number, number] = orientation === 'portrait' ? A4 : [A4[1], A4[0]];
  const WIDTH = size[0] - 2 * MARGIN;
  const pages: PDFPage[] = [];
  const w = {
    get page(): PDFPage {
      const last = pages.at(-1);
      if (!last) throw new Error('no page');
      return last;
    },
    pages,
    width: WIDTH,
    y: 0,
    newPage() {
      pages.push(pdf.addPage(size));
      w.y = size[1] - MARGIN;
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
    table(table: PdfTable, widths: number[]) {
      const size = 9;
      const lineHeight = 11;
      const total = widths.reduce((a, b) => a + b, 0);
      const cols = widths.map((x) => (x / total) * WIDTH);
      // A text cell and a header wrap in their column (an incident's "what happened" and a long
      // column name such as "较基线·合计（活动前 4 天）" are read whole); a number stays on one line.
      const linesOf = (cells: string[], isHead: boolean) =>
        cells.map((cell, i) => {
          const cw = (cols[i] ?? 0) - 8;
          return !isHead && table.numeric.includes(i)
            ? [kit.fit(cell, size, cw)]
            : wrapText(kit, cell, size, cw);
        });
      const heightOf = (lines: string[][]) => 5 + lineHeight * Math.max(1, ...lines.map((l) => l.length));
      const head = linesOf(table.headers, true);
      const drawRow = (lines: string[][], isHead: boolean) => {
        const rowHeight = heightOf(lines);
        if (isHead)
          w.page.drawRectangle({
            x: MARGIN,
            y: w.y - rowHeight,
            width: WIDTH,
            height: rowHeight,
            color: HEAD_FILL,
          });
        let x = MARGIN;
        lines.forEach((cellLines, i) => {
          const cw = cols[i] ?? 0;
          cellLines.forEach((line, k) => {
            const tx = table.numeric.includes(i) ? x + cw - 4 - kit.width(line, size) : x + 4;
            const ty = w.y - 12 - k * lineHeight;
            kit.draw(w.page, line, { x: tx, y: ty, size, color: isHead ? GREY : INK });
          });
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
      // The header never stands alone at a page's foot, and a page the table runs onto starts
      // with it again, so every row is read under its column names.
      const rows = table.rows.map((row) => linesOf(row, false));
      w.ensure(heightOf(head) + (rows[0] ? heightOf(rows[0]) : 0));
      drawRow(head, true);
      for (const row of rows) {
        const before = w.pages.length;
        w.ensure(heightOf(row));
        if (w.pages.length !== before) drawRow(head, true);
        drawRow(row, false);
      }
      w.y -= 6;
    },
    async charts(charts: readonly PdfChartImage[], { perRow = 2 }: { perRow?: 1 | 2 } = {}) {
      const gap = 12;
      const cellWidth = (WIDTH - gap * (perRow - 1)) / perRow;
      for (let i = 0; i < charts.length; i += perRow) {
        const pair = charts.slice(i, i + perRow);
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
    },
    footer(text: string) {
      pages.forEach((page, i) => {
        const label = `${text} · ${i + 1} / ${pages.length}`;
        kit.draw(page, kit.fit(label, 8, WIDTH), { x: MARGIN, y: MARGIN - 16, size: 8, color: GREY });
      });
    },
  };
  w.newPage();
  return w;
}
